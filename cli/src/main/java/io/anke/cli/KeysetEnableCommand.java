package io.anke.cli;

import io.anke.crypto.keyset.KeysetHandle;
import picocli.CommandLine.Command;

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
