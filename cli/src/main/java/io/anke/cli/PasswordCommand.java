package io.anke.cli;

import io.anke.crypto.password.PasswordHasher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code anke password hash|verify|calibrate}: PBKDF2-HMAC-SM3 password hashes in the {@code
 * $pbkdf2-sm3$i=N$SALT$HASH} format. The password is read from a file or standard input (first
 * line), never from the command line, where other users could see it.
 */
@Command(
    name = "password",
    resourceBundle = "io.anke.cli.PasswordMessages",
    mixinStandardHelpOptions = true,
    subcommands = {
      PasswordCommand.Hash.class,
      PasswordCommand.Verify.class,
      PasswordCommand.Calibrate.class
    },
    sortOptions = false,
    usageHelpAutoWidth = true)
final class PasswordCommand extends CommandGroup {

  @Command(
      name = "hash",
      resourceBundle = "io.anke.cli.PasswordMessages",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      usageHelpAutoWidth = true)
  static final class Hash implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "passwordFile")
    Path passwordFile;

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
      char[] password = CliIo.readFirstLine(spec, passwordFile);
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

  @Command(
      name = "verify",
      resourceBundle = "io.anke.cli.PasswordMessages",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      usageHelpAutoWidth = true)
  static final class Verify implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "HASH", descriptionKey = "hash")
    String hash;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "passwordFile")
    Path passwordFile;

    @Override
    public Integer call() {
      char[] password = CliIo.readFirstLine(spec, passwordFile);
      boolean ok;
      try {
        ok = PasswordHasher.withDefaults().verify(password, hash);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(e.getMessage());
      } finally {
        Arrays.fill(password, '\0');
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(text(spec, ok ? "verify.ok" : "verify.wrong"));
      out.flush();
      if (ok && PasswordHasher.withDefaults().needsRehash(hash)) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(
            text(
                spec,
                "verify.rehash",
                PasswordHasher.iterationsOf(hash),
                PasswordHasher.DEFAULT_ITERATIONS));
        err.flush();
      }
      return ok ? 0 : 1;
    }
  }

  @Command(
      name = "calibrate",
      resourceBundle = "io.anke.cli.PasswordMessages",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      usageHelpAutoWidth = true)
  static final class Calibrate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--target-ms", paramLabel = "MS", descriptionKey = "targetMs")
    int targetMs = 100;

    @Override
    public Integer call() {
      if (targetMs < 1 || targetMs > 10_000) {
        throw new UsageException(text(spec, "error.target", targetMs));
      }
      int n = PasswordHasher.calibrate(Duration.ofMillis(targetMs));
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          text(
              spec,
              "calibrate.result",
              Integer.toString(n),
              targetMs,
              Integer.toString(PasswordHasher.DEFAULT_ITERATIONS)));
      out.flush();
      return 0;
    }
  }
}
