package io.anke.cli;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.pkix.CertificateBuilder;
import io.anke.crypto.pkix.CertificateChainVerifier;
import io.anke.crypto.pkix.CertificateRequest;
import io.anke.crypto.pkix.CertificateValidationException;
import io.anke.crypto.pkix.Sm2Certificates;
import io.anke.crypto.provider.Pkcs12KeyProvider;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.provider.Sm2SigningKeyHandle;
import io.anke.crypto.sm2.Sm2;
import io.anke.crypto.sm2.Sm2PrivateKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code anke cert self-signed|request|issue|verify|show|pkcs12}: SM2 certificates signed with
 * SM3withSM2 under the distinguishing ID 1234567812345678, interoperable with OpenSSL 3 ({@code
 * -sigopt/-vfyopt distid:1234567812345678}).
 */
@Command(
    name = "cert",
    resourceBundle = "io.anke.cli.CertMessages",
    mixinStandardHelpOptions = true,
    subcommands = {
      CertCommand.SelfSigned.class,
      CertCommand.Request.class,
      CertCommand.Issue.class,
      CertCommand.Verify.class,
      CertCommand.Show.class,
      CertCommand.Pkcs12.class
    },
    sortOptions = false,
    usageHelpAutoWidth = true)
final class CertCommand extends CommandGroup {

  /** Options for what a new certificate says. */
  abstract static class Profile {
    @Option(names = "--days", paramLabel = "N", descriptionKey = "days")
    int days = 365;

    @Option(names = "--ca", descriptionKey = "ca")
    boolean ca;

    @Option(names = "--path-len", paramLabel = "N", descriptionKey = "pathLen")
    Integer pathLen;

    @Option(names = "--dns", paramLabel = "NAME", descriptionKey = "dns")
    List<String> dns = new ArrayList<>();

    @Option(names = "--id", paramLabel = "TEXT", descriptionKey = "id")
    String id;

    CertificateBuilder apply(CommandSpec spec, CertificateBuilder b) {
      if (days < 1) {
        throw new UsageException(text(spec, "error.days", days));
      }
      if (pathLen != null && !ca) {
        throw new UsageException(text(spec, "error.pathLenNeedsCa"));
      }
      b.validFor(Duration.ofDays(days)).signerId(signerId());
      if (ca) {
        b.ca(pathLen == null ? -1 : pathLen);
      }
      if (!dns.isEmpty()) {
        b.dnsNames(dns.toArray(new String[0]));
      }
      return b;
    }

    byte[] signerId() {
      return id == null ? Sm2.defaultId() : id.getBytes(StandardCharsets.UTF_8);
    }
  }

  @Command(
      name = "self-signed",
      resourceBundle = "io.anke.cli.CertMessages",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      usageHelpAutoWidth = true)
  static final class SelfSigned extends Profile implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--key", required = true, paramLabel = "KEY.pem", descriptionKey = "key")
    Path key;

    @Option(names = "--subject", required = true, paramLabel = "DN", descriptionKey = "subject")
    String subject;

    @Option(names = "--out", paramLabel = "CERT.pem", descriptionKey = "out")
    Path out;

    @Override
    public Integer call() {
      Sm2SigningKeyHandle k = Sm2KeyHandle.of(readKey(spec, key));
      X509Certificate cert = apply(spec, CertificateBuilder.selfSigned(subject, k)).build();
      CliIo.write(spec, out, Sm2Certificates.toPem(cert).getBytes(StandardCharsets.US_ASCII));
      return 0;
    }
  }

  @Command(
      name = "request",
      resourceBundle = "io.anke.cli.CertMessages",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      usageHelpAutoWidth = true)
  static final class Request implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--key", required = true, paramLabel = "KEY.pem", descriptionKey = "key")
    Path key;

    @Option(names = "--subject", required = true, paramLabel = "DN", descriptionKey = "subject")
    String subject;

    @Option(names = "--dns", paramLabel = "NAME", descriptionKey = "dns")
    List<String> dns = new ArrayList<>();

    @Option(names = "--id", paramLabel = "TEXT", descriptionKey = "id")
    String id;

    @Option(names = "--out", paramLabel = "CSR.pem", descriptionKey = "request.out")
    Path out;

    @Override
    public Integer call() {
      Sm2SigningKeyHandle k = Sm2KeyHandle.of(readKey(spec, key));
      byte[] signerId = id == null ? Sm2.defaultId() : id.getBytes(StandardCharsets.UTF_8);
      CertificateRequest csr =
          CertificateRequest.create(subject, k, signerId, dns.toArray(new String[0]));
      CliIo.write(spec, out, csr.toPem().getBytes(StandardCharsets.US_ASCII));
      return 0;
    }
  }

  @Command(
      name = "issue",
      resourceBundle = "io.anke.cli.CertMessages",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      usageHelpAutoWidth = true)
  static final class Issue extends Profile implements Callable<Integer> {
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

    @Option(names = "--out", paramLabel = "CERT.pem", descriptionKey = "out")
    Path out;

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
      CliIo.write(spec, out, Sm2Certificates.toPem(cert).getBytes(StandardCharsets.US_ASCII));
      return 0;
    }
  }

  @Command(
      name = "verify",
      resourceBundle = "io.anke.cli.CertMessages",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      usageHelpAutoWidth = true)
  static final class Verify implements Callable<Integer> {
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

    @Option(names = "--id", paramLabel = "TEXT", descriptionKey = "id")
    String id;

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
      if (id != null) {
        verifier = verifier.withId(id.getBytes(StandardCharsets.UTF_8));
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

  @Command(
      name = "show",
      resourceBundle = "io.anke.cli.CertMessages",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      usageHelpAutoWidth = true)
  static final class Show implements Callable<Integer> {
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

  @Command(
      name = "pkcs12",
      resourceBundle = "io.anke.cli.CertMessages",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      usageHelpAutoWidth = true)
  static final class Pkcs12 implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--key", required = true, paramLabel = "KEY.pem", descriptionKey = "key")
    Path key;

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

    @Option(
        names = "--out",
        required = true,
        paramLabel = "FILE.p12",
        descriptionKey = "pkcs12.out")
    Path out;

    @Override
    public Integer call() {
      Sm2PrivateKey k = readKey(spec, key);
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

  // ---- helpers ----

  /** Writes a file that holds keys: owner-only from the start (see {@link CliIo#replace}). */
  static void writeOwnerOnly(CommandSpec spec, Path path, byte[] data) {
    CliIo.write(spec, path, data);
  }

  static Sm2PrivateKey readKey(CommandSpec spec, Path file) {
    if (CliIo.isStdio(file)) {
      throw new UsageException(text(spec, "error.keyStdin"));
    }
    return Sm2Command.readPrivateKey(spec, file);
  }

  static List<X509Certificate> readCertificates(CommandSpec spec, Path file) {
    try {
      return Sm2Certificates.parseAll(CliIo.readNonEmpty(spec, file));
    } catch (CryptoFormatException e) {
      throw new InvalidInputException(
          text(spec, "error.badCertificate", CliIo.describe(spec, file), e.getMessage()), e);
    }
  }

  static X509Certificate readCertificate(CommandSpec spec, Path file) {
    List<X509Certificate> all = readCertificates(spec, file);
    if (all.size() != 1) {
      throw new InvalidInputException(
          text(spec, "error.oneCertificate", CliIo.describe(spec, file), all.size()));
    }
    return all.get(0);
  }

  /** The first line of the file, without the line ending; empty passwords are refused. */
  static char[] readPassword(CommandSpec spec, Path file) {
    char[] password = CliIo.readFirstLine(spec, file);
    if (password.length == 0) {
      throw new InvalidInputException(
          text(spec, "error.emptyPassword", CliIo.describe(spec, file)));
    }
    return password;
  }
}
