package io.anke.crypto.sm4.internal;

import java.util.Arrays;

/**
 * One-shot SM4-CBC on a key's precomputed round keys, with or without PKCS#7 padding. Output is
 * allocated once at its exact length. Stateless.
 */
public final class Sm4CbcCore {
  private static final int B = Sm4Core.BLOCK;

  private Sm4CbcCore() {}

  /**
   * Encrypts {@code in}; with {@code pad}, PKCS#7 padding is added.
   *
   * @return the ciphertext, or null if there is no padding and {@code in} is not whole blocks
   */
  public static byte[] encrypt(Sm4State key, byte[] iv, byte[] in, boolean pad) {
    int whole = in.length & ~(B - 1);
    if (!pad && whole != in.length) {
      return null;
    }
    byte[] out = new byte[pad ? whole + B : whole];
    int[] rk = key.encrypt;
    int[] x = new int[4];
    int x0 = Sm4Core.getInt(iv, 0);
    int x1 = Sm4Core.getInt(iv, 4);
    int x2 = Sm4Core.getInt(iv, 8);
    int x3 = Sm4Core.getInt(iv, 12);
    for (int i = 0; i < whole; i += B) {
      Sm4Core.crypt(
          rk,
          x0 ^ Sm4Core.getInt(in, i),
          x1 ^ Sm4Core.getInt(in, i + 4),
          x2 ^ Sm4Core.getInt(in, i + 8),
          x3 ^ Sm4Core.getInt(in, i + 12),
          x);
      x0 = x[0];
      x1 = x[1];
      x2 = x[2];
      x3 = x[3];
      Sm4Core.putInt(out, i, x0);
      Sm4Core.putInt(out, i + 4, x1);
      Sm4Core.putInt(out, i + 8, x2);
      Sm4Core.putInt(out, i + 12, x3);
    }
    if (pad) {
      byte[] last = new byte[B];
      int rest = in.length - whole;
      System.arraycopy(in, whole, last, 0, rest);
      Arrays.fill(last, rest, B, (byte) (B - rest));
      Sm4Core.crypt(
          rk,
          x0 ^ Sm4Core.getInt(last, 0),
          x1 ^ Sm4Core.getInt(last, 4),
          x2 ^ Sm4Core.getInt(last, 8),
          x3 ^ Sm4Core.getInt(last, 12),
          x);
      for (int j = 0; j < 4; j++) {
        Sm4Core.putInt(out, whole + 4 * j, x[j]);
      }
      Arrays.fill(last, (byte) 0);
    }
    return out;
  }

  /**
   * Decrypts {@code in}; with {@code pad}, checks and removes PKCS#7 padding.
   *
   * @return the plaintext, or null if {@code in} is not whole blocks (or empty, with padding) or
   *     the padding is bad
   */
  public static byte[] decrypt(Sm4State key, byte[] iv, byte[] in, boolean pad) {
    int n = in.length;
    if ((n & (B - 1)) != 0 || (pad && n == 0)) {
      return null;
    }
    if (n == 0) {
      return new byte[0];
    }
    int[] rk = key.decrypt;
    // The last block first: it says how long the output is.
    byte[] last = new byte[B];
    int[] x = new int[4];
    block(rk, x, in, n - B, n == B ? iv : in, n == B ? 0 : n - 2 * B, last, 0);
    int keep = B;
    if (pad) {
      int count = last[B - 1] & 0xff;
      int bad = (count - 1) >>> 31 | (B - count) >>> 31; // count == 0 or count > 16
      for (int j = 0; j < B; j++) {
        // every byte in the last `count` positions must equal count
        int inPad = (B - 1 - j - count) >>> 31; // 1 when j >= B - count
        bad |= inPad & (((last[j] & 0xff) ^ count) + 0xff) >>> 8;
      }
      if (bad != 0) {
        Arrays.fill(last, (byte) 0);
        return null;
      }
      keep = B - count;
    }
    byte[] out = new byte[n - B + keep];
    int body = n - B;
    if (body > 0) {
      block(rk, x, in, 0, iv, 0, out, 0);
    }
    int[] y = new int[8];
    int i = B;
    for (; body - i >= 2 * B; i += 2 * B) {
      Sm4Core.crypt2(
          rk,
          Sm4Core.getInt(in, i),
          Sm4Core.getInt(in, i + 4),
          Sm4Core.getInt(in, i + 8),
          Sm4Core.getInt(in, i + 12),
          Sm4Core.getInt(in, i + 16),
          Sm4Core.getInt(in, i + 20),
          Sm4Core.getInt(in, i + 24),
          Sm4Core.getInt(in, i + 28),
          y);
      for (int j = 0; j < 8; j++) {
        Sm4Core.putInt(out, i + 4 * j, y[j] ^ Sm4Core.getInt(in, i - B + 4 * j));
      }
    }
    for (; i < body; i += B) {
      block(rk, x, in, i, in, i - B, out, i);
    }
    System.arraycopy(last, 0, out, n - B, keep);
    Arrays.fill(last, (byte) 0);
    return out;
  }

  private static void block(
      int[] rk, int[] x, byte[] in, int off, byte[] prev, int prevOff, byte[] out, int outOff) {
    Sm4Core.crypt(
        rk,
        Sm4Core.getInt(in, off),
        Sm4Core.getInt(in, off + 4),
        Sm4Core.getInt(in, off + 8),
        Sm4Core.getInt(in, off + 12),
        x);
    for (int j = 0; j < 4; j++) {
      Sm4Core.putInt(out, outOff + 4 * j, x[j] ^ Sm4Core.getInt(prev, prevOff + 4 * j));
    }
  }
}
