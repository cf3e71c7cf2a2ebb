package io.anke.cli;

import static io.anke.cli.KeysetCommand.unavailable;

import io.anke.crypto.Aead;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.keyset.KeyUnavailableException;
import picocli.CommandLine.Command;

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
    byte[] aad = aad();
    byte[] plaintext;
    try {
      plaintext = aead.decrypt(CliIo.readAll(spec, in), aad);
    } catch (KeyUnavailableException e) {
      throw unavailable(spec, e);
    }
    CliIo.write(spec, out, plaintext);
    return 0;
  }
}
