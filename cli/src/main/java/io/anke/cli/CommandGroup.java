package io.anke.cli;

import java.text.MessageFormat;
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
}
