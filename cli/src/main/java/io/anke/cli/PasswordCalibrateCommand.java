package io.anke.cli;

import static io.anke.cli.CommandGroup.text;

import io.anke.crypto.password.PasswordHasher;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code anke password calibrate [--target-ms MS]}: the iteration count whose hash takes about that
 * long on this machine.
 */
@Command(
    name = "calibrate",
    resourceBundle = "io.anke.cli.PasswordMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class PasswordCalibrateCommand implements Callable<Integer> {
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
