package io.anke.cli;

import io.anke.crypto.keyset.KeysetHandle;
import picocli.CommandLine.Command;

/** {@code anke keyset disable --id KEY-ID}: disables a key that is not the primary. */
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
