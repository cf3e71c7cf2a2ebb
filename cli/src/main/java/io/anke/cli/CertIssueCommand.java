package io.anke.cli;

import static io.anke.cli.CertCommand.readCertificate;
import static io.anke.cli.CertCommand.readKey;
import static io.anke.cli.CommandGroup.text;

import io.anke.cli.CertCommand.Profile;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.pkix.CertificateBuilder;
import io.anke.crypto.pkix.CertificateRequest;
import io.anke.crypto.pkix.Sm2Certificates;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.provider.Sm2SigningKeyHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code anke cert issue}: a certificate for a request, signed by a CA certificate and its key. */
@Command(
    name = "issue",
    resourceBundle = "io.anke.cli.CertMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class CertIssueCommand extends Profile implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--ca-cert",
      required = true,
      paramLabel = "CA.pem",
      descriptionKey = "issue.caCert")
  Path caCert;

  @Option(
      names = "--ca-key",
      required = true,
      paramLabel = "CAKEY.pem",
      descriptionKey = "issue.caKey")
  Path caKey;

  @Option(names = "--csr", required = true, paramLabel = "CSR.pem", descriptionKey = "issue.csr")
  Path csrFile;

  @Mixin CertCommand.CertificateOutOption out;

  @Override
  public Integer call() {
    CertificateRequest csr;
    try {
      csr = CertificateRequest.parse(CliIo.readNonEmpty(spec, csrFile));
    } catch (CryptoFormatException e) {
      throw new InvalidInputException(
          text(spec, "error.badRequest", CliIo.describe(spec, csrFile), e.getMessage()), e);
    }
    // The requester signed with the same ID convention (--id) as the certificate will use.
    if (!csr.verify(signerId())) {
      throw new InvalidInputException(
          text(spec, "error.badRequestSignature", CliIo.describe(spec, csrFile)));
    }
    X509Certificate issuer = readCertificate(spec, caCert);
    Sm2SigningKeyHandle issuerKey = Sm2KeyHandle.of(readKey(spec, caKey));
    CertificateBuilder b;
    try {
      b = CertificateBuilder.fromRequest(csr, issuer, issuerKey);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage());
    }
    X509Certificate cert = apply(spec, b).build();
    CliIo.write(spec, out.path, Sm2Certificates.toPem(cert).getBytes(StandardCharsets.US_ASCII));
    return 0;
  }
}
