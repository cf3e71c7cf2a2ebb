package io.anke.cli;

import static io.anke.cli.CertCommand.readCertificates;
import static io.anke.cli.CommandGroup.text;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.pkix.Sm2Certificates;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code anke cert show}: prints what certificates say, one block per certificate. */
@Command(
    name = "show",
    resourceBundle = "io.anke.cli.CertMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class CertShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CERT.pem", descriptionKey = "show.cert")
  Path cert;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (X509Certificate c : readCertificates(spec, cert)) {
      out.println(text(spec, "show.subject", Sm2Certificates.subjectOf(c)));
      out.println(text(spec, "show.issuer", c.getIssuerX500Principal().getName()));
      out.println(text(spec, "show.serial", c.getSerialNumber().toString(16)));
      out.println(
          text(spec, "show.validity", c.getNotBefore().toInstant(), c.getNotAfter().toInstant()));
      out.println(text(spec, "show.algorithm", c.getSigAlgName(), c.getSigAlgOID()));
      out.println(
          text(
              spec,
              "show.ca",
              c.getBasicConstraints() >= 0 ? text(spec, "show.yes") : text(spec, "show.no")));
      String key;
      try {
        key = Sm2Certificates.publicKey(c).toHex();
      } catch (CryptoFormatException e) {
        key = text(spec, "show.notSm2");
      }
      out.println(text(spec, "show.key", key));
      out.println(text(spec, "show.fingerprint", Sm2Certificates.sm3Fingerprint(c)));
      out.println();
    }
    out.flush();
    return 0;
  }
}
