package io.anke.crypto.sm2.internal;

import io.anke.crypto.Bilingual;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import io.anke.crypto.internal.Pem;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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
import org.bouncycastle.asn1.ASN1TaggedObject;
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
 * The one reader of SM2 key files. It takes the bytes once, tells PEM from DER, reads the PEM label
 * (which says what the block holds) or else the shape of the DER (which tells the structures
 * apart), parses the DER once and returns what the public {@code Sm2PrivateKey.from...} and {@code
 * Sm2PublicKey.from...} methods build their keys from. Reads PKCS#8 PrivateKeyInfo, SEC1 (RFC 5915)
 * ECPrivateKey, SubjectPublicKeyInfo and X.509 certificates with what OpenSSL 3 writes (algorithm
 * id-ecPublicKey with the named curve 1.2.156.10197.1.301), Bouncy Castle's forms (explicit curve
 * parameters) and the form with the SM2 curve OID as the algorithm. Recognises, and refuses with a
 * message that names it, every other kind of key file: an encrypted PKCS#8 key, a public key where
 * a private one is wanted (and the reverse), a certificate, a certificate request, an RSA or DSA
 * key. {@link KeyEncoding} writes the same structures.
 *
 * <p>An instance reads one input; the static methods make one for each call.
 */
public final class KeyFileDecoder {
  private static final ECDomainParameters DOMAIN = Sm2Domain.SM2P256V1;

  /** A decoded private key: d and, when the encoding carried it, the public point. */
  public record PrivateKeyData(BigInteger d, ECPoint embeddedPublicPoint, Bilingual format) {}

  /** A decoded public key and the structure it came from. */
  public record PublicKeyData(ECPoint point, Bilingual format) {}

  /** What a PEM label says a block holds. */
  enum Label {
    PKCS8("PRIVATE KEY"),
    SEC1("EC PRIVATE KEY", "SM2 PRIVATE KEY"),
    ENCRYPTED_PKCS8("ENCRYPTED PRIVATE KEY"),
    OTHER_PRIVATE_KEY("RSA PRIVATE KEY", "DSA PRIVATE KEY"),
    SPKI("PUBLIC KEY"),
    CERTIFICATE("CERTIFICATE"),
    CERTIFICATE_REQUEST("CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST"),
    OTHER;

    private final List<String> names;

    Label(String... names) {
      this.names = List.of(names);
    }

    static Label of(String label) {
      for (Label l : values()) {
        if (l.names.contains(label)) {
          return l;
        }
      }
      return OTHER;
    }
  }

  /** The DER structures, told apart by the types of their first elements. */
  enum Structure {
    PKCS8,
    SEC1,
    /** Starts with an INTEGER version like a private key, but is neither PKCS#8 nor SEC1. */
    OTHER_VERSIONED,
    ENCRYPTED_PKCS8,
    SPKI,
    CERTIFICATE,
    CERTIFICATE_REQUEST,
    /** Three elements, the first a SEQUENCE, as a signed structure, but not a certificate. */
    OTHER_SIGNED,
    UNKNOWN;

    static Structure of(ASN1Sequence seq) {
      int n = seq.size();
      if (n >= 3 && seq.getObjectAt(0) instanceof ASN1Integer) {
        if (seq.getObjectAt(1) instanceof ASN1Sequence) {
          return PKCS8;
        }
        return seq.getObjectAt(1) instanceof ASN1OctetString ? SEC1 : OTHER_VERSIONED;
      }
      if (n == 2 && seq.getObjectAt(0) instanceof ASN1Sequence) {
        if (seq.getObjectAt(1) instanceof ASN1OctetString) {
          return ENCRYPTED_PKCS8;
        }
        if (seq.getObjectAt(1) instanceof ASN1BitString) {
          return SPKI;
        }
      }
      if (n == 3 && seq.getObjectAt(0) instanceof ASN1Sequence) {
        if (seq.getObjectAt(1) instanceof ASN1Sequence
            && seq.getObjectAt(2) instanceof ASN1BitString) {
          // CertificationRequestInfo has four fields, the first an INTEGER version and the last
          // the [0] attributes; TBSCertificate has at least six.
          ASN1Sequence signed = (ASN1Sequence) seq.getObjectAt(0);
          boolean request =
              signed.size() == 4
                  && signed.getObjectAt(0) instanceof ASN1Integer
                  && signed.getObjectAt(3) instanceof ASN1TaggedObject;
          return request ? CERTIFICATE_REQUEST : CERTIFICATE;
        }
        return OTHER_SIGNED;
      }
      return UNKNOWN;
    }
  }

  /** How many DER values this decoder has parsed: one per input, whatever its kind. */
  private int derParses;

  KeyFileDecoder() {}

  /** Reads a private key from PEM text or DER, whichever the bytes are. */
  public static PrivateKeyData privateKey(byte[] pemOrDer) {
    return new KeyFileDecoder().readPrivateKey(pemOrDer);
  }

  /** Reads the first private key block of PEM text. */
  public static PrivateKeyData privateKeyPem(String pem) {
    return new KeyFileDecoder().readPrivateKeyPem(pem);
  }

  /** Reads PKCS#8 PrivateKeyInfo or SEC1 ECPrivateKey DER, telling them apart by structure. */
  public static PrivateKeyData privateKeyDer(byte[] der) {
    return new KeyFileDecoder().readPrivateKeyDer(der);
  }

  /** Reads a public key from PEM text or DER, whichever the bytes are. */
  public static PublicKeyData publicKey(byte[] pemOrDer) {
    return new KeyFileDecoder().readPublicKey(pemOrDer);
  }

  /** Reads the first public key or certificate block of PEM text. */
  public static PublicKeyData publicKeyPem(String pem) {
    return new KeyFileDecoder().readPublicKeyPem(pem);
  }

  /** Reads SubjectPublicKeyInfo or X.509 certificate DER, telling them apart by structure. */
  public static PublicKeyData publicKeyDer(byte[] der) {
    return new KeyFileDecoder().readPublicKeyDer(der);
  }

  /** The number of DER values parsed so far (a seam for tests). */
  int derParses() {
    return derParses;
  }

  PrivateKeyData readPrivateKey(byte[] data) {
    return Pem.looksLikePem(data)
        ? readPrivateKeyPem(new String(data, StandardCharsets.UTF_8))
        : readPrivateKeyDer(data);
  }

  PublicKeyData readPublicKey(byte[] data) {
    return Pem.looksLikePem(data)
        ? readPublicKeyPem(new String(data, StandardCharsets.UTF_8))
        : readPublicKeyDer(data);
  }

  PrivateKeyData readPrivateKeyPem(String pem) {
    List<Pem.Block> blocks = Pem.decodeAll(pem, CryptoMessage.LABEL_PRIVATE_KEY_PEM.text());
    // A file may hold a certificate or parameters next to the key: take the first key block, and
    // let its label say which structure it holds.
    for (Pem.Block b : blocks) {
      switch (Label.of(b.label())) {
        case PKCS8:
          {
            Bilingual what = CryptoMessage.LABEL_PKCS8_PRIVATE_KEY.text();
            return guarded(what, () -> pkcs8(sequence(b.der(), what)));
          }
        case SEC1:
          {
            Bilingual what = CryptoMessage.LABEL_SEC1_PRIVATE_KEY.text();
            return guarded(what, () -> sec1(sequence(b.der(), what), what));
          }
        default:
          break;
      }
    }
    for (Pem.Block b : blocks) {
      switch (Label.of(b.label())) {
        case ENCRYPTED_PKCS8:
          throw new CryptoFormatException(CryptoMessage.SM2_PEM_ENCRYPTED.text());
        case SPKI:
        case CERTIFICATE:
        case CERTIFICATE_REQUEST:
          throw new CryptoFormatException(CryptoMessage.SM2_PEM_NO_PRIVATE_KEY.text(b.label()));
        case OTHER_PRIVATE_KEY:
          throw new CryptoFormatException(CryptoMessage.SM2_PEM_NOT_SM2.text(b.label()));
        default:
          break;
      }
    }
    throw new CryptoFormatException(CryptoMessage.SM2_PEM_NO_KEY_BLOCK.text(labels(blocks)));
  }

  PrivateKeyData readPrivateKeyDer(byte[] der) {
    Bilingual what = CryptoMessage.LABEL_PRIVATE_KEY.text();
    return guarded(what, () -> privateKeyOf(sequence(der, what)));
  }

  PublicKeyData readPublicKeyPem(String pem) {
    List<Pem.Block> blocks = Pem.decodeAll(pem, CryptoMessage.LABEL_PUBLIC_KEY_PEM.text());
    for (Pem.Block b : blocks) {
      Label label = Label.of(b.label());
      if (label == Label.SPKI || label == Label.CERTIFICATE) {
        return readPublicKeyDer(b.der());
      }
    }
    for (Pem.Block b : blocks) {
      if (b.label().endsWith("PRIVATE KEY")) {
        throw new CryptoFormatException(CryptoMessage.SM2_PUBLIC_PEM_IS_PRIVATE.text(b.label()));
      }
      if (Label.of(b.label()) == Label.CERTIFICATE_REQUEST) {
        throw new CryptoFormatException(CryptoMessage.SM2_PUBLIC_PEM_IS_REQUEST.text(b.label()));
      }
    }
    throw new CryptoFormatException(CryptoMessage.SM2_PUBLIC_PEM_NO_BLOCK.text(labels(blocks)));
  }

  PublicKeyData readPublicKeyDer(byte[] der) {
    Bilingual what = CryptoMessage.LABEL_PUBLIC_KEY.text();
    return guarded(what, () -> publicKeyOf(sequence(der, what)));
  }

  /** The labels of the blocks, for a message that says what was found instead. */
  static String labels(List<Pem.Block> blocks) {
    StringBuilder sb = new StringBuilder();
    for (Pem.Block b : blocks) {
      sb.append(sb.length() == 0 ? "" : ", ").append(b.label());
    }
    return sb.toString();
  }

  /**
   * Runs a parse step and reports anything Bouncy Castle's ASN.1 classes throw as the one
   * documented failure. They parse lazily: a malformed tag or length deep inside a key surfaces in
   * accessors such as {@code getPublicKey()} as {@link IllegalArgumentException}, {@link
   * IllegalStateException} or {@code ASN1ParsingException}, not when the bytes are first read.
   */
  private static <T> T guarded(Bilingual what, Supplier<T> step) {
    try {
      return step.get();
    } catch (CryptoFormatException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new CryptoFormatException(
          CryptoMessage.KEY_MALFORMED_DER.text(what, CryptoMessage.causeText(e)), e);
    }
  }

  private static PrivateKeyData privateKeyOf(ASN1Sequence seq) {
    switch (Structure.of(seq)) {
      case PKCS8:
        return pkcs8(seq);
      case SEC1:
        return sec1(seq, CryptoMessage.LABEL_SEC1_PRIVATE_KEY.text());
      case ENCRYPTED_PKCS8:
        throw new CryptoFormatException(CryptoMessage.PRIVATE_KEY_IS_ENCRYPTED.text());
      case SPKI:
        throw new CryptoFormatException(CryptoMessage.PRIVATE_KEY_IS_PUBLIC_KEY.text());
      case CERTIFICATE_REQUEST:
        throw new CryptoFormatException(CryptoMessage.PRIVATE_KEY_IS_REQUEST.text());
      case CERTIFICATE:
      case OTHER_SIGNED:
        throw new CryptoFormatException(CryptoMessage.PRIVATE_KEY_IS_CERTIFICATE.text());
      default:
        throw new CryptoFormatException(CryptoMessage.PRIVATE_KEY_UNKNOWN_STRUCTURE.text());
    }
  }

  private static PublicKeyData publicKeyOf(ASN1Sequence seq) {
    switch (Structure.of(seq)) {
      case SPKI:
        {
          Bilingual what = CryptoMessage.LABEL_SPKI.text();
          return new PublicKeyData(spki(seq, what), what);
        }
      case CERTIFICATE:
        {
          Certificate cert;
          try {
            cert = Certificate.getInstance(seq);
          } catch (IllegalArgumentException e) {
            throw new CryptoFormatException(CryptoMessage.CERT_NOT_X509_STRUCTURE.text());
          }
          Bilingual what = CryptoMessage.LABEL_CERT_SUBJECT_PUBLIC_KEY.text();
          ECPoint point =
              spki(
                  ASN1Sequence.getInstance(cert.getSubjectPublicKeyInfo().toASN1Primitive()), what);
          return new PublicKeyData(point, what);
        }
      case CERTIFICATE_REQUEST:
        throw new CryptoFormatException(CryptoMessage.PUBLIC_KEY_IS_REQUEST.text());
      case PKCS8:
      case SEC1:
      case OTHER_VERSIONED:
        throw new CryptoFormatException(CryptoMessage.PUBLIC_KEY_IS_PRIVATE_KEY.text());
      case ENCRYPTED_PKCS8:
        throw new CryptoFormatException(CryptoMessage.PUBLIC_KEY_IS_ENCRYPTED_PRIVATE_KEY.text());
      default:
        throw new CryptoFormatException(CryptoMessage.PUBLIC_KEY_UNKNOWN_STRUCTURE.text());
    }
  }

  private static PrivateKeyData pkcs8(ASN1Sequence seq) {
    Bilingual what = CryptoMessage.LABEL_PKCS8_PRIVATE_KEY.text();
    PrivateKeyInfo info;
    try {
      info = PrivateKeyInfo.getInstance(seq);
    } catch (IllegalArgumentException e) {
      throw new CryptoFormatException(CryptoMessage.KEY_NOT_PRIVATE_KEY_INFO.text(what));
    }
    BigInteger version = info.getVersion().getValue();
    if (version.signum() != 0 && !version.equals(BigInteger.ONE)) {
      throw new CryptoFormatException(CryptoMessage.KEY_UNSUPPORTED_VERSION.text(what, version));
    }
    checkAlgorithm(info.getPrivateKeyAlgorithm(), what);
    ASN1Sequence inner;
    try {
      inner = ASN1Sequence.getInstance(info.parsePrivateKey());
    } catch (IOException | IllegalArgumentException e) {
      throw new CryptoFormatException(CryptoMessage.KEY_INNER_NOT_EC_PRIVATE_KEY.text(what));
    }
    PrivateKeyData data = sec1(inner, what);
    if (info.hasPublicKey()) {
      ECPoint outer =
          PointCodec.decode(
              DOMAIN,
              info.getPublicKeyData().getOctets(),
              false,
              CryptoMessage.LABEL_PUBLIC_KEY_FIELD.text(what));
      if (data.embeddedPublicPoint() != null && !outer.equals(data.embeddedPublicPoint())) {
        throw new CryptoFormatException(CryptoMessage.KEY_EMBEDDED_PUBLIC_KEYS_DIFFER.text(what));
      }
      return new PrivateKeyData(data.d(), outer, what);
    }
    return data;
  }

  private static PrivateKeyData sec1(ASN1Sequence seq, Bilingual what) {
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
      embedded =
          PointCodec.decode(
              DOMAIN, pub.getOctets(), false, CryptoMessage.LABEL_EMBEDDED_PUBLIC_KEY.text(what));
    }
    return new PrivateKeyData(key.getKey(), embedded, what);
  }

  private static ECPoint spki(ASN1Sequence seq, Bilingual what) {
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

  private static void checkAlgorithm(AlgorithmIdentifier alg, Bilingual what) {
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

  private static void checkCurveParameters(ASN1Primitive params, Bilingual what) {
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

  /** Parses the DER value, the one parse of each input, and holds it to strict DER. */
  private ASN1Sequence sequence(byte[] der, Bilingual what) {
    derParses++;
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
