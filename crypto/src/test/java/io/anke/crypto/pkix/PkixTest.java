package io.anke.crypto.pkix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.provider.internal.Jca;
import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.crypto.sm2.Sm2PrivateKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PkixTest {
  static Sm2KeyHandle rootKey;
  static Sm2KeyHandle intermediateKey;
  static Sm2KeyHandle leafKey;
  static X509Certificate root;
  static X509Certificate intermediate;
  static X509Certificate leaf;

  @BeforeAll
  static void buildChain() {
    rootKey = Sm2KeyHandle.of(Sm2KeyPair.generate().privateKey());
    intermediateKey = Sm2KeyHandle.of(Sm2KeyPair.generate().privateKey());
    leafKey = Sm2KeyHandle.of(Sm2KeyPair.generate().privateKey());
    root =
        CertificateBuilder.selfSigned("CN=Anke Test Root,O=Anke,C=CN", rootKey)
            .ca(1)
            .validFor(Duration.ofDays(3650))
            .build();
    intermediate =
        CertificateBuilder.issuedBy(
                root, rootKey, "CN=Anke Test Issuing CA,O=Anke,C=CN", intermediateKey.publicKey())
            .ca(0)
            .build();
    CertificateRequest csr =
        CertificateRequest.create("CN=api.example.cn,O=Example,C=CN", leafKey, "api.example.cn");
    leaf =
        CertificateBuilder.fromRequest(
                CertificateRequest.parse(csr.toPem().getBytes(StandardCharsets.US_ASCII)),
                intermediate,
                intermediateKey)
            .build();
  }

  static Path write(Path dir, String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.US_ASCII);
    return p;
  }

  @Test
  void threeLevelChainVerifiesHere() throws Exception {
    List<X509Certificate> path =
        CertificateChainVerifier.trusting(List.of(root)).verify(List.of(leaf, intermediate));
    assertThat(path).containsExactly(leaf, intermediate, root);
    assertThat(leaf.getSubjectX500Principal().getName())
        .isEqualTo("CN=api.example.cn,O=Example,C=CN");
    assertThat(leaf.getSubjectAlternativeNames())
        .anySatisfy(n -> assertThat(n.get(1)).isEqualTo("api.example.cn"));
    assertThat(leaf.getBasicConstraints()).isEqualTo(-1);
    assertThat(root.getBasicConstraints()).isEqualTo(1);
    assertThat(Sm2Certificates.publicKey(leaf)).isEqualTo(leafKey.publicKey());
    assertThat(Sm2Certificates.sm3Fingerprint(leaf)).hasSize(64);
    // The anchor may also be passed as the last element of the chain.
    assertThat(
            CertificateChainVerifier.trusting(List.of(root))
                .verify(List.of(leaf, intermediate, root)))
        .hasSize(3);
    // An intermediate can be the anchor.
    assertThat(CertificateChainVerifier.trusting(List.of(intermediate)).verify(List.of(leaf)))
        .containsExactly(leaf, intermediate);
  }

  @Test
  void bouncyCastlePkixValidatorAgrees() throws Exception {
    // An independent RFC 5280 implementation (BC's default SM2 ID is also 1234567812345678).
    CertPath certPath = Jca.certificateFactory().generateCertPath(List.of(leaf, intermediate));
    PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
    params.setRevocationEnabled(false);
    CertPathValidator.getInstance("PKIX", Jca.BC).validate(certPath, params);
  }

  @Test
  void opensslVerifiesOurChainOnlyWithTheDistinguishingId(@TempDir Path dir) throws Exception {
    write(dir, "root.pem", Sm2Certificates.toPem(root));
    write(dir, "inter.pem", Sm2Certificates.toPem(intermediate));
    write(dir, "leaf.pem", Sm2Certificates.toPem(leaf));
    // OpenSSL 3.0 applies -vfyopt distid only to the certificate at depth 0, so each link is
    // checked on its own (-partial_chain lets the intermediate be the trust anchor).
    OpenSsl.Result link1 =
        OpenSsl.run(
            dir,
            "verify",
            "-vfyopt",
            "distid:1234567812345678",
            "-CAfile",
            "root.pem",
            "inter.pem");
    assertThat(link1.out()).as(link1.stderr()).contains("inter.pem: OK");
    OpenSsl.Result link2 =
        OpenSsl.run(
            dir,
            "verify",
            "-vfyopt",
            "distid:1234567812345678",
            "-partial_chain",
            "-CAfile",
            "inter.pem",
            "leaf.pem");
    assertThat(link2.out()).as(link2.stderr()).contains("leaf.pem: OK");
    // OpenSSL 3's command line defaults to an empty ID: the same link then fails.
    assertThat(
            OpenSsl.run(dir, "verify", "-partial_chain", "-CAfile", "inter.pem", "leaf.pem").exit())
        .isNotZero();
    String text = OpenSsl.run(dir, "x509", "-in", "leaf.pem", "-noout", "-text").assertOk().out();
    assertThat(text)
        .contains("SM2-with-SM3")
        .contains("api.example.cn")
        .contains("CA:FALSE")
        .contains("Digital Signature");
  }

  @Test
  void opensslChecksOurRequest(@TempDir Path dir) throws Exception {
    CertificateRequest csr =
        CertificateRequest.create("CN=csr.example.cn,O=Example", leafKey, "csr.example.cn");
    assertThat(csr.verify()).isTrue();
    assertThat(csr.verify(new byte[0])).isFalse();
    write(dir, "csr.pem", csr.toPem());
    OpenSsl.Result r =
        OpenSsl.run(
            dir,
            "req",
            "-in",
            "csr.pem",
            "-verify",
            "-noout",
            "-vfyopt",
            "distid:1234567812345678");
    assertThat(r.exit()).as(r.stderr()).isZero();
    assertThat(r.stderr() + r.out()).contains("verify OK");
    // Without the ID, OpenSSL 3.0 reports a failure (but exits 0).
    OpenSsl.Result noId = OpenSsl.run(dir, "req", "-in", "csr.pem", "-verify", "-noout");
    assertThat(noId.stderr() + noId.out()).contains("verify failure");
  }

  /**
   * A self-signed root (ca.key, ca.pem) and a request for a new key (leaf.key, leaf.csr), made with
   * the OpenSSL 3.0 invocations that produce GM/T-conformant SM2 certificates.
   */
  static void opensslRootAndLeafRequest(Path dir) {
    OpenSsl.run(
            dir,
            "req",
            "-x509",
            "-newkey",
            "sm2",
            "-nodes",
            "-keyout",
            "ca.key",
            "-sm3",
            "-subj",
            "/C=CN/O=OpenSSL CA/CN=OpenSSL Root",
            "-sigopt",
            "distid:1234567812345678",
            "-days",
            "30",
            "-addext",
            "basicConstraints=critical,CA:TRUE",
            "-addext",
            "keyUsage=critical,keyCertSign,cRLSign",
            "-out",
            "ca.pem")
        .assertOk();
    OpenSsl.run(dir, "genpkey", "-algorithm", "SM2", "-out", "leaf.key").assertOk();
    OpenSsl.run(
            dir,
            "req",
            "-new",
            "-key",
            "leaf.key",
            "-sm3",
            "-subj",
            "/CN=openssl-leaf",
            "-sigopt",
            "distid:1234567812345678",
            "-out",
            "leaf.csr")
        .assertOk();
  }

  @Test
  void certificatesAndRequestsInEveryLayoutOpenSslReadsAreReadHereToo(@TempDir Path dir)
      throws Exception {
    opensslRootAndLeafRequest(dir);
    OpenSsl.run(dir, "x509", "-in", "ca.pem", "-outform", "DER", "-out", "c.der").assertOk();
    OpenSsl.run(dir, "req", "-in", "leaf.csr", "-outform", "DER", "-out", "r.der").assertOk();
    byte[] cert = Files.readAllBytes(dir.resolve("c.der"));
    byte[] csr = Files.readAllBytes(dir.resolve("r.der"));
    String b64Cert = java.util.Base64.getEncoder().encodeToString(cert);
    String b64Csr = java.util.Base64.getEncoder().encodeToString(csr);
    for (String layout : List.of("java", "bom", "edges")) {
      String certPem = layout("CERTIFICATE", b64Cert, layout);
      String csrPem = layout("CERTIFICATE REQUEST", b64Csr, layout);
      Files.writeString(dir.resolve("v.pem"), certPem, StandardCharsets.UTF_8);
      OpenSsl.run(dir, "x509", "-in", "v.pem", "-outform", "DER", "-out", "v.der").assertOk();
      assertThat(Files.readAllBytes(dir.resolve("v.der"))).as("OpenSSL, " + layout).isEqualTo(cert);
      assertThat(Sm2Certificates.parse(certPem.getBytes(StandardCharsets.UTF_8)).getEncoded())
          .as(layout)
          .isEqualTo(cert);
      Files.writeString(dir.resolve("v.pem"), csrPem, StandardCharsets.UTF_8);
      OpenSsl.run(dir, "req", "-in", "v.pem", "-outform", "DER", "-out", "v.der").assertOk();
      assertThat(Files.readAllBytes(dir.resolve("v.der"))).as("OpenSSL, " + layout).isEqualTo(csr);
      CertificateRequest parsed = CertificateRequest.parse(csrPem.getBytes(StandardCharsets.UTF_8));
      assertThat(parsed.encoded()).as(layout).isEqualTo(csr);
      assertThat(parsed.verify()).as(layout).isTrue();
    }
  }

  /**
   * A PEM block as Java code writes it (the whole body on one line), with a UTF-8 byte-order mark,
   * or in 64-character lines indented by a tab and ending in spaces.
   */
  static String layout(String label, String b64, String layout) {
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    switch (layout) {
      case "java":
        return begin + "\n" + b64 + "\n" + end + "\n";
      case "bom":
        return "\uFEFF" + begin + "\n" + b64 + "\n" + end + "\n";
      default:
        StringBuilder sb = new StringBuilder(begin).append("  \n");
        for (int i = 0; i < b64.length(); i += 64) {
          sb.append('\t').append(b64, i, Math.min(b64.length(), i + 64)).append(" \n");
        }
        return sb.append(end).append("\t\n").toString();
    }
  }

  @Test
  void certificatesWrittenByOpenSslParseAndVerifyHere(@TempDir Path dir) throws Exception {
    opensslRootAndLeafRequest(dir);
    OpenSsl.run(
            dir,
            "x509",
            "-req",
            "-in",
            "leaf.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-sm3",
            "-sigopt",
            "distid:1234567812345678",
            "-vfyopt",
            "distid:1234567812345678",
            "-days",
            "10",
            "-out",
            "leaf.pem")
        .assertOk();
    X509Certificate ca = Sm2Certificates.parse(Files.readAllBytes(dir.resolve("ca.pem")));
    X509Certificate opensslLeaf =
        Sm2Certificates.parse(Files.readAllBytes(dir.resolve("leaf.pem")));
    // The self-signature of "req -x509 -sigopt distid:..." really uses the ID.
    assertThat(Sm2Certificates.isSignedBy(ca, Sm2Certificates.publicKey(ca))).isTrue();
    assertThat(Sm2Certificates.isSignedBy(ca, Sm2Certificates.publicKey(ca), new byte[0]))
        .isFalse();
    assertThat(CertificateChainVerifier.trusting(List.of(ca)).verify(List.of(opensslLeaf)))
        .hasSize(2);
    assertThatThrownBy(
            () ->
                CertificateChainVerifier.trusting(List.of(ca))
                    .withId("other".getBytes(StandardCharsets.US_ASCII))
                    .verify(List.of(opensslLeaf)))
        .isInstanceOf(CertificateValidationException.class)
        .hasMessageContaining("leaf certificate 'CN=openssl-leaf'")
        .hasMessageContaining("distinguishing ID 'other'");
    // OpenSSL's request parses, checks and can be certified by our CA; OpenSSL accepts the result.
    CertificateRequest req = CertificateRequest.parse(Files.readAllBytes(dir.resolve("leaf.csr")));
    assertThat(req.verify()).isTrue();
    X509Certificate ours =
        CertificateBuilder.fromRequest(req, intermediate, intermediateKey).build();
    write(dir, "ours.pem", Sm2Certificates.toPem(ours));
    write(dir, "root.pem", Sm2Certificates.toPem(root));
    write(dir, "inter.pem", Sm2Certificates.toPem(intermediate));
    assertThat(
            OpenSsl.run(
                    dir,
                    "verify",
                    "-vfyopt",
                    "distid:1234567812345678",
                    "-partial_chain",
                    "-CAfile",
                    "inter.pem",
                    "ours.pem")
                .out())
        .contains("ours.pem: OK");
    // The key OpenSSL wrote belongs to the certificate we issued.
    Sm2PrivateKey leafPrivate = Sm2PrivateKey.fromPem(Files.readString(dir.resolve("leaf.key")));
    assertThat(Sm2Certificates.publicKey(ours)).isEqualTo(leafPrivate.publicKey());
  }

  @Test
  void invalidChainsAreRejectedWithTheReason() throws Exception {
    CertificateChainVerifier verifier = CertificateChainVerifier.trusting(List.of(root));
    // Expired and not yet valid.
    assertThatThrownBy(
            () ->
                verifier
                    .at(Instant.now().plus(Duration.ofDays(400)))
                    .verify(List.of(leaf, intermediate)))
        .hasMessageContaining("leaf certificate 'CN=api.example.cn,O=Example,C=CN': expired on");
    assertThatThrownBy(
            () ->
                verifier
                    .at(Instant.now().minus(Duration.ofDays(1)))
                    .verify(List.of(leaf, intermediate)))
        .hasMessageContaining("not valid before");
    // Missing intermediate: no anchor for the issuer.
    assertThatThrownBy(() -> verifier.verify(List.of(leaf)))
        .isInstanceOf(CertificateValidationException.class)
        .hasMessageContaining("no trust anchor for issuer 'CN=Anke Test Issuing CA");
    // A forged intermediate with the same name but another key.
    Sm2KeyHandle forger = Sm2KeyHandle.of(Sm2KeyPair.generate().privateKey());
    X509Certificate forgedLeaf =
        CertificateBuilder.issuedBy(
                CertificateBuilder.selfSigned("CN=Anke Test Issuing CA,O=Anke,C=CN", forger)
                    .ca(0)
                    .build(),
                forger,
                "CN=evil",
                forger.publicKey())
            .build();
    assertThatThrownBy(() -> verifier.verify(List.of(forgedLeaf, intermediate)))
        .hasMessageContaining(
            "leaf certificate 'CN=evil': signature does not verify with the key of 'CN=Anke Test Issuing CA,O=Anke,C=CN'");
    // An end-entity certificate used as an issuer.
    X509Certificate underLeaf =
        CertificateBuilder.issuedBy(leaf, leafKey, "CN=under leaf", forger.publicKey()).build();
    assertThatThrownBy(() -> verifier.verify(List.of(underLeaf, leaf, intermediate)))
        .hasMessageContaining(
            "certificate 1 'CN=api.example.cn,O=Example,C=CN': issues certificates but is not a CA");
    // Path length: the intermediate allows no CA below it.
    X509Certificate subCa =
        CertificateBuilder.issuedBy(intermediate, intermediateKey, "CN=sub CA", forger.publicKey())
            .ca(-1)
            .build();
    X509Certificate underSub =
        CertificateBuilder.issuedBy(subCa, forger, "CN=deep", leafKey.publicKey()).build();
    assertThatThrownBy(() -> verifier.verify(List.of(underSub, subCa, intermediate)))
        .hasMessageContaining("path length constraint 0 exceeded");
    // A CA without keyCertSign.
    X509Certificate noCertSign =
        CertificateBuilder.issuedBy(root, rootKey, "CN=weak CA", forger.publicKey())
            .ca(0)
            .keyUsage(KeyUsage.digitalSignature)
            .build();
    X509Certificate underWeak =
        CertificateBuilder.issuedBy(noCertSign, forger, "CN=x", leafKey.publicKey()).build();
    assertThatThrownBy(() -> verifier.verify(List.of(underWeak, noCertSign)))
        .hasMessageContaining("lacks keyCertSign");
    // Names out of order.
    assertThatThrownBy(() -> verifier.verify(List.of(leaf, root)))
        .hasMessageContaining("is not the subject of the next certificate");
    assertThatThrownBy(() -> verifier.verify(List.of())).hasMessageContaining("empty");
  }

  @Test
  void nonSm2CertificatesAreRefused(@TempDir Path dir) throws Exception {
    OpenSsl.run(
            dir,
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
            "-keyout",
            "k.pem",
            "-subj",
            "/CN=ecdsa",
            "-days",
            "2",
            "-out",
            "c.pem")
        .assertOk();
    X509Certificate ecdsa = Sm2Certificates.parse(Files.readAllBytes(dir.resolve("c.pem")));
    assertThatThrownBy(
            () -> CertificateChainVerifier.trusting(List.of(root)).verify(List.of(ecdsa)))
        .hasMessageContaining("not SM3withSM2");
    assertThatThrownBy(() -> Sm2Certificates.publicKey(ecdsa))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("not an SM2 public key");
  }

  @Test
  void malformedInputGetsClearErrors() {
    assertThatThrownBy(() -> Sm2Certificates.parse("hello".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("not a valid X.509 certificate");
    assertThatThrownBy(
            () ->
                Sm2Certificates.parse(
                    "-----BEGIN CERTIFICATE-----\nAAAA\n".getBytes(StandardCharsets.US_ASCII)))
        .hasMessageContaining("has no END line");
    assertThatThrownBy(() -> Sm2Certificates.parse(new byte[0]))
        .hasMessageContaining("empty input");
    assertThatThrownBy(
            () ->
                Sm2Certificates.parse(
                    (Sm2Certificates.toPem(root) + Sm2Certificates.toPem(leaf))
                        .getBytes(StandardCharsets.US_ASCII)))
        .hasMessageContaining("expected one certificate, found 2");
    assertThatThrownBy(
            () ->
                CertificateRequest.parse(
                    Sm2Certificates.toPem(root).getBytes(StandardCharsets.US_ASCII)))
        .hasMessageContaining(
            "expected one 'CERTIFICATE REQUEST' PEM block, found 0 (blocks: CERTIFICATE)");
    assertThatThrownBy(() -> CertificateRequest.parse(new byte[] {0x30, 0x03, 0x02, 0x01, 0x00}))
        .hasMessageContaining("not a valid PKCS#10");
    assertThatThrownBy(() -> CertificateBuilder.selfSigned("no equals sign", leafKey))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("distinguished name");
    assertThatThrownBy(
            () -> CertificateBuilder.issuedBy(root, leafKey, "CN=x", leafKey.publicKey()))
        .hasMessageContaining("does not belong to the issuer certificate");
  }
}
