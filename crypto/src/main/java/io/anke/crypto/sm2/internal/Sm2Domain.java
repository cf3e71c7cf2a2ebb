package io.anke.crypto.sm2.internal;

import io.anke.crypto.Bilingual;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.internal.CryptoMessage;
import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/** The SM2 recommended curve and fixed-width helpers shared by the SM2 engines. */
public final class Sm2Domain {
  /**
   * sm2p256v1 through Bouncy Castle's optimised implementation; the generic one from {@code
   * GMNamedCurves} computes the same values about six times slower.
   */
  public static final ECDomainParameters SM2P256V1 =
      new ECDomainParameters(CustomNamedCurves.getByName("sm2p256v1"));

  /** OID of the curve, 1.2.156.10197.1.301, also used by some tools as the key algorithm. */
  public static final ASN1ObjectIdentifier CURVE_OID = GMObjectIdentifiers.sm2p256v1;

  /** Bytes of one coordinate or scalar of sm2p256v1. */
  public static final int FIELD_BYTES = 32;

  private Sm2Domain() {}

  /** Byte length of a field element of {@code domain}. */
  public static int fieldBytes(ECDomainParameters domain) {
    return domain.getCurve().getFieldElementEncodingLength();
  }

  /** Big-endian unsigned encoding padded to exactly {@code length} bytes. */
  public static byte[] fixed(BigInteger value, int length) {
    return BigIntegers.asUnsignedByteArray(length, value);
  }

  /** 04‖x‖y with fixed-width coordinates. */
  public static byte[] uncompressed(ECPoint point) {
    return point.normalize().getEncoded(false);
  }

  /**
   * Builds a point from affine coordinates and checks that both are field elements and that the
   * point lies on the curve (on a cofactor-1 curve that also puts it in the prime-order group, and
   * no affine point is the point at infinity).
   *
   * @param what names the value in the error message, e.g. C1 or a public key
   */
  public static ECPoint point(
      ECDomainParameters domain, BigInteger x, BigInteger y, Bilingual what) {
    ECCurve curve = domain.getCurve();
    if (!curve.isValidFieldElement(x) || !curve.isValidFieldElement(y)) {
      throw new CryptoFormatException(CryptoMessage.POINT_COORDINATE_TOO_LARGE.text(what));
    }
    ECPoint p = curve.createPoint(x, y);
    if (!p.isValid()) {
      throw new CryptoFormatException(CryptoMessage.POINT_NOT_ON_CURVE.text(what));
    }
    if (domain.getH().compareTo(BigInteger.ONE) != 0 && p.multiply(domain.getH()).isInfinity()) {
      throw new CryptoFormatException(CryptoMessage.POINT_SMALL_ORDER.text(what));
    }
    return p.normalize();
  }

  /** Decodes 02/03‖x (compressed) with a clear message when x has no point on the curve. */
  public static ECPoint decompress(ECDomainParameters domain, byte[] encoded, Bilingual what) {
    try {
      ECPoint p = domain.getCurve().decodePoint(encoded);
      return point(
          domain, p.getAffineXCoord().toBigInteger(), p.getAffineYCoord().toBigInteger(), what);
    } catch (IllegalArgumentException e) {
      throw new CryptoFormatException(CryptoMessage.POINT_COMPRESSED_NOT_ON_CURVE.text(what));
    }
  }

  /** Checks 1 &lt;= v &lt;= n-1. */
  public static boolean inScalarRange(ECDomainParameters domain, BigInteger v) {
    return v.signum() > 0 && v.compareTo(domain.getN()) < 0;
  }
}
