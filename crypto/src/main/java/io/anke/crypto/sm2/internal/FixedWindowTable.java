package io.anke.crypto.sm2.internal;

import java.math.BigInteger;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECLookupTable;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.raw.Nat;

/**
 * Fixed-window precomputation for one point P of a prime-order group: for every 4-bit window i of a
 * scalar and every digit j, the affine point (j+1)·16<sup>i</sup>·P. A scalar multiplication is
 * then one table lookup and one point addition per window — 64 additions and no doubling for a
 * 256-bit order, where Bouncy Castle's comb needs 43 doublings and 43 additions.
 *
 * <p>Digits run from 0 to 15 and the table holds (digit+1) multiples, so that no lookup ever yields
 * the point at infinity; the scalar is shifted by C = Σ 16<sup>i</sup> first: Σ (d<sub>i</sub>+1)
 * 16<sup>i</sup>·P = (k − C + C)·P = k·P when the d<sub>i</sub> are the digits of (k − C) mod n.
 *
 * <p>{@link #multiply} reads each window with Bouncy Castle's cache-safe lookup (every entry read,
 * the wanted one selected by mask), for secret scalars; {@link #sumOfTwo} reads entries directly,
 * for the public scalars of verification. Point additions use Bouncy Castle's curve arithmetic,
 * whose only data-dependent branches are the doubling and infinity cases, as in its own comb.
 *
 * <p>Immutable after construction and safe to share between threads. The coordinates live in one
 * int array inside the lookup tables: 64 KiB for sm2p256v1.
 */
public final class FixedWindowTable {
  private static final int WINDOW_BITS = 4;
  private static final int DIGITS = 1 << WINDOW_BITS;

  private final BigInteger n;
  private final int windows;
  private final BigInteger offset; // C mod n
  private final ECLookupTable[] tables;

  private FixedWindowTable(ECDomainParameters domain, ECPoint p) {
    this.n = domain.getN();
    this.windows = (n.bitLength() + WINDOW_BITS - 1) / WINDOW_BITS;
    ECCurve curve = domain.getCurve();
    ECPoint[] points = new ECPoint[windows * DIGITS];
    ECPoint base = p.normalize();
    BigInteger c = BigInteger.ZERO;
    for (int i = 0; i < windows; i++) {
      ECPoint acc = base;
      points[i * DIGITS] = acc;
      for (int j = 1; j < DIGITS; j++) {
        acc = acc.add(base);
        points[i * DIGITS + j] = acc;
      }
      base = acc; // 16·base: the base of the next window
      c = c.add(BigInteger.ONE.shiftLeft(i * WINDOW_BITS));
    }
    curve.normalizeAll(points);
    this.offset = c.mod(n);
    this.tables = new ECLookupTable[windows];
    for (int i = 0; i < windows; i++) {
      tables[i] = curve.createCacheSafeLookupTable(points, i * DIGITS, DIGITS);
    }
  }

  /**
   * The table of {@code p} (a point of prime order n, not infinity) in {@code domain}. Costs about
   * a thousand point additions: build it once per point and keep it.
   */
  public static FixedWindowTable of(ECDomainParameters domain, ECPoint p) {
    return new FixedWindowTable(domain, p);
  }

  /**
   * k·P for a secret k in [1, n−1], each window read in constant time. The result is not
   * normalised.
   */
  public ECPoint multiply(BigInteger k) {
    int[] digits = digits(k);
    ECPoint r = tables[0].lookup(digit(digits, 0));
    for (int i = 1; i < windows; i++) {
      r = r.add(tables[i].lookup(digit(digits, i)));
    }
    return r;
  }

  /**
   * a·P + b·Q for public scalars a and b in [0, n−1] (P from {@code x}, Q from {@code y}, tables of
   * the same domain). The result is not normalised and may be the point at infinity.
   */
  public static ECPoint sumOfTwo(
      FixedWindowTable x, BigInteger a, FixedWindowTable y, BigInteger b) {
    int[] da = x.digits(a);
    int[] db = y.digits(b);
    ECPoint r = x.tables[0].lookupVar(digit(da, 0));
    for (int i = 1; i < x.windows; i++) {
      r = r.add(x.tables[i].lookupVar(digit(da, i)));
    }
    for (int i = 0; i < y.windows; i++) {
      r = r.add(y.tables[i].lookupVar(digit(db, i)));
    }
    return r;
  }

  private int[] digits(BigInteger k) {
    return Nat.fromBigInteger(windows * WINDOW_BITS, k.subtract(offset).mod(n));
  }

  private static int digit(int[] words, int i) {
    return (words[i >>> 3] >>> ((i & 7) << 2)) & (DIGITS - 1);
  }
}
