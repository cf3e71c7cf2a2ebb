package io.anke.cli;

import io.anke.crypto.Aead;
import picocli.CommandLine.Command;

/**
 * {@code anke keyset encrypt [--in FILE] [--out FILE] [--aad HEX]}: encrypts with the primary key
 * of an sm4-gcm keyset.
 */
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
    byte[] aad = this.aad.bytes(spec);
    CliIo.write(spec, out, aead.encrypt(CliIo.readAll(spec, in.path), aad));
    return 0;
  }
}
