package io.anke.crypto.sm4.internal;

import java.security.MessageDigest;

/**
 * One-shot SM4-GCM (NIST SP 800-38D) on a precomputed {@link Sm4State}: the counter mode and GHASH
 * run block by block over longs, with no buffering and no state kept between calls. Decryption
 * computes and checks the tag before it writes any plaintext.
 */
public final class Sm4GcmCore {
  /** Tag length in bytes. */
  public static final int TAG = 16;

  private Sm4GcmCore() {}

  /**
   * Encrypts {@code length} bytes of {@code in} at {@code inOff} into {@code out} at {@code outOff}
   * and writes the 16-byte tag after the ciphertext. {@code in} and {@code out} may be the same
   * array at the same offset.
   */
  public static void seal(
      Sm4State key,
      byte[] nonce,
      byte[] aad,
      byte[] in,
      int inOff,
      int length,
      byte[] out,
      int outOff) {
    long[] t = key.ghash();
    int[] rk = key.encrypt;
    int[] j0 = j0(t, nonce);
    long[] acc = new long[2];
    Ghash.absorb(t, acc, aad, 0, aad.length);
    int[] ks = new int[8];
    int c0 = j0[0];
    int c1 = j0[1];
    int c2 = j0[2];
    int c3 = j0[3];
    int whole = length & ~15;
    int i = 0;
    for (; whole - i >= 32; i += 32) {
      Sm4Core.crypt2(rk, c0, c1, c2, c3 + 1, c0, c1, c2, c3 + 2, ks);
      c3 += 2;
      sealBlock(t, acc, ks, 0, in, inOff + i, out, outOff + i);
      sealBlock(t, acc, ks, 4, in, inOff + i + 16, out, outOff + i + 16);
    }
    if (i < whole) {
      c3++;
      Sm4Core.crypt(rk, c0, c1, c2, c3, ks);
      sealBlock(t, acc, ks, 0, in, inOff + i, out, outOff + i);
    }
    if (whole < length) {
      c3++;
      Sm4Core.crypt(rk, c0, c1, c2, c3, ks);
      byte[] block = new byte[16];
      for (int j = 0; j < 4; j++) {
        Sm4Core.putInt(block, 4 * j, ks[j]);
      }
      for (int j = 0; j < length - whole; j++) {
        out[outOff + whole + j] = (byte) (in[inOff + whole + j] ^ block[j]);
      }
      Ghash.absorb(t, acc, out, outOff + whole, length - whole);
    }
    tag(key, t, j0, acc, aad.length, length, out, outOff + length);
  }

  private static void sealBlock(
      long[] t, long[] acc, int[] ks, int k, byte[] in, int inOff, byte[] out, int outOff) {
    long hi =
        (long) Ghash.LONG_BE.get(in, inOff) ^ (((long) ks[k] << 32) | (ks[k + 1] & 0xffffffffL));
    long lo =
        (long) Ghash.LONG_BE.get(in, inOff + 8)
            ^ (((long) ks[k + 2] << 32) | (ks[k + 3] & 0xffffffffL));
    Ghash.LONG_BE.set(out, outOff, hi);
    Ghash.LONG_BE.set(out, outOff + 8, lo);
    Ghash.update(t, acc, hi, lo);
  }

  /**
   * Checks the tag that follows {@code length} bytes of ciphertext at {@code inOff} and, only if it
   * matches, decrypts them into {@code out} at {@code outOff}.
   *
   * @return false (and nothing written) if the tag does not match
   */
  public static boolean open(
      Sm4State key,
      byte[] nonce,
      byte[] aad,
      byte[] in,
      int inOff,
      int length,
      byte[] out,
      int outOff) {
    long[] t = key.ghash();
    int[] j0 = j0(t, nonce);
    long[] acc = new long[2];
    Ghash.absorb(t, acc, aad, 0, aad.length);
    Ghash.absorb(t, acc, in, inOff, length);
    byte[] expected = new byte[TAG];
    tag(key, t, j0, acc, aad.length, length, expected, 0);
    byte[] actual = new byte[TAG];
    System.arraycopy(in, inOff + length, actual, 0, TAG);
    if (!MessageDigest.isEqual(expected, actual)) {
      return false;
    }
    j0[3]++;
    Sm4Ctr128.crypt32(key.encrypt, j0, in, inOff, length, out, outOff);
    return true;
  }

  private static void tag(
      Sm4State key,
      long[] t,
      int[] j0,
      long[] acc,
      int aadLength,
      int length,
      byte[] out,
      int off) {
    Ghash.update(t, acc, (long) aadLength << 3, (long) length << 3);
    int[] s = new int[4];
    Sm4Core.crypt(key.encrypt, j0[0], j0[1], j0[2], j0[3], s);
    Ghash.LONG_BE.set(out, off, acc[0] ^ (((long) s[0] << 32) | (s[1] & 0xffffffffL)));
    Ghash.LONG_BE.set(out, off + 8, acc[1] ^ (((long) s[2] << 32) | (s[3] & 0xffffffffL)));
  }

  /** The pre-counter block J0 of {@code nonce}. */
  private static int[] j0(long[] t, byte[] nonce) {
    int[] j = new int[4];
    if (nonce.length == 12) {
      j[0] = Sm4Core.getInt(nonce, 0);
      j[1] = Sm4Core.getInt(nonce, 4);
      j[2] = Sm4Core.getInt(nonce, 8);
      j[3] = 1;
      return j;
    }
    long[] acc = new long[2];
    Ghash.absorb(t, acc, nonce, 0, nonce.length);
    Ghash.update(t, acc, 0, (long) nonce.length << 3);
    j[0] = (int) (acc[0] >>> 32);
    j[1] = (int) acc[0];
    j[2] = (int) (acc[1] >>> 32);
    j[3] = (int) acc[1];
    return j;
  }
}
