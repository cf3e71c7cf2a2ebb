package io.anke.crypto.sm4.internal;

/**
 * SM4 counter mode on precomputed round keys. An instance keeps the counter and the unused part of
 * the current keystream block, so that input may arrive in pieces of any length (one instance per
 * message, not thread-safe); {@link #crypt32} is the one-shot variant GCM uses, which increments
 * only the last 32 bits of the counter.
 */
public final class Sm4Ctr128 {
  private final int[] rk;
  private int c0;
  private int c1;
  private int c2;
  private int c3;
  private final int[] ks = new int[8];
  private final byte[] block = new byte[16];
  private int used = 16; // bytes of block already consumed

  /** Counter mode from the 16-byte initial counter block {@code iv} (not kept). */
  public Sm4Ctr128(Sm4State key, byte[] iv) {
    this.rk = key.encrypt;
    c0 = Sm4Core.getInt(iv, 0);
    c1 = Sm4Core.getInt(iv, 4);
    c2 = Sm4Core.getInt(iv, 8);
    c3 = Sm4Core.getInt(iv, 12);
  }

  /**
   * XORs the next {@code length} keystream bytes into {@code in} and writes them to {@code out}.
   */
  public void process(byte[] in, int inOff, int length, byte[] out, int outOff) {
    int i = 0;
    while (i < length && used < 16) {
      out[outOff + i] = (byte) (in[inOff + i] ^ block[used++]);
      i++;
    }
    int[] k = rk;
    int[] s = ks;
    for (; length - i >= 32; i += 32) {
      int d0 = c0;
      int d1 = c1;
      int d2 = c2;
      int d3 = c3;
      increment();
      Sm4Core.crypt2(k, d0, d1, d2, d3, c0, c1, c2, c3, s);
      increment();
      xorBlock(s, 0, in, inOff + i, out, outOff + i);
      xorBlock(s, 4, in, inOff + i + 16, out, outOff + i + 16);
    }
    if (length - i >= 16) {
      Sm4Core.crypt(k, c0, c1, c2, c3, s);
      increment();
      xorBlock(s, 0, in, inOff + i, out, outOff + i);
      i += 16;
    }
    if (i < length) {
      Sm4Core.crypt(rk, c0, c1, c2, c3, ks);
      increment();
      for (int j = 0; j < 4; j++) {
        Sm4Core.putInt(block, 4 * j, ks[j]);
      }
      used = 0;
      while (i < length) {
        out[outOff + i] = (byte) (in[inOff + i] ^ block[used++]);
        i++;
      }
    }
  }

  /** Overwrites the buffered keystream. */
  public void wipe() {
    java.util.Arrays.fill(block, (byte) 0);
    java.util.Arrays.fill(ks, 0);
    c0 = c1 = c2 = c3 = 0;
  }

  private void increment() {
    if (++c3 == 0 && ++c2 == 0 && ++c1 == 0) {
      ++c0;
    }
  }

  private static void xorBlock(int[] ks, int k, byte[] in, int inOff, byte[] out, int outOff) {
    long hi =
        (long) Ghash.LONG_BE.get(in, inOff) ^ (((long) ks[k] << 32) | (ks[k + 1] & 0xffffffffL));
    long lo =
        (long) Ghash.LONG_BE.get(in, inOff + 8)
            ^ (((long) ks[k + 2] << 32) | (ks[k + 3] & 0xffffffffL));
    Ghash.LONG_BE.set(out, outOff, hi);
    Ghash.LONG_BE.set(out, outOff + 8, lo);
  }

  /**
   * One-shot counter mode whose first block uses {@code counter} as given and which increments only
   * its last 32 bits (GCM's inc32).
   */
  static void crypt32(
      int[] rk, int[] counter, byte[] in, int inOff, int length, byte[] out, int outOff) {
    int[] ks = new int[8];
    int c0 = counter[0];
    int c1 = counter[1];
    int c2 = counter[2];
    int c3 = counter[3];
    int whole = length & ~15;
    int i = 0;
    for (; whole - i >= 32; i += 32) {
      Sm4Core.crypt2(rk, c0, c1, c2, c3, c0, c1, c2, c3 + 1, ks);
      c3 += 2;
      xorBlock(ks, 0, in, inOff + i, out, outOff + i);
      xorBlock(ks, 4, in, inOff + i + 16, out, outOff + i + 16);
    }
    if (i < whole) {
      Sm4Core.crypt(rk, c0, c1, c2, c3++, ks);
      xorBlock(ks, 0, in, inOff + i, out, outOff + i);
    }
    if (whole < length) {
      Sm4Core.crypt(rk, counter[0], counter[1], counter[2], c3, ks);
      byte[] b = new byte[16];
      for (int j = 0; j < 4; j++) {
        Sm4Core.putInt(b, 4 * j, ks[j]);
      }
      for (int j = 0; j < length - whole; j++) {
        out[outOff + whole + j] = (byte) (in[inOff + whole + j] ^ b[j]);
      }
    }
  }
}
