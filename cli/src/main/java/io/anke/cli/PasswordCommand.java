package io.anke.cli;

import picocli.CommandLine.Command;

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
final class PasswordCommand extends CommandGroup {}
