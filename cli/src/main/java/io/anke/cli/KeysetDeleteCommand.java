package io.anke.cli;

import io.anke.crypto.keyset.KeysetHandle;
import picocli.CommandLine.Command;

@Command(
    name = "delete",
    resourceBundle = "io.anke.cli.KeysetMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class KeysetDeleteCommand extends KeysetChangeCommand {
  KeysetDeleteCommand() {
    super(KeysetHandle::delete);
  }
}
