package io.anke.cli;

import static io.anke.cli.KeysetCommand.unavailable;

import io.anke.crypto.Aead;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.keyset.KeyUnavailableException;
import picocli.CommandLine.Command;

/**
 * {@code anke keyset decrypt [--in FILE] [--out FILE] [--aad HEX]}: decrypts with the key the
 * ciphertext names (or any key, for raw keys).
 */
@Command(
    name = "decrypt",
    resourceBundle = "io.anke.cli.KeysetMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class KeysetDecryptCommand extends KeysetDataCommand {
  @Override
  public Integer call() throws DecryptionFailedException {
    Aead aead = aead(open());
    byte[] aad = this.aad.bytes(spec);
    byte[] plaintext;
    try {
      plaintext = aead.decrypt(CliIo.readAll(spec, in.path), aad);
    } catch (KeyUnavailableException e) {
      throw unavailable(spec, e);
    }
    CliIo.write(spec, out, plaintext);
    return 0;
  }
}
