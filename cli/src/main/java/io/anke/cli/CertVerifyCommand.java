package io.anke.cli;

import static io.anke.cli.CertCommand.readCertificates;
import static io.anke.cli.CommandGroup.text;

import io.anke.crypto.pkix.CertificateChainVerifier;
import io.anke.crypto.pkix.CertificateValidationException;
import io.anke.crypto.pkix.Sm2Certificates;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code anke cert verify}: checks a certificate chain up to a trusted root. */
@Command(
    name = "verify",
    resourceBundle = "io.anke.cli.CertMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class CertVerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CERT.pem", descriptionKey = "verify.cert")
  Path cert;

  @Option(
      names = "--trust",
      required = true,
      paramLabel = "CA.pem",
      descriptionKey = "verify.trust")
  Path trust;

  @Option(names = "--chain", paramLabel = "FILE", descriptionKey = "verify.chain")
  Path chainFile;

  @Mixin CertCommand.IdOption id;

  @Option(names = "--at", paramLabel = "TIME", descriptionKey = "verify.at")
  String at;

  @Override
  public Integer call() {
    List<X509Certificate> chain = new ArrayList<>(readCertificates(spec, cert));
    if (chainFile != null) {
      chain.addAll(readCertificates(spec, chainFile));
    }
    CertificateChainVerifier verifier =
        CertificateChainVerifier.trusting(readCertificates(spec, trust));
    if (id.text != null) {
      verifier = verifier.withId(id.bytes());
    }
    if (at != null) {
      try {
        verifier = verifier.at(Instant.parse(at));
      } catch (DateTimeParseException e) {
        throw new UsageException(text(spec, "error.badTime", at));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    try {
      List<X509Certificate> path = verifier.verify(chain);
      out.println(text(spec, "verify.ok", path.size()));
      for (int i = 0; i < path.size(); i++) {
        out.println("  " + i + ": " + Sm2Certificates.subjectOf(path.get(i)));
      }
      out.flush();
      return 0;
    } catch (CertificateValidationException e) {
      out.println(text(spec, "verify.invalid"));
      out.flush();
      PrintWriter err = spec.commandLine().getErr();
      err.println("anke: " + e.getMessage());
      err.flush();
      return 1;
    }
  }
}
