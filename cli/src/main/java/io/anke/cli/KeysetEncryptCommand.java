package io.anke.cli;

import io.anke.crypto.Aead;
import picocli.CommandLine.Command;

@Command(
    name = "encrypt",
    resourceBundle = "io.anke.cli.KeysetMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class KeysetEncryptCommand extends KeysetDataCommand {
  @Override
  public Integer call() {
    Aead aead = aead(open());
    byte[] aad = aad();
    CliIo.write(spec, out, aead.encrypt(CliIo.readAll(spec, in), aad));
    return 0;
  }
}
