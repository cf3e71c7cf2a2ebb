package io.anke.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
      PasswordHashCommand.class,
      PasswordVerifyCommand.class,
      PasswordCalibrateCommand.class
    },
    sortOptions = false,
    usageHelpAutoWidth = true)
final class PasswordCommand extends CommandGroup {

  /** {@code --password-file FILE}: the password is its first line; standard input by default. */
  static final class PasswordFileOption {
    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "passwordFile")
    Path path;
  }
}
