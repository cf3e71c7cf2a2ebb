package io.anke.cli;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.Hex;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code anke sm2}, {@code anke keyset}, ...): called
 * without one, it is a usage error (exit 2) that lists them.
 */
abstract class CommandGroup implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), text(spec, "error.noSubcommand"));
  }

  /** A message of the command's bundle in the chosen language, formatted with MessageFormat. */
  static String text(CommandSpec spec, String key, Object... args) {
    return Lang.format(spec.resourceBundle().getString(key), Lang.of(spec), args);
  }

  /**
   * The bytes of a hex option value ({@code 0x} prefix and white space allowed, as {@link
   * Hex#decode} takes them); bad hex is invalid input (exit 3) that says, in the chosen language,
   * which character is wrong or that a digit is missing, and never repeats the value, which may be
   * a key. The command's bundle says it with {@code error.badHex}.
   */
  static byte[] hex(CommandSpec spec, String option, String value) {
    try {
      return Hex.decode(value);
    } catch (CryptoFormatException e) {
      int start = 0;
      while (start < value.length() && Character.isWhitespace(value.charAt(start))) {
        start++;
      }
      if (value.startsWith("0x", start) || value.startsWith("0X", start)) {
        start += 2;
      }
      String reason = Lang.root(spec, "hex.odd");
      for (int i = start; i < value.length(); i++) {
        char c = value.charAt(i);
        if (!Character.isWhitespace(c) && Character.digit(c, 16) < 0) {
          reason = Lang.root(spec, "hex.notDigit", i + 1);
          break;
        }
      }
      throw new InvalidInputException(text(spec, "error.badHex", option, reason), e);
    }
  }

  /**
   * A message of {@code command}'s own bundle, whichever command asks, in the language chosen for
   * the asking command: helpers that other commands reuse (key and keyset loading) say their errors
   * in their own words, so that no caller's bundle needs a copy of them.
   */
  static String text(CommandSpec spec, Class<?> command, String key, Object... args) {
    Locale locale = Lang.of(spec);
    String baseName = command.getAnnotation(Command.class).resourceBundle();
    return Lang.format(Lang.bundle(baseName, locale).getString(key), locale, args);
  }
}
