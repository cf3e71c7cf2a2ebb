package io.anke.cli;

import io.anke.crypto.keyset.KeysetHandle;
import picocli.CommandLine.Command;

/** {@code anke keyset promote --id KEY-ID}: makes an enabled key the primary. */
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
