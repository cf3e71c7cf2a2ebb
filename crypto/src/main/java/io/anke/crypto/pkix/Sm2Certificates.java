package io.anke.crypto.pkix;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.Hex;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.Pem;
import io.anke.crypto.pkix.internal.Sm2ContentVerifierProvider;
import io.anke.crypto.provider.internal.Jca;
import io.anke.crypto.sm2.Sm2;
import io.anke.crypto.sm2.Sm2PublicKey;
import io.anke.crypto.sm3.Sm3;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Reading, writing and checking SM2 certificates. Certificates are {@link X509Certificate}s made by
 * Bouncy Castle's certificate factory (the JDK's own cannot parse SM2 keys); they work with every
 * JDK API that does not need to interpret the key.
 */
public final class Sm2Certificates {
  private Sm2Certificates() {}

  /**
   * Parses exactly one certificate, PEM or DER.
   *
   * @throws CryptoFormatException if the input holds no certificate, several, or a malformed one
   */
  public static X509Certificate parse(byte[] pemOrDer) {
    List<X509Certificate> all = parseAll(pemOrDer);
    if (all.size() != 1) {
      throw new CryptoFormatException(CryptoMessage.CERT_COUNT.text(all.size()));
    }
    return all.get(0);
  }

  /**
   * Parses one or more PEM certificates (other PEM blocks are skipped) or one DER certificate.
   *
   * @throws CryptoFormatException if there is no certificate, a PEM block is not strict, or a
   *     certificate is malformed
   */
  public static List<X509Certificate> parseAll(byte[] pemOrDer) {
    return Jca.parseCertificates(pemOrDer, CryptoMessage.LABEL_CERTIFICATE.text());
  }

  /** The PEM text of a certificate ({@code -----BEGIN CERTIFICATE-----}, 64-column Base64). */
  public static String toPem(X509Certificate certificate) {
    return pem("CERTIFICATE", encoded(certificate));
  }

  /** The PEM text of several certificates, in order. */
  public static String toPem(List<X509Certificate> certificates) {
    StringBuilder sb = new StringBuilder();
    for (X509Certificate c : certificates) {
      sb.append(toPem(c));
    }
    return sb.toString();
  }

  /**
   * The SM2 public key of a certificate.
   *
   * @throws CryptoFormatException if the certificate's key is not an SM2 key
   */
  public static Sm2PublicKey publicKey(X509Certificate certificate) {
    try {
      return Sm2PublicKey.fromDer(holder(certificate).getSubjectPublicKeyInfo().getEncoded());
    } catch (IOException e) {
      throw new CryptoFormatException(CryptoMessage.CERT_CANNOT_ENCODE_KEY.text(), e);
    } catch (CryptoFormatException e) {
      throw new CryptoFormatException(
          CryptoMessage.CERT_NOT_SM2.text(subjectOf(certificate), CryptoMessage.causeText(e)), e);
    }
  }

  /**
   * True if {@code certificate} is signed with SM3withSM2 by {@code issuerKey} under the
   * distinguishing ID {@code id}; false for any other signature, including a malformed one.
   */
  public static boolean isSignedBy(X509Certificate certificate, Sm2PublicKey issuerKey, byte[] id) {
    try {
      return holder(certificate)
          .isSignatureValid(new Sm2ContentVerifierProvider(issuerKey, id, null));
    } catch (CertException | RuntimeException e) {
      // Bouncy Castle decodes the signature BIT STRING lazily (unused bits throw): not signed.
      return false;
    }
  }

  /** {@link #isSignedBy(X509Certificate, Sm2PublicKey, byte[])} with the default ID. */
  public static boolean isSignedBy(X509Certificate certificate, Sm2PublicKey issuerKey) {
    return isSignedBy(certificate, issuerKey, Sm2.defaultId());
  }

  /** SM3 of the DER encoding, lowercase hex: a fingerprint that needs no SHA. */
  public static String sm3Fingerprint(X509Certificate certificate) {
    return Hex.encode(Sm3.digest(encoded(certificate)));
  }

  /**
   * The key identifier of an SM2 public key: SM3 of the 65-byte uncompressed point, truncated to
   * 160 bits (RFC 7093 method 4 style, with SM3). Certificates made here carry it as their subject
   * key identifier, and CMS signers without a certificate are named by it.
   */
  public static byte[] keyIdentifier(Sm2PublicKey key) {
    return Arrays.copyOf(Sm3.digest(key.toUncompressed()), 20);
  }

  /** The subject in RFC 4514 form, for messages. */
  public static String subjectOf(X509Certificate certificate) {
    return certificate.getSubjectX500Principal().getName();
  }

  static X509CertificateHolder holder(X509Certificate certificate) {
    try {
      return new X509CertificateHolder(encoded(certificate));
    } catch (IOException e) {
      throw new CryptoFormatException(CryptoMessage.CERT_MALFORMED.text(), e);
    }
  }

  static byte[] encoded(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new CryptoFormatException(CryptoMessage.CERT_NOT_ENCODABLE.text(), e);
    }
  }

  static String pem(String type, byte[] der) {
    return Pem.encode(type, der);
  }
}
