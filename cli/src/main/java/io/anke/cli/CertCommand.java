package io.anke.cli;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.pkix.CertificateBuilder;
import io.anke.crypto.pkix.Sm2Certificates;
import io.anke.crypto.sm2.Sm2;
import io.anke.crypto.sm2.Sm2PrivateKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

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
      CertSelfSignedCommand.class,
      CertRequestCommand.class,
      CertIssueCommand.class,
      CertVerifyCommand.class,
      CertShowCommand.class,
      CertPkcs12Command.class
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

    @Mixin DnsOption dns;

    @Mixin IdOption id;

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
      if (!dns.names.isEmpty()) {
        b.dnsNames(dns.toArray());
      }
      return b;
    }

    byte[] signerId() {
      return id.bytes();
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

  /** {@code --key KEY.pem}: the SM2 private key that signs or goes into the file. */
  static final class KeyOption {
    @Option(names = "--key", required = true, paramLabel = "KEY.pem", descriptionKey = "key")
    Path path;
  }

  /** {@code --id TEXT}: the distinguishing ID that signs or that signatures are checked with. */
  static final class IdOption {
    @Option(names = "--id", paramLabel = "TEXT", descriptionKey = "id")
    String text;

    /** The ID's bytes (UTF-8), the default ID without the option. */
    byte[] bytes() {
      return text == null ? Sm2.defaultId() : text.getBytes(StandardCharsets.UTF_8);
    }
  }

  /** {@code --out CERT.pem}: where a new certificate goes, standard output by default. */
  static final class CertificateOutOption {
    @Option(names = "--out", paramLabel = "CERT.pem", descriptionKey = "out")
    Path path;
  }

  /** {@code --subject DN}: the distinguished name a new certificate or request names. */
  static final class SubjectOption {
    @Option(names = "--subject", required = true, paramLabel = "DN", descriptionKey = "subject")
    String dn;
  }

  /** {@code --dns NAME}, repeatable: the DNS names of the subject alternative name extension. */
  static final class DnsOption {
    @Option(names = "--dns", paramLabel = "NAME", descriptionKey = "dns")
    List<String> names = new ArrayList<>();

    String[] toArray() {
      return names.toArray(new String[0]);
    }
  }
}
