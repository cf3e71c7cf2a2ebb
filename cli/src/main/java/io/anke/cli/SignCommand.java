package io.anke.cli;

import io.anke.core.InputException;
import io.anke.core.manifest.DeliveryManifest;
import io.anke.core.manifest.ProgramIntegrity;
import io.anke.core.manifest.ProgramIntegrity.Difference;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.pkix.Sm2Certificates;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.provider.Sm2SigningKeyHandle;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code anke sign DIR|FILE... --key KEY.pem|--keyset FILE --kek FILE [--cert CERT.pem] [--out
 * MANIFEST]} writes a delivery's SM2-signed manifest of SM3 digests; {@code anke sign --verify
 * MANIFEST --pubkey PUB.pem|--cert CERT.pem} checks it: exit 0 valid and unchanged, 1 a bad
 * signature or a changed, added or missing file (each named), 3 an unreadable or malformed manifest
 * or key.
 */
@Command(
    name = "sign",
    resourceBundle = "io.anke.cli.SignMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class SignCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "DIR|FILE", descriptionKey = "inputs")
  List<Path> inputs = List.of();

  @Option(names = "--key", paramLabel = "KEY.pem", descriptionKey = "key")
  Path keyFile;

  @Option(names = "--keyset", paramLabel = "FILE", descriptionKey = "keyset")
  Path keysetFile;

  @Option(names = "--kek", paramLabel = "FILE", descriptionKey = "kek")
  Path kekFile;

  @Option(names = "--cert", paramLabel = "CERT.pem", descriptionKey = "cert")
  Path certFile;

  @Option(names = "--out", paramLabel = "MANIFEST", descriptionKey = "out")
  Path out;

  @Option(names = "--verify", paramLabel = "MANIFEST", descriptionKey = "verify")
  Path verify;

  @Option(names = "--pubkey", paramLabel = "PUB.pem", descriptionKey = "pubkey")
  Path pubkey;

  @Override
  public Integer call() {
    return verify != null ? verify() : sign();
  }

  private int sign() {
    if (inputs.isEmpty()) {
      throw new UsageException(t("error.noInputs"));
    }
    if (pubkey != null) {
      throw new UsageException(t("error.pubkeyWhenSigning"));
    }
    if ((keyFile == null) == (keysetFile == null)) {
      throw new UsageException(t("error.oneKey"));
    }
    if (keysetFile != null && kekFile == null) {
      throw new UsageException(t("error.kekRequired"));
    }
    if (keyFile != null && kekFile != null) {
      throw new UsageException(t("error.kekWithoutKeyset"));
    }
    Sm2SigningKeyHandle key;
    if (keyFile != null) {
      key = Sm2KeyHandle.of(Sm2Command.readPrivateKey(spec, keyFile));
    } else {
      KeysetHandle keyset =
          KeysetCommand.readKeyset(spec, keysetFile, KeysetCommand.loadKek(spec, kekFile));
      try {
        key = keyset.primarySm2Key();
      } catch (IllegalStateException e) {
        throw new UsageException(e.getMessage());
      }
    }
    List<X509Certificate> chain = certFile == null ? List.of() : certificates(certFile);
    if (!chain.isEmpty() && !Sm2Certificates.publicKey(chain.get(0)).equals(key.publicKey())) {
      throw new UsageException(
          t("error.certNotKey", certFile, Sm2Certificates.subjectOf(chain.get(0))));
    }
    Path manifest = out != null ? out : defaultManifest(inputs.get(0));
    DeliveryManifest signed;
    try {
      signed = DeliveryManifest.sign(manifest, inputs, key, chain);
    } catch (InputException e) {
      // The library's words name the temporary file the manifest went through; say why instead.
      if (e.getCause() instanceof IOException io && manifest.toString().equals(e.source())) {
        throw CliIo.unwritable(spec, manifest, io);
      }
      throw e;
    }
    PrintWriter w = spec.commandLine().getOut();
    w.println(
        t(
            "sign.done",
            signed.entries().size(),
            manifest,
            DeliveryManifest.signatureOf(manifest),
            chain.isEmpty() ? t("sign.bareKey") : Sm2Certificates.subjectOf(chain.get(0))));
    w.flush();
    return 0;
  }

  private int verify() {
    if (!inputs.isEmpty()
        || keyFile != null
        || keysetFile != null
        || kekFile != null
        || out != null) {
      throw new UsageException(t("error.verifyAlone"));
    }
    if ((pubkey == null) == (certFile == null)) {
      throw new UsageException(t("error.oneTrusted"));
    }
    CliIo.readNonEmpty(spec, pubkey != null ? pubkey : certFile); // empty: said so, not "malformed"
    ProgramIntegrity r =
        DeliveryManifest.verifyDelivery(verify, pubkey != null ? pubkey : certFile);
    PrintWriter w = spec.commandLine().getOut();
    if (r.signatureValid()) {
      w.println(t("verify.signed", verify, r.signer()));
    } else {
      w.println(
          t(
              "verify.signature." + r.signatureStatus().name().toLowerCase(Locale.ROOT),
              verify,
              r.signatureDetail()));
    }
    for (Difference d : r.differences()) {
      String kind =
          d.kind() == ProgramIntegrity.Kind.CHANGED && d.actualDigest() == null
              ? "unreadable"
              : d.kind().name().toLowerCase(Locale.ROOT);
      w.println(t("verify.difference." + kind, d.path()));
    }
    w.println(r.intact() ? t("verify.ok") : t("verify.failed", r.differences().size()));
    w.flush();
    return r.intact() ? 0 : 1;
  }

  /** The manifest beside the first input: inside it when it is a directory. */
  private static Path defaultManifest(Path first) {
    Path dir = Files.isDirectory(first) ? first : first.toAbsolutePath().getParent();
    return dir.resolve(DeliveryManifest.DEFAULT_FILE_NAME);
  }

  private List<X509Certificate> certificates(Path file) {
    byte[] data = CliIo.readNonEmpty(spec, file);
    try {
      return Sm2Certificates.parseAll(data);
    } catch (CryptoFormatException e) {
      throw new InputException(file.toString(), 0, t("error.badCert", e.getMessage()), e);
    }
  }

  private String t(String key, Object... args) {
    return CommandGroup.text(spec, key, args);
  }
}
