package io.anke.crypto.sm2.internal;

import java.math.BigInteger;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECLookupTable;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.raw.Nat;

/**
 * Fixed-window precomputation for one point P of a prime-order group: for every w-bit window i of a
 * scalar and every digit j, the affine point (j+1)·2<sup>wi</sup>·P. A scalar multiplication is
 * then one table lookup and one point addition per window and no doubling: with 4-bit windows 64
 * additions for a 256-bit order, where Bouncy Castle's comb needs 43 doublings, 43 additions and 43
 * constant-time reads of a 64-entry table.
 *
 * <p>Digits run from 0 to 2<sup>w</sup>−1 and the table holds (digit+1) multiples, so that no
 * lookup ever yields the point at infinity; the scalar is shifted by C = Σ 2<sup>wi</sup> first: Σ
 * (d<sub>i</sub>+1) 2<sup>wi</sup>·P = (k − C + C)·P = k·P when the d<sub>i</sub> are the digits of
 * (k − C) mod n.
 *
 * <p>{@link #multiply} reads each window with Bouncy Castle's cache-safe lookup (every entry read,
 * the wanted one selected by mask), for secret scalars; {@link #sumOfTwo} reads entries directly,
 * for the public scalars of verification. Point additions use Bouncy Castle's curve arithmetic,
 * whose only data-dependent branches are the doubling and infinity cases, as in its own comb.
 *
 * <p>Immutable after construction and safe to share between threads. The coordinates live in one
 * int array inside the lookup tables: for sm2p256v1, 2<sup>w</sup>·⌈256/w⌉·64 bytes (64 KiB with
 * 4-bit windows, 104 KiB with 5-bit, 512 KiB with 8-bit).
 */
public final class FixedWindowTable {
  private final int bits; // window width
  private final int digits; // 2^bits entries per window
  private final BigInteger n;
  private final int windows;
  private final BigInteger offset; // C mod n
  private final ECLookupTable[] tables;

  private FixedWindowTable(ECDomainParameters domain, ECPoint p, int bits) {
    this.bits = bits;
    this.digits = 1 << bits;
    this.n = domain.getN();
    this.windows = (n.bitLength() + bits - 1) / bits;
    ECCurve curve = domain.getCurve();
    ECPoint[] points = new ECPoint[windows * digits];
    ECPoint base = p.normalize();
    BigInteger c = BigInteger.ZERO;
    for (int i = 0; i < windows; i++) {
      ECPoint acc = base;
      points[i * digits] = acc;
      for (int j = 1; j < digits; j++) {
        acc = acc.add(base);
        points[i * digits + j] = acc;
      }
      base = acc; // 16·base: the base of the next window
      c = c.add(BigInteger.ONE.shiftLeft(i * bits));
    }
    curve.normalizeAll(points);
    this.offset = c.mod(n);
    this.tables = new ECLookupTable[windows];
    for (int i = 0; i < windows; i++) {
      tables[i] = curve.createCacheSafeLookupTable(points, i * digits, digits);
    }
  }

  /**
   * The table of {@code p} (a point of prime order n, not infinity) in {@code domain}. Costs about
   * a thousand point additions: build it once per point and keep it.
   */
  public static FixedWindowTable of(ECDomainParameters domain, ECPoint p) {
    return of(domain, p, 4);
  }

  /**
   * The same with windows of {@code bits} bits (2 to 8, not checked: internal callers only): wider
   * windows need fewer additions per multiplication and 2<sup>bits</sup>/bits times as many points
   * (8 bits: 32 additions, 8,192 points, 512 KiB for sm2p256v1). Constant-time lookups read every
   * entry of a window, so wide windows suit public scalars only.
   */
  public static FixedWindowTable of(ECDomainParameters domain, ECPoint p, int bits) {
    return new FixedWindowTable(domain, p, bits);
  }

  /**
   * k·P for a secret k in [1, n−1], each window read in constant time. The result is not
   * normalised.
   */
  public ECPoint multiply(BigInteger k) {
    int[] words = words(k);
    ECPoint r = tables[0].lookup(digit(words, 0));
    for (int i = 1; i < windows; i++) {
      r = r.add(tables[i].lookup(digit(words, i)));
    }
    return r;
  }

  /**
   * a·P + b·Q for public scalars a and b in [0, n−1] (P from {@code x}, Q from {@code y}, tables of
   * the same domain). The result is not normalised and may be the point at infinity.
   */
  public static ECPoint sumOfTwo(
      FixedWindowTable x, BigInteger a, FixedWindowTable y, BigInteger b) {
    int[] wa = x.words(a);
    int[] wb = y.words(b);
    ECPoint r = x.tables[0].lookupVar(x.digit(wa, 0));
    for (int i = 1; i < x.windows; i++) {
      r = r.add(x.tables[i].lookupVar(x.digit(wa, i)));
    }
    for (int i = 0; i < y.windows; i++) {
      r = r.add(y.tables[i].lookupVar(y.digit(wb, i)));
    }
    return r;
  }

  // (k − C) mod n as little-endian words, one spare word so that a window may straddle the end.
  private int[] words(BigInteger k) {
    return Nat.fromBigInteger(windows * bits + 32, k.subtract(offset).mod(n));
  }

  private int digit(int[] words, int i) {
    int bit = i * bits;
    long two = (words[bit >>> 5] & 0xffffffffL) | ((long) words[(bit >>> 5) + 1] << 32);
    return (int) (two >>> (bit & 31)) & (digits - 1);
  }
}
