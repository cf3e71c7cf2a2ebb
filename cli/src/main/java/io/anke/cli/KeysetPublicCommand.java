package io.anke.cli;

import static io.anke.cli.KeysetCommand.requireType;

import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code anke keyset public [--out FILE]}: writes the public keyset of an sm2 keyset, unencrypted.
 */
@Command(
    name = "public",
    resourceBundle = "io.anke.cli.KeysetMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class KeysetPublicCommand extends KeysetFileCommand {
  @Option(names = "--out", paramLabel = "FILE", descriptionKey = "public.out")
  Path out;

  @Override
  public Integer call() {
    KeysetHandle h = open();
    requireType(spec, h, KeyType.SM2);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      h.publicKeysetHandle().writePublic(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CliIo.write(spec, out, bytes.toByteArray());
    return 0;
  }
}
