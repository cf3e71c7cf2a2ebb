package io.anke.cli;

import static io.anke.cli.CommandGroup.text;

import io.anke.crypto.password.PasswordHasher;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code anke password verify HASH [--password-file FILE]}: checks a password against a hash; exit
 * 1 when it is wrong.
 */
@Command(
    name = "verify",
    resourceBundle = "io.anke.cli.PasswordMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class PasswordVerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "HASH", descriptionKey = "hash")
  String hash;

  @Mixin PasswordCommand.PasswordFileOption passwordFile;

  @Override
  public Integer call() {
    char[] password = CliIo.readFirstLine(spec, passwordFile.path);
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
