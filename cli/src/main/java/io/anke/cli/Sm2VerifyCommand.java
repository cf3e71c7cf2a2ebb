package io.anke.cli;

import io.anke.crypto.sm2.Sm2;
import io.anke.crypto.sm2.Sm2SignatureEncoding;
import io.anke.crypto.sm2.Sm2Verifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code anke sm2 verify --pubkey PUB.pem --sig FILE [--id TEXT | --id-hex HEX] [--encoding
 * der|raw] [--in FILE]}: exit 0 and "Signature OK" for a valid signature, exit 1 and "Signature
 * invalid" otherwise, with a hint on stderr when the bytes suggest another encoding or ID. A file
 * that is no SM2 signature in either encoding is invalid input (exit 3), said as such.
 */
@Command(
    name = "verify",
    resourceBundle = "io.anke.cli.Sm2Messages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class Sm2VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--pubkey",
      required = true,
      paramLabel = "PUB.pem",
      descriptionKey = "verify.pubkey")
  Path pubkey;

  @Mixin Options.SignatureFile sig;

  @Mixin Sm2Command.UserIdOptions id;

  @Mixin Sm2Command.EncodingOption encoding;

  @Mixin Options.Input in;

  @Override
  public Integer call() {
    byte[] userId = id.bytes(spec);
    Sm2Verifier verifier =
        new Sm2Verifier(Sm2Command.readPublicKey(spec, pubkey))
            .withId(userId)
            .withEncoding(encoding.value);
    if (CliIo.isStdio(sig.path) && CliIo.isStdio(in.path)) {
      throw new UsageException(Sm2Command.text(spec, "error.bothStdin"));
    }
    byte[] signature = CliIo.readNonEmpty(spec, sig.path);
    boolean der = Sm2Command.isSignature(signature, Sm2SignatureEncoding.DER);
    if (!der && !Sm2Command.isSignature(signature, Sm2SignatureEncoding.RAW)) {
      // Not a signature in either encoding: the wrong file, not a forged signature.
      throw new InvalidInputException(
          Sm2Command.text(
              spec, "error.notSignature", CliIo.describe(spec, sig.path), signature.length));
    }
    boolean valid;
    try (InputStream input = CliIo.open(spec, in.path)) {
      valid = verifier.verify(input, signature);
    } catch (IOException e) {
      throw CliIo.unreadable(spec, in.path, e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(Sm2Command.text(spec, valid ? "verify.ok" : "verify.invalid") + "\n");
    out.flush();
    if (!valid) {
      hint(signature, der, userId);
    }
    return valid ? 0 : 1;
  }

  // Hints from public facts only: the shape of the signature and whether the default ID was used.
  // Whether the bytes are DER is the parser's answer ({@code der}), not a sniff of the first bytes:
  // one raw r||s in 256 starts with the byte of a DER SEQUENCE.
  private void hint(byte[] signature, boolean der, byte[] userId) {
    PrintWriter err = spec.commandLine().getErr();
    if (encoding.value == Sm2SignatureEncoding.DER && signature.length == 64 && !der) {
      err.println(Sm2Command.text(spec, "verify.hint.raw"));
    } else if (encoding.value == Sm2SignatureEncoding.RAW && der && signature.length != 64) {
      err.println(Sm2Command.text(spec, "verify.hint.der"));
    } else if (Arrays.equals(userId, Sm2.defaultId())) {
      err.println(Sm2Command.text(spec, "verify.hint.id"));
    }
    err.flush();
  }
}
