package io.anke.cli;

import static io.anke.cli.CommandGroup.text;

import io.anke.crypto.password.PasswordHasher;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code anke password hash [--password-file FILE] [--iterations N]}: prints a PBKDF2-HMAC-SM3 hash
 * of the password.
 */
@Command(
    name = "hash",
    resourceBundle = "io.anke.cli.PasswordMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class PasswordHashCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin PasswordCommand.PasswordFileOption passwordFile;

  @Option(names = "--iterations", paramLabel = "N", descriptionKey = "iterations")
  int iterations = PasswordHasher.DEFAULT_ITERATIONS;

  @Override
  public Integer call() {
    PasswordHasher hasher;
    try {
      hasher = PasswordHasher.withIterations(iterations);
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          text(
              spec,
              "error.iterations",
              Integer.toString(PasswordHasher.MIN_ITERATIONS),
              Integer.toString(PasswordHasher.MAX_ITERATIONS),
              Integer.toString(iterations)));
    }
    char[] password = CliIo.readFirstLine(spec, passwordFile.path);
    try {
      if (password.length == 0) {
        throw new InvalidInputException(text(spec, "error.empty"));
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(hasher.hash(password));
      out.flush();
      return 0;
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage());
    } finally {
      Arrays.fill(password, '\0');
    }
  }
}
