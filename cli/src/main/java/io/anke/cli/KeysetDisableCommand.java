package io.anke.cli;

import io.anke.crypto.keyset.KeysetHandle;
import picocli.CommandLine.Command;

@Command(
    name = "disable",
    resourceBundle = "io.anke.cli.KeysetMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class KeysetDisableCommand extends KeysetChangeCommand {
  KeysetDisableCommand() {
    super(KeysetHandle::disable);
  }
}
