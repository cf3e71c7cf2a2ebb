package io.anke.cli;

import io.anke.crypto.keyset.KeysetHandle;
import picocli.CommandLine.Command;

/** {@code anke keyset delete --id KEY-ID}: removes a key from the keyset. */
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
