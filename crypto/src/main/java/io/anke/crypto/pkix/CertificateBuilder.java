package io.anke.crypto.pkix;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.pkix.internal.Sm2ContentSigner;
import io.anke.crypto.provider.Sm2SigningKeyHandle;
import io.anke.crypto.provider.internal.Jca;
import io.anke.crypto.sm2.Sm2;
import io.anke.crypto.sm2.Sm2PublicKey;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;

/**
 * Builds X.509 v3 certificates for SM2 keys, signed with SM3withSM2 under an explicit
 * distinguishing ID (default {@code 1234567812345678}, GM/T 0009), so that OpenSSL 3 verifies them
 * with {@code -vfyopt distid:1234567812345678}.
 *
 * <pre>{@code
 * X509Certificate ca = CertificateBuilder.selfSigned("CN=Example Root CA,O=Example", caKey)
 *     .ca(1).validFor(Duration.ofDays(3650)).build();
 * X509Certificate leaf = CertificateBuilder.issuedBy(ca, caKey, "CN=api.example.cn", leafPublicKey)
 *     .dnsNames("api.example.cn").build();
 * }</pre>
 *
 * Defaults: a random positive 127-bit serial number, valid from one minute ago for 365 days, end
 * entity with key usage digitalSignature, subject and authority key identifiers (SM3 of the public
 * key, truncated to 160 bits as RFC 7093 allows).
 */
public final class CertificateBuilder {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final X500Name subject;
  private final Sm2PublicKey subjectKey;
  private final X500Name issuer;
  private final Sm2PublicKey issuerKey;
  private final Sm2SigningKeyHandle signer;
  private BigInteger serial;
  private Instant notBefore;
  private Instant notAfter;
  private int pathLength = -2; // -2: end entity; -1: CA without limit; >= 0: CA with limit
  private Integer keyUsage;
  private final List<String> dnsNames = new ArrayList<>();
  private byte[] id = Sm2.defaultId();

  private CertificateBuilder(
      X500Name subject,
      Sm2PublicKey subjectKey,
      X500Name issuer,
      Sm2PublicKey issuerKey,
      Sm2SigningKeyHandle signer) {
    this.subject = subject;
    this.subjectKey = subjectKey;
    this.issuer = issuer;
    this.issuerKey = issuerKey;
    this.signer = signer;
    Instant now = Instant.now();
    this.notBefore = now.minusSeconds(60);
    this.notAfter = now.plus(Duration.ofDays(365));
  }

  /**
   * A self-signed certificate for {@code key}.
   *
   * @param subject the distinguished name in RFC 4514 form ({@code "CN=Root,O=Example,C=CN"})
   * @throws CryptoFormatException if {@code subject} is not a valid name
   */
  public static CertificateBuilder selfSigned(String subject, Sm2SigningKeyHandle key) {
    X500Name name = name(subject);
    return new CertificateBuilder(name, key.publicKey(), name, key.publicKey(), key);
  }

  /**
   * A certificate for {@code subjectKey} issued by the holder of {@code issuerKey}, whose
   * certificate is {@code issuerCertificate}.
   *
   * @throws IllegalArgumentException if {@code issuerKey} does not belong to {@code
   *     issuerCertificate}
   */
  public static CertificateBuilder issuedBy(
      X509Certificate issuerCertificate,
      Sm2SigningKeyHandle issuerKey,
      String subject,
      Sm2PublicKey subjectKey) {
    Sm2PublicKey certKey = Sm2Certificates.publicKey(issuerCertificate);
    if (!certKey.equals(issuerKey.publicKey())) {
      throw new IllegalArgumentException(
          CryptoMessage.CERT_ISSUER_KEY_MISMATCH.english(
              Sm2Certificates.subjectOf(issuerCertificate)));
    }
    X500Name issuer = Sm2Certificates.holder(issuerCertificate).getSubject();
    return new CertificateBuilder(
        name(subject), Objects.requireNonNull(subjectKey), issuer, certKey, issuerKey);
  }

  /**
   * A certificate for the subject and key of a checked PKCS#10 request, issued by the holder of
   * {@code issuerKey}.
   */
  public static CertificateBuilder fromRequest(
      CertificateRequest request,
      X509Certificate issuerCertificate,
      Sm2SigningKeyHandle issuerKey) {
    CertificateBuilder b =
        issuedBy(issuerCertificate, issuerKey, request.subject(), request.publicKey());
    b.dnsNames.addAll(request.dnsNames());
    return b;
  }

  /** The serial number (positive, at most 20 bytes). */
  public CertificateBuilder serialNumber(BigInteger serial) {
    if (serial.signum() <= 0 || serial.bitLength() > 159) {
      throw new IllegalArgumentException(CryptoMessage.CERT_BAD_SERIAL.english());
    }
    this.serial = serial;
    return this;
  }

  /** The validity period. */
  public CertificateBuilder validity(Instant notBefore, Instant notAfter) {
    if (!notAfter.isAfter(notBefore)) {
      throw new IllegalArgumentException(CryptoMessage.CERT_BAD_VALIDITY.english());
    }
    this.notBefore = notBefore;
    this.notAfter = notAfter;
    return this;
  }

  /** Valid from one minute ago for {@code duration}. */
  public CertificateBuilder validFor(Duration duration) {
    Instant now = Instant.now();
    return validity(now.minusSeconds(60), now.plus(duration));
  }

  /**
   * Makes this a CA certificate (basicConstraints cA=true, critical; key usage keyCertSign and
   * cRLSign) allowing {@code pathLength} intermediate CAs below it, or any number if negative.
   */
  public CertificateBuilder ca(int pathLength) {
    this.pathLength = pathLength < 0 ? -1 : pathLength;
    return this;
  }

  /**
   * Key usage bits as in {@link KeyUsage} ({@code KeyUsage.digitalSignature |
   * KeyUsage.keyEncipherment}), replacing the default.
   */
  public CertificateBuilder keyUsage(int bits) {
    this.keyUsage = bits;
    return this;
  }

  /** DNS names for the subjectAltName extension. */
  public CertificateBuilder dnsNames(String... names) {
    dnsNames.addAll(Arrays.asList(names));
    return this;
  }

  /** The distinguishing ID used to sign (the issuer's ID); default {@code 1234567812345678}. */
  public CertificateBuilder signerId(byte[] id) {
    if (id.length > Sm2.MAX_ID_BYTES) {
      throw new IllegalArgumentException(CryptoMessage.SM2_ID_TOO_LONG.english(Sm2.MAX_ID_BYTES));
    }
    this.id = id.clone();
    return this;
  }

  /** Signs and returns the certificate. */
  public X509Certificate build() {
    BigInteger sn = serial != null ? serial : new BigInteger(127, RANDOM).setBit(126);
    try {
      SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(subjectKey.toSpkiDer());
      X509v3CertificateBuilder b =
          new X509v3CertificateBuilder(
              issuer, sn, Date.from(notBefore), Date.from(notAfter), subject, spki);
      boolean isCa = pathLength != -2;
      if (isCa) {
        b.addExtension(
            Extension.basicConstraints,
            true,
            pathLength < 0 ? new BasicConstraints(true) : new BasicConstraints(pathLength));
      } else {
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      }
      int usage =
          keyUsage != null
              ? keyUsage
              : isCa ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature;
      b.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
      b.addExtension(
          Extension.subjectKeyIdentifier, false, new SubjectKeyIdentifier(keyId(subjectKey)));
      b.addExtension(
          Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(keyId(issuerKey)));
      if (!dnsNames.isEmpty()) {
        GeneralName[] names =
            dnsNames.stream()
                .map(n -> new GeneralName(GeneralName.dNSName, n))
                .toArray(GeneralName[]::new);
        b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
      }
      byte[] der = b.build(new Sm2ContentSigner(signer, id)).getEncoded();
      return (X509Certificate)
          Jca.certificateFactory().generateCertificate(new ByteArrayInputStream(der));
    } catch (IOException | CertificateException e) {
      throw new IllegalStateException(CryptoMessage.CERT_ENCODING_FAILED.english(), e);
    }
  }

  static byte[] keyId(Sm2PublicKey key) {
    return Sm2Certificates.keyIdentifier(key);
  }

  static X500Name name(String dn) {
    Objects.requireNonNull(dn, "subject");
    X500Principal principal;
    try {
      // The JDK parser follows RFC 4514: the last RDN of the text is the first in DER, so that
      // "CN=x,O=y,C=CN" is encoded C, O, CN as OpenSSL's "/C=CN/O=y/CN=x".
      principal = new X500Principal(dn);
    } catch (IllegalArgumentException e) {
      throw new CryptoFormatException(CryptoMessage.CERT_BAD_DN.text(dn, e.getMessage()), e);
    }
    X500Name name = X500Name.getInstance(principal.getEncoded());
    if (name.getRDNs().length == 0) {
      throw new CryptoFormatException(CryptoMessage.CERT_EMPTY_DN.text());
    }
    return name;
  }
}
