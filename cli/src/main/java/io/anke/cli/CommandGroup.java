package io.anke.cli;

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
