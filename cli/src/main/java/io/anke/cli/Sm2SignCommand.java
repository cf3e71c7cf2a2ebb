package io.anke.cli;

import io.anke.crypto.sm2.Sm2Signer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code anke sm2 sign --key KEY.pem [--id TEXT | --id-hex HEX] [--encoding der|raw] [--in FILE]
 * [--out FILE]}: streams the input through SM3 and writes the signature bytes.
 */
@Command(
    name = "sign",
    resourceBundle = "io.anke.cli.Sm2Messages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class Sm2SignCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--key", required = true, paramLabel = "KEY.pem", descriptionKey = "sign.key")
  Path key;

  @Mixin Sm2Command.UserIdOptions id;

  @Mixin Sm2Command.EncodingOption encoding;

  @Mixin Options.Input in;

  @Option(names = "--out", paramLabel = "FILE", descriptionKey = "sign.out")
  Path out;

  @Override
  public Integer call() {
    byte[] userId = id.bytes(spec);
    Sm2Signer signer =
        new Sm2Signer(Sm2Command.readPrivateKey(spec, key))
            .withId(userId)
            .withEncoding(encoding.value);
    byte[] signature;
    try (InputStream input = CliIo.open(spec, in.path)) {
      signature = signer.sign(input);
    } catch (IOException e) {
      throw CliIo.unreadable(spec, in.path, e);
    }
    CliIo.write(spec, out, signature);
    return 0;
  }
}
