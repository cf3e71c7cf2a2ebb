package io.anke.cli;

import static io.anke.cli.CertCommand.readKey;

import io.anke.cli.CertCommand.Profile;
import io.anke.crypto.pkix.CertificateBuilder;
import io.anke.crypto.pkix.Sm2Certificates;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.provider.Sm2SigningKeyHandle;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code anke cert self-signed --key KEY.pem --subject DN [--out CERT.pem]}: a self-signed SM2
 * certificate.
 */
@Command(
    name = "self-signed",
    resourceBundle = "io.anke.cli.CertMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class CertSelfSignedCommand extends Profile implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CertCommand.KeyOption key;

  @Mixin CertCommand.SubjectOption subject;

  @Mixin CertCommand.CertificateOutOption out;

  @Override
  public Integer call() {
    Sm2SigningKeyHandle k = Sm2KeyHandle.of(readKey(spec, key.path));
    X509Certificate cert = apply(spec, CertificateBuilder.selfSigned(subject.dn, k)).build();
    CliIo.write(spec, out.path, Sm2Certificates.toPem(cert).getBytes(StandardCharsets.US_ASCII));
    return 0;
  }
}
