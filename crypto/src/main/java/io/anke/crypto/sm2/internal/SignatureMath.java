package io.anke.crypto.sm2.internal;

import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.sm3.internal.Sm3Engine;
import java.math.BigInteger;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.signers.DSAKCalculator;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECFieldElement;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.BigIntegers;

/**
 * SM2 signature steps of GB/T 32918.2 on any prime curve. The caller caches the per-key values (Z,
 * (1+d)^-1, the public point), which Bouncy Castle's {@code SM2Signer} recomputes on every {@code
 * init}; that is what makes a signer built once cheap to reuse.
 */
public final class SignatureMath {
  /** IDs longer than this do not fit the 16-bit bit-length field ENTL. */
  public static final int MAX_ID_BYTES = 8191;

  private SignatureMath() {}

  /** The fixed-window table of sm2p256v1's G, built once per JVM on first use. */
  private static final class BaseTable {
    static final FixedWindowTable G =
        FixedWindowTable.of(Sm2Domain.SM2P256V1, Sm2Domain.SM2P256V1.getG());
  }

  /** G's table with 8-bit windows for verification (public scalars), built on first use. */
  private static final class WideBaseTable {
    static final FixedWindowTable G =
        FixedWindowTable.of(Sm2Domain.SM2P256V1, Sm2Domain.SM2P256V1.getG(), 8);
  }

  /**
   * True for sm2p256v1, the one domain with fixed-window tables of G (tests use others). Answers
   * without building either table.
   */
  static boolean hasTables(ECDomainParameters domain) {
    return domain == Sm2Domain.SM2P256V1;
  }

  /** The fixed-window table of G for sm2p256v1; null for any other domain (tests use others). */
  static FixedWindowTable baseTable(ECDomainParameters domain) {
    return hasTables(domain) ? BaseTable.G : null;
  }

  /** Z = SM3(ENTL ‖ ID ‖ a ‖ b ‖ xG ‖ yG ‖ xA ‖ yA), all field elements fixed width. */
  public static byte[] z(ECDomainParameters domain, byte[] id, ECPoint publicPoint) {
    if (id.length > MAX_ID_BYTES) {
      throw new IllegalArgumentException(
          CryptoMessage.SM2_ID_ENTL.english(id.length, MAX_ID_BYTES));
    }
    int len = Sm2Domain.fieldBytes(domain);
    Sm3Engine digest = new Sm3Engine();
    int bits = id.length * 8;
    digest.update((byte) (bits >>> 8));
    digest.update((byte) bits);
    digest.update(id, 0, id.length);
    ECPoint g = domain.getG().normalize();
    ECPoint p = publicPoint.normalize();
    update(digest, domain.getCurve().getA(), len);
    update(digest, domain.getCurve().getB(), len);
    update(digest, g.getAffineXCoord(), len);
    update(digest, g.getAffineYCoord(), len);
    update(digest, p.getAffineXCoord(), len);
    update(digest, p.getAffineYCoord(), len);
    byte[] z = new byte[32];
    digest.doFinal(z, 0);
    return z;
  }

  /** A digest primed with Z, ready for the message; e = its final value. */
  public static Sm3Engine startE(byte[] z) {
    Sm3Engine digest = new Sm3Engine();
    digest.update(z, 0, z.length);
    return digest;
  }

  /** Completes e = SM3(Z ‖ M) from a digest made by {@link #startE}. */
  public static byte[] finishE(Sm3Engine digest) {
    byte[] e = new byte[32];
    digest.doFinal(e, 0);
    return e;
  }

  /** (1+d)^-1 mod n, cached per key by the signer. */
  public static BigInteger inverseOfDPlusOne(ECDomainParameters domain, BigInteger d) {
    return BigIntegers.modOddInverse(domain.getN(), d.add(BigInteger.ONE));
  }

  /**
   * Signs the digest e (GB/T 32918.2 §6.1 steps A3 to A7).
   *
   * @param k an initialised nonce source; a fresh one per call (the calculators are stateful)
   * @return {r, s}, both in [1, n-1]
   */
  public static BigInteger[] sign(
      ECDomainParameters domain,
      BigInteger d,
      BigInteger dPlusOneInverse,
      byte[] e,
      DSAKCalculator k) {
    BigInteger n = domain.getN();
    BigInteger eValue = new BigInteger(1, e);
    FixedWindowTable table = baseTable(domain);
    FixedPointCombMultiplier multiplier = table == null ? new FixedPointCombMultiplier() : null;
    while (true) {
      BigInteger kValue = k.nextK();
      ECPoint p =
          (table != null ? table.multiply(kValue) : multiplier.multiply(domain.getG(), kValue))
              .normalize();
      BigInteger r = eValue.add(p.getAffineXCoord().toBigInteger()).mod(n);
      if (r.signum() == 0 || r.add(kValue).equals(n)) {
        continue;
      }
      BigInteger s = dPlusOneInverse.multiply(kValue.subtract(r.multiply(d)).mod(n)).mod(n);
      if (s.signum() != 0) {
        return new BigInteger[] {r, s};
      }
    }
  }

  /** Verifies (r, s) over the digest e (GB/T 32918.2 §7.1 steps B1 to B7). */
  public static boolean verify(
      ECDomainParameters domain, ECPoint publicPoint, byte[] e, BigInteger r, BigInteger s) {
    return verify(domain, publicPoint, null, e, r, s);
  }

  /**
   * {@link #verify(ECDomainParameters, ECPoint, byte[], BigInteger, BigInteger)} with the public
   * key's table, when it has one, for s·G + t·P without doublings.
   */
  public static boolean verify(
      ECDomainParameters domain,
      ECPoint publicPoint,
      PublicPointTable publicTable,
      byte[] e,
      BigInteger r,
      BigInteger s) {
    BigInteger n = domain.getN();
    if (!Sm2Domain.inScalarRange(domain, r) || !Sm2Domain.inScalarRange(domain, s)) {
      return false;
    }
    BigInteger t = r.add(s).mod(n);
    if (t.signum() == 0) {
      return false;
    }
    FixedWindowTable tableP = publicTable == null ? null : publicTable.get();
    ECPoint point =
        (tableP != null
                ? FixedWindowTable.sumOfTwo(WideBaseTable.G, s, tableP, t)
                : ECAlgorithms.sumOfTwoMultiplies(domain.getG(), s, publicPoint, t))
            .normalize();
    if (point.isInfinity()) {
      return false;
    }
    BigInteger expected = new BigInteger(1, e).add(point.getAffineXCoord().toBigInteger()).mod(n);
    return expected.equals(r);
  }

  private static void update(Sm3Engine digest, ECFieldElement element, int len) {
    byte[] b = Sm2Domain.fixed(element.toBigInteger(), len);
    digest.update(b, 0, b.length);
  }
}
