package io.anke.crypto.pkix;

import io.anke.crypto.Bilingual;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.sm2.Sm2;
import io.anke.crypto.sm2.Sm2PublicKey;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bouncycastle.asn1.x509.Extension;

/**
 * Validates SM2 certificate chains against trust anchors: SM3withSM2 signatures under the
 * distinguishing ID (default {@code 1234567812345678}), validity periods, issuer/subject name
 * chaining, basicConstraints and keyUsage of issuers, path length constraints, and unknown critical
 * extensions.
 *
 * <p>Not covered (do these separately where they matter): revocation (CRL, OCSP), name and policy
 * constraints, extended key usage for a purpose. Immutable and thread-safe.
 */
public final class CertificateChainVerifier {
  private static final Set<String> KNOWN_CRITICAL =
      Set.of(
          Extension.basicConstraints.getId(),
          Extension.keyUsage.getId(),
          Extension.extendedKeyUsage.getId(),
          Extension.subjectAlternativeName.getId());

  private final List<X509Certificate> anchors;
  private final byte[] id;
  private final Instant at;

  private CertificateChainVerifier(List<X509Certificate> anchors, byte[] id, Instant at) {
    this.anchors = anchors;
    this.id = id;
    this.at = at;
  }

  /** A verifier trusting {@code anchors} (root or intermediate CA certificates). */
  public static CertificateChainVerifier trusting(List<X509Certificate> anchors) {
    if (anchors.isEmpty()) {
      throw new IllegalArgumentException(CryptoMessage.CHAIN_NO_ANCHOR.english());
    }
    return new CertificateChainVerifier(List.copyOf(anchors), Sm2.defaultId(), null);
  }

  /** The same verifier with another distinguishing ID for every signature in the chain. */
  public CertificateChainVerifier withId(byte[] id) {
    return new CertificateChainVerifier(anchors, id.clone(), at);
  }

  /** The same verifier checking validity at {@code time} instead of now. */
  public CertificateChainVerifier at(Instant time) {
    return new CertificateChainVerifier(anchors, id, Objects.requireNonNull(time));
  }

  /**
   * Validates {@code chain} (leaf first; intermediates in order; the anchor may be included or left
   * out) and returns the full path from leaf to anchor.
   *
   * @throws CertificateValidationException naming the first certificate that fails and why
   */
  public List<X509Certificate> verify(List<X509Certificate> chain)
      throws CertificateValidationException {
    if (chain.isEmpty()) {
      throw new CertificateValidationException(-1, CryptoMessage.CHAIN_EMPTY.text());
    }
    Instant now = at != null ? at : Instant.now();
    List<X509Certificate> path = new ArrayList<>();
    for (int i = 0; i < chain.size(); i++) {
      X509Certificate cert = chain.get(i);
      path.add(cert);
      checkCertificate(cert, i, now);
      if (isAnchor(cert)) {
        return path;
      }
      X509Certificate issuer;
      if (i + 1 < chain.size()) {
        issuer = chain.get(i + 1);
        if (!issuer.getSubjectX500Principal().equals(cert.getIssuerX500Principal())) {
          throw new CertificateValidationException(
              i,
              CryptoMessage.CHAIN_ISSUER_MISMATCH.text(
                  describe(i, cert),
                  cert.getIssuerX500Principal().getName(),
                  issuer.getSubjectX500Principal().getName()));
        }
      } else {
        issuer = findAnchor(cert);
        if (issuer == null) {
          throw new CertificateValidationException(
              i,
              CryptoMessage.CHAIN_NO_TRUST_ANCHOR.text(
                  describe(i, cert), cert.getIssuerX500Principal().getName()));
        }
      }
      checkSignature(cert, i, issuer);
      // Below the issuer at i + 1 sit the CA certificates 1..i (certificate 0 is the leaf).
      checkIssuerIsCa(issuer, i + 1, i);
      if (i + 1 == chain.size()) {
        checkCertificate(issuer, i + 1, now);
        path.add(issuer);
        return path;
      }
    }
    throw new AssertionError(CryptoMessage.UNREACHABLE.english());
  }

  private void checkCertificate(X509Certificate cert, int i, Instant now)
      throws CertificateValidationException {
    if (!Sm2.SM3_WITH_SM2_OID.equals(cert.getSigAlgOID())) {
      throw new CertificateValidationException(
          i,
          CryptoMessage.CHAIN_NOT_SM3_WITH_SM2.text(
              describe(i, cert), cert.getSigAlgName(), cert.getSigAlgOID()));
    }
    try {
      cert.checkValidity(Date.from(now));
    } catch (CertificateExpiredException e) {
      throw new CertificateValidationException(
          i, CryptoMessage.CHAIN_EXPIRED.text(describe(i, cert), cert.getNotAfter().toInstant()));
    } catch (CertificateNotYetValidException e) {
      throw new CertificateValidationException(
          i,
          CryptoMessage.CHAIN_NOT_YET_VALID.text(
              describe(i, cert), cert.getNotBefore().toInstant()));
    }
    Set<String> critical = cert.getCriticalExtensionOIDs();
    if (critical != null) {
      for (String oid : critical) {
        if (!KNOWN_CRITICAL.contains(oid)) {
          throw new CertificateValidationException(
              i, CryptoMessage.CHAIN_UNKNOWN_CRITICAL_EXTENSION.text(describe(i, cert), oid));
        }
      }
    }
  }

  private void checkSignature(X509Certificate cert, int i, X509Certificate issuer)
      throws CertificateValidationException {
    Sm2PublicKey issuerKey;
    try {
      issuerKey = Sm2Certificates.publicKey(issuer);
    } catch (IllegalArgumentException e) {
      throw new CertificateValidationException(
          i + 1,
          CryptoMessage.WHERE_DETAIL.text(describe(i + 1, issuer), CryptoMessage.causeText(e)));
    }
    if (!Sm2Certificates.isSignedBy(cert, issuerKey, id)) {
      throw new CertificateValidationException(
          i,
          CryptoMessage.CHAIN_BAD_SIGNATURE.text(
              describe(i, cert), issuer.getSubjectX500Principal().getName(), printable(id)));
    }
  }

  private static void checkIssuerIsCa(X509Certificate issuer, int i, int caBelow)
      throws CertificateValidationException {
    int pathLen = issuer.getBasicConstraints();
    if (pathLen < 0) {
      throw new CertificateValidationException(
          i, CryptoMessage.CHAIN_ISSUER_NOT_CA.text(describe(i, issuer)));
    }
    boolean[] usage = issuer.getKeyUsage();
    if (usage != null && (usage.length <= 5 || !usage[5])) {
      throw new CertificateValidationException(
          i, CryptoMessage.CHAIN_ISSUER_NO_KEY_CERT_SIGN.text(describe(i, issuer)));
    }
    if (pathLen != Integer.MAX_VALUE && caBelow > pathLen) {
      throw new CertificateValidationException(
          i, CryptoMessage.CHAIN_PATH_TOO_LONG.text(describe(i, issuer), pathLen, caBelow));
    }
  }

  private boolean isAnchor(X509Certificate cert) {
    for (X509Certificate a : anchors) {
      if (Arrays.equals(Sm2Certificates.encoded(a), Sm2Certificates.encoded(cert))) {
        return true;
      }
    }
    return false;
  }

  private X509Certificate findAnchor(X509Certificate cert) {
    for (X509Certificate a : anchors) {
      if (a.getSubjectX500Principal().equals(cert.getIssuerX500Principal())) {
        try {
          if (Sm2Certificates.isSignedBy(cert, Sm2Certificates.publicKey(a), id)) {
            return a;
          }
        } catch (IllegalArgumentException notSm2) {
          // an anchor with another key type cannot have signed an SM2 chain
        }
      }
    }
    // Return a same-name anchor anyway so that the signature error names it.
    for (X509Certificate a : anchors) {
      if (a.getSubjectX500Principal().equals(cert.getIssuerX500Principal())) {
        return a;
      }
    }
    return null;
  }

  private static Bilingual describe(int i, X509Certificate cert) {
    String subject = cert.getSubjectX500Principal().getName();
    return i == 0
        ? CryptoMessage.CHAIN_LEAF.text(subject)
        : CryptoMessage.CHAIN_CERT_AT.text(i, subject);
  }

  private static String printable(byte[] id) {
    for (byte b : id) {
      if (b < 0x20 || b > 0x7e) {
        return "hex:" + io.anke.crypto.Hex.encode(id);
      }
    }
    return new String(id, java.nio.charset.StandardCharsets.US_ASCII);
  }
}
