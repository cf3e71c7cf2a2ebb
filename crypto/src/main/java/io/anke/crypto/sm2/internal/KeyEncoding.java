package io.anke.crypto.sm2.internal;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.function.Supplier;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Null;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECPoint;

/**
 * PKCS#8, SEC1 (RFC 5915) and SubjectPublicKeyInfo for SM2 keys. Writes exactly what OpenSSL 3
 * writes: algorithm id-ecPublicKey with the named curve 1.2.156.10197.1.301, a 32-byte private
 * scalar and the public point inside the private key. Reads that, Bouncy Castle's forms (explicit
 * curve parameters) and the form with the SM2 curve OID as the algorithm.
 */
public final class KeyEncoding {
  private static final ECDomainParameters DOMAIN = Sm2Domain.SM2P256V1;
  private static final AlgorithmIdentifier ALGORITHM =
      new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, Sm2Domain.CURVE_OID);

  private KeyEncoding() {}

  /** A decoded private key: d and, when the encoding carried it, the public point. */
  public record PrivateKeyData(BigInteger d, ECPoint embeddedPublicPoint, String format) {}

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

  /**
   * Runs a parse step and reports anything Bouncy Castle's ASN.1 classes throw as the one
   * documented failure. They parse lazily: a malformed tag or length deep inside a key surfaces in
   * accessors such as {@code getPublicKey()} as {@link IllegalArgumentException}, {@link
   * IllegalStateException} or {@code ASN1ParsingException}, not when the bytes are first read.
   */
  private static <T> T guarded(String what, Supplier<T> step) {
    try {
      return step.get();
    } catch (CryptoFormatException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new CryptoFormatException(
          CryptoMessage.KEY_MALFORMED_DER.text(what, CryptoMessage.causeText(e)), e);
    }
  }

  /** Decodes a private key in PKCS#8 or SEC1 DER, telling them apart by structure. */
  public static PrivateKeyData parsePrivateKey(byte[] der) {
    return guarded("private key", () -> parsePrivateKey(sequence(der, "private key")));
  }

  private static PrivateKeyData parsePrivateKey(ASN1Sequence seq) {
    if (seq.size() >= 3 && seq.getObjectAt(0) instanceof ASN1Integer) {
      if (seq.getObjectAt(1) instanceof ASN1Sequence) {
        return parsePkcs8(seq);
      }
      if (seq.getObjectAt(1) instanceof ASN1OctetString) {
        return parseSec1(seq, "SEC1 EC private key");
      }
    }
    if (seq.size() == 2
        && seq.getObjectAt(0) instanceof ASN1Sequence
        && seq.getObjectAt(1) instanceof ASN1OctetString) {
      throw new CryptoFormatException(CryptoMessage.PRIVATE_KEY_IS_ENCRYPTED.text());
    }
    if (seq.size() == 2
        && seq.getObjectAt(0) instanceof ASN1Sequence
        && seq.getObjectAt(1) instanceof ASN1BitString) {
      throw new CryptoFormatException(CryptoMessage.PRIVATE_KEY_IS_PUBLIC_KEY.text());
    }
    if (seq.size() == 3 && seq.getObjectAt(0) instanceof ASN1Sequence) {
      throw new CryptoFormatException(CryptoMessage.PRIVATE_KEY_IS_CERTIFICATE.text());
    }
    throw new CryptoFormatException(CryptoMessage.PRIVATE_KEY_UNKNOWN_STRUCTURE.text());
  }

  /** Decodes PKCS#8 PrivateKeyInfo DER. */
  public static PrivateKeyData parsePkcs8(byte[] der) {
    String what = "PKCS#8 private key";
    return guarded(what, () -> parsePkcs8(sequence(der, what)));
  }

  /** Decodes SEC1 ECPrivateKey DER. */
  public static PrivateKeyData parseSec1(byte[] der) {
    String what = "SEC1 EC private key";
    return guarded(what, () -> parseSec1(sequence(der, what), what));
  }

  private static PrivateKeyData parsePkcs8(ASN1Sequence seq) {
    String what = "PKCS#8 private key";
    PrivateKeyInfo info;
    try {
      info = PrivateKeyInfo.getInstance(seq);
    } catch (IllegalArgumentException e) {
      throw new CryptoFormatException(CryptoMessage.KEY_NOT_PRIVATE_KEY_INFO.text(what));
    }
    java.math.BigInteger version = info.getVersion().getValue();
    if (version.signum() != 0 && !version.equals(java.math.BigInteger.ONE)) {
      throw new CryptoFormatException(CryptoMessage.KEY_UNSUPPORTED_VERSION.text(what, version));
    }
    checkAlgorithm(info.getPrivateKeyAlgorithm(), what);
    ASN1Sequence inner;
    try {
      inner = ASN1Sequence.getInstance(info.parsePrivateKey());
    } catch (IOException | IllegalArgumentException e) {
      throw new CryptoFormatException(CryptoMessage.KEY_INNER_NOT_EC_PRIVATE_KEY.text(what));
    }
    PrivateKeyData data = parseSec1(inner, what);
    if (info.hasPublicKey()) {
      ECPoint outer =
          PointCodec.decode(
              DOMAIN, info.getPublicKeyData().getOctets(), false, what + " publicKey");
      if (data.embeddedPublicPoint() != null && !outer.equals(data.embeddedPublicPoint())) {
        throw new CryptoFormatException(CryptoMessage.KEY_EMBEDDED_PUBLIC_KEYS_DIFFER.text(what));
      }
      return new PrivateKeyData(data.d(), outer, what);
    }
    return data;
  }

  private static PrivateKeyData parseSec1(ASN1Sequence seq, String what) {
    ECPrivateKey key;
    ASN1OctetString scalar;
    try {
      key = ECPrivateKey.getInstance(seq);
      scalar = ASN1OctetString.getInstance(seq.getObjectAt(1));
      if (!(seq.getObjectAt(0) instanceof ASN1Integer)
          || ((ASN1Integer) seq.getObjectAt(0)).intValueExact() != 1) {
        throw new CryptoFormatException(CryptoMessage.KEY_EC_VERSION_NOT_1.text(what));
      }
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      if (e instanceof CryptoFormatException) {
        throw e;
      }
      throw new CryptoFormatException(CryptoMessage.KEY_NOT_EC_PRIVATE_KEY.text(what));
    }
    int len = scalar.getOctets().length;
    if (len == 0 || len > Sm2Domain.FIELD_BYTES) {
      throw new CryptoFormatException(
          CryptoMessage.KEY_SCALAR_LENGTH.text(what, len, Sm2Domain.FIELD_BYTES));
    }
    ASN1Primitive params =
        key.getParametersObject() == null ? null : key.getParametersObject().toASN1Primitive();
    if (params != null) {
      checkCurveParameters(params, what);
    }
    ECPoint embedded = null;
    ASN1BitString pub = key.getPublicKey();
    if (pub != null) {
      if (pub.getPadBits() != 0) {
        throw new CryptoFormatException(CryptoMessage.KEY_BIT_STRING_UNUSED_BITS.text(what));
      }
      embedded = PointCodec.decode(DOMAIN, pub.getOctets(), false, what + " embedded public key");
    }
    return new PrivateKeyData(key.getKey(), embedded, what);
  }

  /**
   * Decodes a public key from SubjectPublicKeyInfo or from an X.509 certificate (its subject public
   * key), telling them apart by structure.
   */
  public static ECPoint parsePublicKey(byte[] der) {
    return guarded("public key", () -> parsePublicKey(sequence(der, "public key")));
  }

  private static ECPoint parsePublicKey(ASN1Sequence seq) {
    if (seq.size() == 2
        && seq.getObjectAt(0) instanceof ASN1Sequence
        && seq.getObjectAt(1) instanceof ASN1BitString) {
      return parseSpki(seq, "SubjectPublicKeyInfo");
    }
    if (seq.size() == 3
        && seq.getObjectAt(0) instanceof ASN1Sequence
        && seq.getObjectAt(1) instanceof ASN1Sequence
        && seq.getObjectAt(2) instanceof ASN1BitString) {
      Certificate cert;
      try {
        cert = Certificate.getInstance(seq);
      } catch (IllegalArgumentException e) {
        throw new CryptoFormatException(CryptoMessage.CERT_NOT_X509_STRUCTURE.text());
      }
      return parseSpki(
          ASN1Sequence.getInstance(cert.getSubjectPublicKeyInfo().toASN1Primitive()),
          "certificate subject public key");
    }
    if (seq.size() >= 3 && seq.getObjectAt(0) instanceof ASN1Integer) {
      throw new CryptoFormatException(CryptoMessage.PUBLIC_KEY_IS_PRIVATE_KEY.text());
    }
    throw new CryptoFormatException(CryptoMessage.PUBLIC_KEY_UNKNOWN_STRUCTURE.text());
  }

  private static ECPoint parseSpki(ASN1Sequence seq, String what) {
    SubjectPublicKeyInfo spki;
    try {
      spki = SubjectPublicKeyInfo.getInstance(seq);
    } catch (IllegalArgumentException e) {
      throw new CryptoFormatException(CryptoMessage.KEY_NOT_SPKI.text(what));
    }
    checkAlgorithm(spki.getAlgorithm(), what);
    ASN1BitString bits = spki.getPublicKeyData();
    if (bits.getPadBits() != 0) {
      throw new CryptoFormatException(CryptoMessage.KEY_BIT_STRING_UNUSED_BITS.text(what));
    }
    return PointCodec.decode(DOMAIN, bits.getOctets(), false, what);
  }

  private static void checkAlgorithm(AlgorithmIdentifier alg, String what) {
    ASN1ObjectIdentifier oid = alg.getAlgorithm();
    ASN1Encodable params = alg.getParameters();
    if (oid.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
      if (params == null) {
        throw new CryptoFormatException(CryptoMessage.KEY_NO_CURVE_PARAMETERS.text(what));
      }
      checkCurveParameters(params.toASN1Primitive(), what);
    } else if (oid.equals(Sm2Domain.CURVE_OID)) {
      // Some tools put the SM2 curve OID where id-ecPublicKey belongs.
      if (params != null
          && !(params instanceof ASN1Null)
          && !Sm2Domain.CURVE_OID.equals(params.toASN1Primitive())) {
        throw new CryptoFormatException(CryptoMessage.KEY_UNEXPECTED_SM2_PARAMETERS.text(what));
      }
    } else {
      throw new CryptoFormatException(
          CryptoMessage.KEY_ALGORITHM_NOT_SM2.text(what, algorithmName(oid)));
    }
  }

  private static void checkCurveParameters(ASN1Primitive params, String what) {
    if (params instanceof ASN1ObjectIdentifier) {
      ASN1ObjectIdentifier curve = (ASN1ObjectIdentifier) params;
      if (!curve.equals(Sm2Domain.CURVE_OID)) {
        String name = ECNamedCurveTable.getName(curve);
        throw new CryptoFormatException(
            CryptoMessage.KEY_CURVE_NOT_SM2.text(
                what, (name == null ? "" : name + " ") + "(" + curve.getId() + ")"));
      }
      return;
    }
    if (params instanceof ASN1Sequence) {
      X9ECParameters x9;
      try {
        x9 = X9ECParameters.getInstance(params);
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new CryptoFormatException(CryptoMessage.KEY_MALFORMED_EXPLICIT_CURVE.text(what));
      }
      boolean same =
          x9.getCurve().equals(DOMAIN.getCurve())
              && Arrays.equals(x9.getG().getEncoded(false), DOMAIN.getG().getEncoded(false))
              && x9.getN().equals(DOMAIN.getN());
      if (!same) {
        throw new CryptoFormatException(CryptoMessage.KEY_EXPLICIT_CURVE_NOT_SM2.text(what));
      }
      return;
    }
    throw new CryptoFormatException(CryptoMessage.KEY_IMPLICIT_CURVE.text(what));
  }

  private static String algorithmName(ASN1ObjectIdentifier oid) {
    switch (oid.getId()) {
      case "1.2.840.113549.1.1.1":
        return "RSA (1.2.840.113549.1.1.1)";
      case "1.3.101.112":
        return "Ed25519 (1.3.101.112)";
      case "1.3.101.110":
        return "X25519 (1.3.101.110)";
      case "1.2.840.10040.4.1":
        return "DSA (1.2.840.10040.4.1)";
      default:
        return oid.getId();
    }
  }

  private static ASN1Sequence sequence(byte[] der, String what) {
    ASN1Primitive p;
    try {
      p = ASN1Primitive.fromByteArray(der);
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw new CryptoFormatException(
          CryptoMessage.KEY_NOT_VALID_DER.text(what, CryptoMessage.causeText(e)));
    }
    if (!(p instanceof ASN1Sequence)) {
      throw new CryptoFormatException(CryptoMessage.KEY_DER_NOT_SEQUENCE.text(what));
    }
    // DER only, so that each key has one encoding: a BER form, a non-minimal length or an
    // indefinite length is a changed byte, not another spelling of the same key.
    byte[] canonical;
    try {
      canonical = p.getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new CryptoFormatException(CryptoMessage.KEY_NOT_REENCODABLE.text(what), e);
    }
    boolean same = Arrays.equals(canonical, der);
    KeyMaterial.wipe(canonical);
    if (!same) {
      throw new CryptoFormatException(CryptoMessage.KEY_NOT_CANONICAL_DER.text(what));
    }
    return (ASN1Sequence) p;
  }
}
