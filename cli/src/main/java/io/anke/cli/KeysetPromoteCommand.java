package io.anke.cli;

import io.anke.crypto.keyset.KeysetHandle;
import picocli.CommandLine.Command;

@Command(
    name = "promote",
    resourceBundle = "io.anke.cli.KeysetMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class KeysetPromoteCommand extends KeysetChangeCommand {
  KeysetPromoteCommand() {
    super(KeysetHandle::promote);
  }
}
