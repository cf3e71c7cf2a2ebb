package io.anke.cli;

import io.anke.crypto.keyset.KeysetHandle;
import picocli.CommandLine.Command;

/** {@code anke keyset enable --id KEY-ID}: enables a disabled key again. */
@Command(
    name = "enable",
    resourceBundle = "io.anke.cli.KeysetMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class KeysetEnableCommand extends KeysetChangeCommand {
  KeysetEnableCommand() {
    super(KeysetHandle::enable);
  }
}
