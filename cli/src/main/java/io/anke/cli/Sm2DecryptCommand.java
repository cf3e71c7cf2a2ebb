package io.anke.cli;

import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.sm2.Sm2Decrypter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code anke sm2 decrypt --key KEY.pem [--format c1c3c2|c1c2c3|asn1] [--in FILE] [--out FILE]}: a
 * tampered or malformed ciphertext exits 3 and writes no output file.
 */
@Command(
    name = "decrypt",
    resourceBundle = "io.anke.cli.Sm2Messages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class Sm2DecryptCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--key", required = true, paramLabel = "KEY.pem", descriptionKey = "decrypt.key")
  Path key;

  @Mixin Sm2Command.FormatOption format;

  @Mixin Options.Input in;

  @Option(names = "--out", paramLabel = "FILE", descriptionKey = "decrypt.out")
  Path out;

  @Override
  public Integer call() {
    Sm2Decrypter decrypter = new Sm2Decrypter(Sm2Command.readPrivateKey(spec, key), format.value);
    byte[] ciphertext = CliIo.readAll(spec, in.path);
    byte[] message;
    try {
      message = decrypter.decrypt(ciphertext);
    } catch (DecryptionFailedException e) {
      String detail = e.getMessage().replaceFirst("^decryption failed: ", "");
      throw new InvalidInputException(
          Sm2Command.text(spec, "error.decryptionFailed", CliIo.describe(spec, in.path), detail),
          e);
    }
    CliIo.write(spec, out, message);
    return 0;
  }
}
