package io.anke.cli;

import io.anke.crypto.keyset.KeysetHandle;
import picocli.CommandLine.Command;

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
