package io.anke.crypto.sm4.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * GHASH (NIST SP 800-38D) over 128-bit values held as two longs, the first bit of the block (the
 * coefficient of x⁰) in the top bit of the high long. Multiplication by H uses a per-key table of
 * the 256 multiples of H by a byte (Shoup's method, 8 bits at a time) and a fixed table of the
 * reduction terms, so one block costs 16 steps of shifts, XORs and table loads. The table is
 * indexed by bytes of the running hash, which depend on H: secret-dependent memory access, as with
 * every table-driven GHASH.
 */
final class Ghash {
  static final VarHandle LONG_BE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private static final long R = 0xe1L << 56;

  /** REDUCE[r]: what the byte r shifted out of the low end adds to the high end, times x⁸. */
  private static final long[] REDUCE = new long[256];

  static {
    for (int r = 0; r < 256; r++) {
      long h = 0;
      long l = r;
      for (int i = 0; i < 8; i++) {
        long carry = l & 1;
        l = (l >>> 1) | (h << 63);
        h >>>= 1;
        if (carry != 0) {
          h ^= R;
        }
      }
      REDUCE[r] = h;
    }
  }

  private Ghash() {}

  /** The table of H: entry b (high long at b, low long at 256 + b) is H times the byte b. */
  static long[] table(long hHi, long hLo) {
    long[] t = new long[512];
    long h = hHi;
    long l = hLo;
    for (int bit = 0x80; bit != 0; bit >>>= 1) {
      t[bit] = h;
      t[256 + bit] = l;
      long carry = l & 1;
      l = (l >>> 1) | (h << 63);
      h >>>= 1;
      if (carry != 0) {
        h ^= R;
      }
    }
    for (int b = 2; b < 256; b <<= 1) {
      for (int j = 1; j < b; j++) {
        t[b + j] = t[b] ^ t[j];
        t[256 + b + j] = t[256 + b] ^ t[256 + j];
      }
    }
    return t;
  }

  /** acc = (acc ^ (xHi, xLo)) · H. */
  static void update(long[] t, long[] acc, long xHi, long xLo) {
    long xh = acc[0] ^ xHi;
    long xl = acc[1] ^ xLo;
    long zh = 0;
    long zl = 0;
    for (int i = 0; i < 64; i += 8) {
      int b = (int) (xl >>> i) & 0xff;
      int r = (int) zl & 0xff;
      zl = ((zl >>> 8) | (zh << 56)) ^ t[256 + b];
      zh = (zh >>> 8) ^ REDUCE[r] ^ t[b];
    }
    for (int i = 0; i < 64; i += 8) {
      int b = (int) (xh >>> i) & 0xff;
      int r = (int) zl & 0xff;
      zl = ((zl >>> 8) | (zh << 56)) ^ t[256 + b];
      zh = (zh >>> 8) ^ REDUCE[r] ^ t[b];
    }
    acc[0] = zh;
    acc[1] = zl;
  }

  /** Absorbs {@code length} bytes at {@code off}, the last partial block padded with zeros. */
  static void absorb(long[] t, long[] acc, byte[] in, int off, int length) {
    int end = off + length;
    int whole = off + (length & ~15);
    for (int i = off; i < whole; i += 16) {
      update(t, acc, (long) LONG_BE.get(in, i), (long) LONG_BE.get(in, i + 8));
    }
    if (whole < end) {
      byte[] last = new byte[16];
      System.arraycopy(in, whole, last, 0, end - whole);
      update(t, acc, (long) LONG_BE.get(last, 0), (long) LONG_BE.get(last, 8));
    }
  }
}
