package io.anke.cli;

import static io.anke.cli.KeysetCommand.requireType;

import io.anke.crypto.Aead;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** A keyset subcommand on data with an sm4-gcm keyset: {@code encrypt} and {@code decrypt}. */
abstract class KeysetDataCommand extends KeysetFileCommand {
  @Mixin Options.Input in;

  @Option(names = "--out", paramLabel = "FILE", descriptionKey = "data.out")
  Path out;

  @Mixin Options.Aad aad;

  Aead aead(KeysetHandle h) {
    requireType(spec, h, KeyType.SM4_GCM);
    return h.aead();
  }
}
