package io.anke.cli;

import java.text.MessageFormat;
import java.util.ResourceBundle;
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

  /** A message of the command's bundle, formatted with MessageFormat. */
  static String text(CommandSpec spec, String key, Object... args) {
    return MessageFormat.format(spec.resourceBundle().getString(key), args);
  }

  /**
   * A message of {@code command}'s own bundle, whichever command asks: helpers that other commands
   * reuse (key and keyset loading) say their errors in their own words, so that no caller's bundle
   * needs a copy of them.
   */
  static String text(Class<?> command, String key, Object... args) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(command.getAnnotation(Command.class).resourceBundle());
    return MessageFormat.format(bundle.getString(key), args);
  }
}
