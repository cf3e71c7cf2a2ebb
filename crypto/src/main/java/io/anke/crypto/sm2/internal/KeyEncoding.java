package io.anke.crypto.sm2.internal;

import io.anke.crypto.internal.CryptoMessage;
import java.io.IOException;
import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Writes PKCS#8, SEC1 (RFC 5915) and SubjectPublicKeyInfo for SM2 keys, exactly as OpenSSL 3 writes
 * them: algorithm id-ecPublicKey with the named curve 1.2.156.10197.1.301, a 32-byte private scalar
 * and the public point inside the private key. {@link KeyFileDecoder} reads them.
 */
public final class KeyEncoding {
  private static final ECDomainParameters DOMAIN = Sm2Domain.SM2P256V1;
  private static final AlgorithmIdentifier ALGORITHM =
      new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, Sm2Domain.CURVE_OID);

  private KeyEncoding() {}

  /** PKCS#8 PrivateKeyInfo DER, as {@code openssl genpkey -algorithm SM2 -outform DER}. */
  public static byte[] pkcs8(BigInteger d, ECPoint q) {
    try {
      ECPrivateKey inner =
          new ECPrivateKey(
              DOMAIN.getN().bitLength(), d, new DERBitString(Sm2Domain.uncompressed(q)), null);
      return new PrivateKeyInfo(ALGORITHM, inner).getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new IllegalStateException(CryptoMessage.KEY_ENCODE_FAILED.english("PKCS#8"), e);
    }
  }

  /** SEC1 ECPrivateKey DER with the named curve, as {@code openssl ec -outform DER}. */
  public static byte[] sec1(BigInteger d, ECPoint q) {
    try {
      return new ECPrivateKey(
              DOMAIN.getN().bitLength(),
              d,
              new DERBitString(Sm2Domain.uncompressed(q)),
              Sm2Domain.CURVE_OID)
          .getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new IllegalStateException(CryptoMessage.KEY_ENCODE_FAILED.english("SEC1"), e);
    }
  }

  /** SubjectPublicKeyInfo DER, as {@code openssl pkey -pubout -outform DER}. */
  public static byte[] spki(ECPoint q) {
    try {
      return new SubjectPublicKeyInfo(ALGORITHM, Sm2Domain.uncompressed(q))
          .getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new IllegalStateException(
          CryptoMessage.KEY_ENCODE_FAILED.english("SubjectPublicKeyInfo"), e);
    }
  }
}
