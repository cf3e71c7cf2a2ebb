package io.anke.cli;

import static io.anke.cli.CertCommand.readCertificates;
import static io.anke.cli.CertCommand.readKey;
import static io.anke.cli.CertCommand.readPassword;
import static io.anke.cli.CertCommand.writeOwnerOnly;

import io.anke.crypto.provider.Pkcs12KeyProvider;
import io.anke.crypto.sm2.Sm2PrivateKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code anke cert pkcs12 --key KEY.pem}: a PKCS#12 file with a key and its certificate chain,
 * written owner-only.
 */
@Command(
    name = "pkcs12",
    resourceBundle = "io.anke.cli.CertMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class CertPkcs12Command implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CertCommand.KeyOption key;

  @Option(
      names = "--cert",
      required = true,
      paramLabel = "CERT.pem",
      descriptionKey = "pkcs12.cert")
  Path cert;

  @Option(names = "--chain", paramLabel = "FILE", descriptionKey = "pkcs12.chain")
  Path chainFile;

  @Option(names = "--alias", paramLabel = "NAME", descriptionKey = "pkcs12.alias")
  String alias = "key";

  @Option(
      names = "--password-file",
      required = true,
      paramLabel = "FILE",
      descriptionKey = "pkcs12.password")
  Path passwordFile;

  @Option(names = "--out", required = true, paramLabel = "FILE.p12", descriptionKey = "pkcs12.out")
  Path out;

  @Override
  public Integer call() {
    Sm2PrivateKey k = readKey(spec, key.path);
    List<X509Certificate> chain = new ArrayList<>(readCertificates(spec, cert));
    if (chainFile != null) {
      chain.addAll(readCertificates(spec, chainFile));
    }
    char[] password = readPassword(spec, passwordFile);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      Pkcs12KeyProvider.writer().add(alias, k, chain).write(bytes, password);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      Arrays.fill(password, '\0');
    }
    writeOwnerOnly(spec, out, bytes.toByteArray());
    return 0;
  }
}
