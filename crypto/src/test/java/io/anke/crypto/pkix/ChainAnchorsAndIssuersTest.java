package io.anke.crypto.pkix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.sm2.Sm2KeyPair;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

/**
 * How {@link CertificateChainVerifier} picks and checks the certificate above each one: an anchor
 * found by name (also when a renewed root keeps the old name), an anchor that is not in the chain
 * (checked like the others), an issuer without an SM2 key, and the exception's index, message in
 * both languages and the distinguishing ID it names. Every certificate is built inside its test.
 */
class ChainAnchorsAndIssuersTest {
  private static Sm2KeyHandle newKey() {
    return Sm2KeyHandle.of(Sm2KeyPair.generate().privateKey());
  }

  /** The keys of the CAs made by {@link #selfSignedCa}, for {@link #leafUnder}. */
  private final Map<X509Certificate, Sm2KeyHandle> caKeys = new HashMap<>();

  private X509Certificate selfSignedCa(String subject) {
    Sm2KeyHandle key = newKey();
    X509Certificate ca = CertificateBuilder.selfSigned(subject, key).ca(0).build();
    caKeys.put(ca, key);
    return ca;
  }

  private X509Certificate leafUnder(X509Certificate ca) {
    return CertificateBuilder.issuedBy(ca, caKeys.get(ca), "CN=leaf", newKey().publicKey()).build();
  }

  @Test
  void aRenewedRootWithTheSameNameIsFoundAmongTheAnchors() throws Exception {
    Sm2KeyHandle oldKey = newKey();
    Sm2KeyHandle newKey = newKey();
    String name = "CN=Anke Renewed Root,C=CN";
    X509Certificate oldRoot = CertificateBuilder.selfSigned(name, oldKey).ca(0).build();
    X509Certificate newRoot = CertificateBuilder.selfSigned(name, newKey).ca(0).build();
    X509Certificate leaf =
        CertificateBuilder.issuedBy(newRoot, newKey, "CN=leaf", newKey().publicKey()).build();
    // The old root comes first and has the issuer's name, but did not sign the leaf.
    assertThat(CertificateChainVerifier.trusting(List.of(oldRoot, newRoot)).verify(List.of(leaf)))
        .containsExactly(leaf, newRoot);
    assertThat(CertificateChainVerifier.trusting(List.of(newRoot, oldRoot)).verify(List.of(leaf)))
        .containsExactly(leaf, newRoot);
    // Only the old one trusted: the same-name anchor is named in the signature error.
    assertThatThrownBy(
            () -> CertificateChainVerifier.trusting(List.of(oldRoot)).verify(List.of(leaf)))
        .isInstanceOfSatisfying(
            CertificateValidationException.class, e -> assertThat(e.index()).isZero())
        .hasMessage(
            "leaf certificate 'CN=leaf': signature does not verify with the key of"
                + " 'CN=Anke Renewed Root,C=CN' under distinguishing ID '1234567812345678'");
  }

  @Test
  void anAnchorLeftOutOfTheChainIsCheckedLikeTheOthers() throws Exception {
    Sm2KeyHandle rootKey = newKey();
    Instant now = Instant.now();
    X509Certificate root =
        CertificateBuilder.selfSigned("CN=Short Root,C=CN", rootKey)
            .ca(0)
            .validity(now.minus(Duration.ofDays(10)), now.plus(Duration.ofDays(1)))
            .build();
    X509Certificate leaf =
        CertificateBuilder.issuedBy(root, rootKey, "CN=long leaf", newKey().publicKey())
            .validity(now.minus(Duration.ofDays(10)), now.plus(Duration.ofDays(30)))
            .build();
    CertificateChainVerifier verifier = CertificateChainVerifier.trusting(List.of(root));
    assertThat(verifier.verify(List.of(leaf))).containsExactly(leaf, root);
    // Two days on the leaf is still valid, the anchor above it is not.
    CertificateValidationException e =
        catchValidation(verifier.at(now.plus(Duration.ofDays(2))), List.of(leaf));
    assertThat(e.index()).isEqualTo(1);
    assertThat(e.getMessage()).startsWith("certificate 1 'CN=Short Root,C=CN': expired on ");
    assertThat(e.messageIn(Locale.CHINA)).startsWith("第 1 张证书 'CN=Short Root,C=CN'：已于 ");
    assertThat(e.messageIn(Locale.ENGLISH)).isEqualTo(e.getMessage());
  }

  @Test
  void anIssuerWithoutAnSm2KeyIsNamedAtItsOwnPosition() throws Exception {
    X509Certificate ca = selfSignedCa("CN=Mixed CA,C=CN");
    X509Certificate leaf = leafUnder(ca);
    X509Certificate ecdsaCa = ecdsaSelfSigned("CN=Mixed CA,C=CN");
    CertificateValidationException e =
        catchValidation(CertificateChainVerifier.trusting(List.of(ca)), List.of(leaf, ecdsaCa));
    assertThat(e.index()).isEqualTo(1);
    assertThat(e.getMessage())
        .startsWith("certificate 1 'CN=Mixed CA,C=CN': ")
        .contains("certificate CN=Mixed CA,C=CN: not an SM2 public key");
  }

  @Test
  void theDistinguishingIdIsShownAsTextWhenPrintableAndAsHexOtherwise() throws Exception {
    X509Certificate ca = selfSignedCa("CN=Id CA,C=CN");
    X509Certificate leaf = leafUnder(ca);
    CertificateChainVerifier verifier = CertificateChainVerifier.trusting(List.of(ca));
    // Space and tilde are the first and last printable ASCII characters.
    assertThat(badSignature(verifier.withId(" id~".getBytes(StandardCharsets.US_ASCII)), leaf))
        .endsWith("under distinguishing ID ' id~'");
    assertThat(badSignature(verifier.withId(new byte[] {0x41, 0x1f}), leaf))
        .endsWith("under distinguishing ID 'hex:411f'");
    assertThat(badSignature(verifier.withId(new byte[] {0x41, 0x7f}), leaf))
        .endsWith("under distinguishing ID 'hex:417f'");
  }

  @Test
  void aPlainMessageExceptionIsTheSameInEveryLanguage() {
    CertificateValidationException e = new CertificateValidationException(2, "custom reason");
    assertThat(e.index()).isEqualTo(2);
    assertThat(e.messageIn(Locale.CHINA)).isEqualTo("custom reason");
    assertThat(e.getLocalizedMessage()).isEqualTo("custom reason");
  }

  private static String badSignature(CertificateChainVerifier verifier, X509Certificate leaf) {
    CertificateValidationException e = catchValidation(verifier, List.of(leaf));
    assertThat(e.index()).isZero();
    return e.getMessage();
  }

  private static CertificateValidationException catchValidation(
      CertificateChainVerifier verifier, List<X509Certificate> chain) {
    try {
      verifier.verify(chain);
    } catch (CertificateValidationException e) {
      return e;
    }
    throw new AssertionError("chain accepted: " + chain);
  }

  /** A self-signed ECDSA P-256 CA certificate: a name an SM2 chain may share, another key type. */
  static X509Certificate ecdsaSelfSigned(String subject) throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair kp = g.generateKeyPair();
    Instant now = Instant.now();
    // Encoded as the JDK (and CertificateBuilder) encode it: RFC 4514 text, last RDN first.
    X500Name name = X500Name.getInstance(new X500Principal(subject).getEncoded());
    return new JcaX509CertificateConverter()
        .getCertificate(
            new JcaX509v3CertificateBuilder(
                    name,
                    BigInteger.TEN,
                    Date.from(now.minusSeconds(60)),
                    Date.from(now.plus(Duration.ofDays(1))),
                    name,
                    kp.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(kp.getPrivate())));
  }
}
