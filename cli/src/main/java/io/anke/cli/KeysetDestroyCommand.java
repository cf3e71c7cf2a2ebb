package io.anke.cli;

import io.anke.crypto.keyset.KeysetHandle;
import picocli.CommandLine.Command;

/** {@code anke keyset destroy --id KEY-ID}: erases a key's material, keeping its ID and status. */
@Command(
    name = "destroy",
    resourceBundle = "io.anke.cli.KeysetMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class KeysetDestroyCommand extends KeysetChangeCommand {
  KeysetDestroyCommand() {
    super(KeysetHandle::destroy);
  }
}
