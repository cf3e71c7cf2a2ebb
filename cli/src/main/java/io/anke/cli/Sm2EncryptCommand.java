package io.anke.cli;

import io.anke.crypto.sm2.Sm2Encrypter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code anke sm2 encrypt --pubkey PUB.pem [--format c1c3c2|c1c2c3|asn1] [--in FILE] [--out FILE]}:
 * the default layout is the standard's C1C3C2; OpenSSL 3 needs {@code --format asn1}.
 */
@Command(
    name = "encrypt",
    resourceBundle = "io.anke.cli.Sm2Messages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class Sm2EncryptCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--pubkey",
      required = true,
      paramLabel = "PUB.pem",
      descriptionKey = "encrypt.pubkey")
  Path pubkey;

  @Mixin Sm2Command.FormatOption format;

  @Mixin Options.Input in;

  @Option(names = "--out", paramLabel = "FILE", descriptionKey = "encrypt.out")
  Path out;

  @Override
  public Integer call() {
    Sm2Encrypter encrypter = new Sm2Encrypter(Sm2Command.readPublicKey(spec, pubkey), format.value);
    byte[] message = CliIo.readAll(spec, in.path);
    if (message.length == 0) {
      throw new InvalidInputException(
          Sm2Command.text(spec, "error.emptyMessage", CliIo.describe(spec, in.path)));
    }
    CliIo.write(spec, out, encrypter.encrypt(message));
    return 0;
  }
}
