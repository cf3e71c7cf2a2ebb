package io.anke.cli;

import static io.anke.cli.KeysetCommand.requireType;

import io.anke.crypto.Aead;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of the data commands. */
abstract class KeysetDataCommand extends KeysetFileCommand {
  @Option(names = "--in", paramLabel = "FILE", descriptionKey = "in")
  Path in;

  @Option(names = "--out", paramLabel = "FILE", descriptionKey = "data.out")
  Path out;

  @Option(names = "--aad", paramLabel = "HEX", descriptionKey = "aad")
  String aadHex;

  byte[] aad() {
    if (aadHex == null) {
      return null;
    }
    return CommandGroup.hex(spec, "--aad", aadHex);
  }

  Aead aead(KeysetHandle h) {
    requireType(spec, h, KeyType.SM4_GCM);
    return h.aead();
  }
}
