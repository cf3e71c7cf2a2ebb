package io.anke.cli;

import io.anke.core.ConfigurationException;
import io.anke.core.ExitCode;
import io.anke.core.InputException;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Maps failures to the exit-code contract and prints them as one line, never as a stack trace. */
final class Errors {
  private Errors() {}

  /** Failures of the input rather than of Anke: malformed keys, tampered ciphertexts, I/O. */
  static boolean isInvalidInput(Throwable t) {
    return t instanceof InvalidInputException
        || t instanceof InputException
        || t instanceof CryptoFormatException
        || t instanceof DecryptionFailedException
        || t instanceof java.io.IOException
        || t instanceof java.io.UncheckedIOException;
  }

  static int exitCodeOf(Throwable t) {
    if (isInvalidInput(t)) {
      return ExitCode.INVALID_INPUT.code();
    }
    if (t instanceof ParameterException
        || t instanceof UsageException
        || t instanceof ConfigurationException) {
      return ExitCode.USAGE.code();
    }
    return ExitCode.INTERNAL_ERROR.code();
  }

  static int handle(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    ResourceBundle messages = ResourceBundle.getBundle("io.anke.cli.Messages");
    if (isInvalidInput(ex)
        || ex instanceof UsageException
        || ex instanceof ConfigurationException) {
      err.println("anke: " + ex.getMessage());
    } else {
      // A bug: say so plainly; the type helps a bug report, the stack trace would only scare.
      err.println(
          "anke: "
              + messages.getString("error.internal")
              + " ("
              + ex.getClass().getName()
              + (ex.getMessage() == null ? "" : ": " + ex.getMessage())
              + ")");
    }
    err.flush();
    return exitCodeOf(ex);
  }

  static int handleUsage(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("anke: " + ex.getMessage());
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
      err.println(cmd.getHelp().synopsis(0).stripTrailing());
    }
    err.println(
        MessageFormat.format(
            ResourceBundle.getBundle("io.anke.cli.Messages").getString("error.seeHelp"),
            cmd.getCommandSpec().qualifiedName()));
    err.flush();
    return ExitCode.USAGE.code();
  }
}
