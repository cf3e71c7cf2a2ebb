package io.anke.cli;

import static io.anke.cli.CertCommand.readKey;

import io.anke.crypto.pkix.CertificateRequest;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.provider.Sm2SigningKeyHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code anke cert request --key KEY.pem --subject DN [--out CSR.pem]}: a PKCS#10 certificate
 * request signed with SM3withSM2.
 */
@Command(
    name = "request",
    resourceBundle = "io.anke.cli.CertMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class CertRequestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CertCommand.KeyOption key;

  @Mixin CertCommand.SubjectOption subject;

  @Mixin CertCommand.DnsOption dns;

  @Mixin CertCommand.IdOption id;

  @Option(names = "--out", paramLabel = "CSR.pem", descriptionKey = "request.out")
  Path out;

  @Override
  public Integer call() {
    Sm2SigningKeyHandle k = Sm2KeyHandle.of(readKey(spec, key.path));
    byte[] signerId = id.bytes();
    CertificateRequest csr = CertificateRequest.create(subject.dn, k, signerId, dns.toArray());
    CliIo.write(spec, out, csr.toPem().getBytes(StandardCharsets.US_ASCII));
    return 0;
  }
}
