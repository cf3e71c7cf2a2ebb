package io.anke.cli;

import static io.anke.cli.CommandGroup.text;
import static io.anke.cli.KeysetCommand.isKeysetSignature;
import static io.anke.cli.KeysetCommand.loadKek;
import static io.anke.cli.KeysetCommand.readKeyset;
import static io.anke.cli.KeysetCommand.requireType;
import static io.anke.cli.KeysetCommand.unavailable;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeyUnavailableException;
import io.anke.crypto.keyset.KeysetHandle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code anke keyset verify --keyset FILE [--kek FILE] --sig FILE [--in FILE]}: checks a keyset
 * signature against a full keyset (with its KEK) or a public keyset; exit 1 when it does not match.
 */
@Command(
    name = "verify",
    resourceBundle = "io.anke.cli.KeysetMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class KeysetVerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--keyset",
      required = true,
      paramLabel = "FILE",
      descriptionKey = "verify.keyset")
  Path keysetFile;

  @Option(names = "--kek", paramLabel = "FILE", descriptionKey = "verify.kek")
  Path kekFile;

  @Mixin Options.SignatureFile sig;

  @Mixin Options.Input in;

  @Override
  public Integer call() {
    KeysetHandle h;
    if (kekFile != null) {
      h = readKeyset(spec, keysetFile, loadKek(spec, kekFile));
    } else {
      byte[] data = CliIo.readNonEmpty(spec, keysetFile);
      try {
        h = KeysetHandle.readPublic(new ByteArrayInputStream(data));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (CryptoFormatException e) {
        throw new InvalidInputException(
            text(spec, "error.badKeyset", CliIo.describe(spec, keysetFile), e.getMessage()));
      }
    }
    requireType(spec, h, KeyType.SM2);
    if (CliIo.isStdio(sig.path) && CliIo.isStdio(in.path)) {
      throw new UsageException(text(spec, "error.bothStdin"));
    }
    byte[] signature = CliIo.readNonEmpty(spec, sig.path);
    if (!isKeysetSignature(signature)) {
      throw new InvalidInputException(
          text(spec, "error.notSignature", CliIo.describe(spec, sig.path), signature.length));
    }
    boolean valid;
    try {
      valid = h.verifier().verify(CliIo.readAll(spec, in.path), signature);
    } catch (KeyUnavailableException e) {
      throw unavailable(spec, e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(text(spec, valid ? "verify.ok" : "verify.invalid"));
    out.flush();
    return valid ? 0 : 1;
  }
}
