package io.anke.crypto.sm3.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.bouncycastle.crypto.ExtendedDigest;
import org.bouncycastle.util.Memoable;

/**
 * SM3 (GB/T 32905-2016) with an unrolled compression function: the 64 rounds rename the eight
 * working words instead of moving them, the message expansion W/W' is computed as the rounds need
 * it in sixteen local words (no 68- and 64-word arrays), and the round constants T<sub>j</sub>
 * &lt;&lt;&lt; j are precomputed. Agrees with Bouncy Castle's {@code SM3Digest} bit for bit (the
 * crypto tests check it on random inputs) and can stand in for it wherever Bouncy Castle takes a
 * {@link ExtendedDigest} (its {@code HMac} uses the {@link Memoable} side to keep padded-key
 * states).
 *
 * <p>Layout of {@link #compress}: rounds 0–15 written out, rounds 16–63 as three passes of a
 * written-out 16-round body (the round constants then come from a table); written out entirely the
 * method would pass the 8,000 bytes of bytecode above which HotSpot does not compile a method at
 * all. Every round is the same five lines with the roles of the eight words shifted by one, four
 * rounds to a full turn. Input words are read through a big-endian {@code VarHandle} view; the
 * engine's own buffers are written with plain byte stores (see {@code putInt}).
 *
 * <p>Not thread-safe: one instance per caller. The chaining value can be exported and restored
 * ({@link #chain}, {@link #restore}) so that a keyed state computed once (the HMAC pads) starts
 * many messages without recomputing it.
 */
public final class Sm3Engine implements ExtendedDigest, Memoable {
  /** Digest length in bytes. */
  public static final int DIGEST_LENGTH = 32;

  /** Block length in bytes. */
  public static final int BLOCK_LENGTH = 64;

  private static final VarHandle BE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

  private static final int[] IV = {
    0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa, 0xe38dee4d, 0xb0fb0e4e
  };

  /** T_j &lt;&lt;&lt; (j mod 32). */
  private static final int[] T = new int[64];

  static {
    for (int j = 0; j < 64; j++) {
      T[j] = Integer.rotateLeft(j < 16 ? 0x79cc4519 : 0x7a879d8a, j);
    }
  }

  private final int[] v = new int[8];
  private final byte[] buffer = new byte[BLOCK_LENGTH];
  private int buffered;
  private long blocks; // compressed blocks since the last reset, including a restored chain's

  /** A fresh engine at the SM3 initial value. */
  public Sm3Engine() {
    reset();
  }

  private Sm3Engine(Sm3Engine other) {
    reset(other);
  }

  @Override
  public String getAlgorithmName() {
    return "SM3";
  }

  @Override
  public int getDigestSize() {
    return DIGEST_LENGTH;
  }

  @Override
  public int getByteLength() {
    return BLOCK_LENGTH;
  }

  @Override
  public void update(byte in) {
    buffer[buffered++] = in;
    if (buffered == BLOCK_LENGTH) {
      compress(v, buffer, 0, 1);
      blocks++;
      buffered = 0;
    }
  }

  @Override
  public void update(byte[] in, int offset, int length) {
    if (length <= 0) {
      return;
    }
    if (buffered > 0) {
      int take = Math.min(BLOCK_LENGTH - buffered, length);
      System.arraycopy(in, offset, buffer, buffered, take);
      buffered += take;
      offset += take;
      length -= take;
      if (buffered < BLOCK_LENGTH) {
        return;
      }
      compress(v, buffer, 0, 1);
      blocks++;
      buffered = 0;
    }
    int whole = length >>> 6;
    if (whole > 0) {
      compress(v, in, offset, whole);
      blocks += whole;
      int done = whole << 6;
      offset += done;
      length -= done;
    }
    if (length > 0) {
      System.arraycopy(in, offset, buffer, 0, length);
      buffered = length;
    }
  }

  /** Pads, writes the 32-byte digest at {@code offset} and resets to the initial value. */
  @Override
  public int doFinal(byte[] out, int offset) {
    finish();
    chainBytes(out, offset);
    reset();
    return DIGEST_LENGTH;
  }

  /**
   * Pads and leaves the final chaining value in this engine (readable with {@link #chain}) without
   * resetting; the HMAC code feeds it straight into the outer hash.
   */
  public void finish() {
    long bits = ((blocks << 6) + buffered) << 3;
    byte[] b = buffer;
    int n = buffered;
    b[n++] = (byte) 0x80;
    if (n > BLOCK_LENGTH - 8) {
      Arrays.fill(b, n, BLOCK_LENGTH, (byte) 0);
      compress(v, b, 0, 1);
      n = 0;
    }
    Arrays.fill(b, n, BLOCK_LENGTH - 8, (byte) 0);
    putInt(b, BLOCK_LENGTH - 8, (int) (bits >>> 32));
    putInt(b, BLOCK_LENGTH - 4, (int) bits);
    compress(v, b, 0, 1);
    buffered = 0;
  }

  /**
   * HMAC's outer hash in place: finishes this (inner) hash, then hashes its 32-byte digest from the
   * outer padded-key state {@code pads[from..from+7]} (one block: digest, padding, length 96 bytes)
   * and writes the tag at {@code out[at..]}. The engine is left wiped.
   */
  public void finishHmac(int[] pads, int from, byte[] out, int at) {
    finish();
    byte[] b = buffer;
    for (int i = 0; i < 8; i++) {
      putInt(b, 4 * i, v[i]);
    }
    b[DIGEST_LENGTH] = (byte) 0x80;
    Arrays.fill(b, DIGEST_LENGTH + 1, BLOCK_LENGTH - 4, (byte) 0);
    putInt(b, BLOCK_LENGTH - 4, (BLOCK_LENGTH + DIGEST_LENGTH) * 8);
    System.arraycopy(pads, from, v, 0, 8);
    compress(v, b, 0, 1);
    chainBytes(out, at);
    wipe();
  }

  /** Copies the chaining value into {@code out[0..7]}. */
  public void chain(int[] out) {
    chain(out, 0);
  }

  /** Copies the chaining value into {@code out[at..at+7]}. */
  public void chain(int[] out, int at) {
    System.arraycopy(v, 0, out, at, 8);
  }

  /** Writes the chaining value as 32 big-endian bytes at {@code out[at..]}. */
  public void chainBytes(byte[] out, int at) {
    for (int i = 0; i < 8; i++) {
      putInt(out, at + 4 * i, v[i]);
    }
  }

  /**
   * Starts over from the chaining value {@code chain} (eight words) as if {@code blocks} whole
   * blocks had been hashed to reach it.
   */
  public void restore(int[] chain, long blocks) {
    restore(chain, 0, blocks);
  }

  /** {@link #restore(int[], long)} from the eight words at {@code chain[from..from+7]}. */
  public void restore(int[] chain, int from, long blocks) {
    System.arraycopy(chain, from, v, 0, 8);
    this.blocks = blocks;
    this.buffered = 0;
  }

  @Override
  public void reset() {
    System.arraycopy(IV, 0, v, 0, 8);
    buffered = 0;
    blocks = 0;
  }

  /**
   * Overwrites the chaining value and the buffer with zeros (the engine is then unusable until
   * reset).
   */
  public void wipe() {
    Arrays.fill(v, 0);
    Arrays.fill(buffer, (byte) 0);
    buffered = 0;
    blocks = 0;
  }

  @Override
  public Sm3Engine copy() {
    return new Sm3Engine(this);
  }

  @Override
  public void reset(Memoable other) {
    Sm3Engine o = (Sm3Engine) other;
    System.arraycopy(o.v, 0, v, 0, 8);
    System.arraycopy(o.buffer, 0, buffer, 0, BLOCK_LENGTH);
    buffered = o.buffered;
    blocks = o.blocks;
  }

  // Plain byte stores, not a VarHandle view: the engine's own buffers are written this way only
  // (the view of a byte array as ints, a mismatched access for C2, is kept to reading input).
  private static void putInt(byte[] b, int at, int value) {
    b[at] = (byte) (value >>> 24);
    b[at + 1] = (byte) (value >>> 16);
    b[at + 2] = (byte) (value >>> 8);
    b[at + 3] = (byte) value;
  }

  /**
   * Compresses {@code count} consecutive 64-byte blocks of {@code in} from {@code offset} into
   * {@code v}.
   */
  public static void compress(int[] v, byte[] in, int offset, int count) {
    for (int block = 0; block < count; block++, offset += BLOCK_LENGTH) {
      int w0 = (int) BE.get(in, offset);
      int w1 = (int) BE.get(in, offset + 4);
      int w2 = (int) BE.get(in, offset + 8);
      int w3 = (int) BE.get(in, offset + 12);
      int w4 = (int) BE.get(in, offset + 16);
      int w5 = (int) BE.get(in, offset + 20);
      int w6 = (int) BE.get(in, offset + 24);
      int w7 = (int) BE.get(in, offset + 28);
      int w8 = (int) BE.get(in, offset + 32);
      int w9 = (int) BE.get(in, offset + 36);
      int w10 = (int) BE.get(in, offset + 40);
      int w11 = (int) BE.get(in, offset + 44);
      int w12 = (int) BE.get(in, offset + 48);
      int w13 = (int) BE.get(in, offset + 52);
      int w14 = (int) BE.get(in, offset + 56);
      int w15 = (int) BE.get(in, offset + 60);
      int a = v[0];
      int b = v[1];
      int c = v[2];
      int d = v[3];
      int e = v[4];
      int f = v[5];
      int g = v[6];
      int h = v[7];
      int x;
      int y;
      x = Integer.rotateLeft(a, 12);
      y = Integer.rotateLeft(x + e + 0x79cc4519, 7);
      d += (a ^ b ^ c) + (y ^ x) + (w0 ^ w4);
      x = (e ^ f ^ g) + h + y + w0;
      b = Integer.rotateLeft(b, 9);
      f = Integer.rotateLeft(f, 19);
      h = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
      x = Integer.rotateLeft(d, 12);
      y = Integer.rotateLeft(x + h + 0xf3988a32, 7);
      c += (d ^ a ^ b) + (y ^ x) + (w1 ^ w5);
      x = (h ^ e ^ f) + g + y + w1;
      a = Integer.rotateLeft(a, 9);
      e = Integer.rotateLeft(e, 19);
      g = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
      x = Integer.rotateLeft(c, 12);
      y = Integer.rotateLeft(x + g + 0xe7311465, 7);
      b += (c ^ d ^ a) + (y ^ x) + (w2 ^ w6);
      x = (g ^ h ^ e) + f + y + w2;
      d = Integer.rotateLeft(d, 9);
      h = Integer.rotateLeft(h, 19);
      f = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
      x = Integer.rotateLeft(b, 12);
      y = Integer.rotateLeft(x + f + 0xce6228cb, 7);
      a += (b ^ c ^ d) + (y ^ x) + (w3 ^ w7);
      x = (f ^ g ^ h) + e + y + w3;
      c = Integer.rotateLeft(c, 9);
      g = Integer.rotateLeft(g, 19);
      e = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
      x = Integer.rotateLeft(a, 12);
      y = Integer.rotateLeft(x + e + 0x9cc45197, 7);
      d += (a ^ b ^ c) + (y ^ x) + (w4 ^ w8);
      x = (e ^ f ^ g) + h + y + w4;
      b = Integer.rotateLeft(b, 9);
      f = Integer.rotateLeft(f, 19);
      h = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
      x = Integer.rotateLeft(d, 12);
      y = Integer.rotateLeft(x + h + 0x3988a32f, 7);
      c += (d ^ a ^ b) + (y ^ x) + (w5 ^ w9);
      x = (h ^ e ^ f) + g + y + w5;
      a = Integer.rotateLeft(a, 9);
      e = Integer.rotateLeft(e, 19);
      g = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
      x = Integer.rotateLeft(c, 12);
      y = Integer.rotateLeft(x + g + 0x7311465e, 7);
      b += (c ^ d ^ a) + (y ^ x) + (w6 ^ w10);
      x = (g ^ h ^ e) + f + y + w6;
      d = Integer.rotateLeft(d, 9);
      h = Integer.rotateLeft(h, 19);
      f = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
      x = Integer.rotateLeft(b, 12);
      y = Integer.rotateLeft(x + f + 0xe6228cbc, 7);
      a += (b ^ c ^ d) + (y ^ x) + (w7 ^ w11);
      x = (f ^ g ^ h) + e + y + w7;
      c = Integer.rotateLeft(c, 9);
      g = Integer.rotateLeft(g, 19);
      e = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
      x = Integer.rotateLeft(a, 12);
      y = Integer.rotateLeft(x + e + 0xcc451979, 7);
      d += (a ^ b ^ c) + (y ^ x) + (w8 ^ w12);
      x = (e ^ f ^ g) + h + y + w8;
      b = Integer.rotateLeft(b, 9);
      f = Integer.rotateLeft(f, 19);
      h = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
      x = Integer.rotateLeft(d, 12);
      y = Integer.rotateLeft(x + h + 0x988a32f3, 7);
      c += (d ^ a ^ b) + (y ^ x) + (w9 ^ w13);
      x = (h ^ e ^ f) + g + y + w9;
      a = Integer.rotateLeft(a, 9);
      e = Integer.rotateLeft(e, 19);
      g = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
      x = Integer.rotateLeft(c, 12);
      y = Integer.rotateLeft(x + g + 0x311465e7, 7);
      b += (c ^ d ^ a) + (y ^ x) + (w10 ^ w14);
      x = (g ^ h ^ e) + f + y + w10;
      d = Integer.rotateLeft(d, 9);
      h = Integer.rotateLeft(h, 19);
      f = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
      x = Integer.rotateLeft(b, 12);
      y = Integer.rotateLeft(x + f + 0x6228cbce, 7);
      a += (b ^ c ^ d) + (y ^ x) + (w11 ^ w15);
      x = (f ^ g ^ h) + e + y + w11;
      c = Integer.rotateLeft(c, 9);
      g = Integer.rotateLeft(g, 19);
      e = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
      x = w0 ^ w7 ^ Integer.rotateLeft(w13, 15);
      w0 =
          x
              ^ Integer.rotateLeft(x, 15)
              ^ Integer.rotateLeft(x, 23)
              ^ Integer.rotateLeft(w3, 7)
              ^ w10;
      x = Integer.rotateLeft(a, 12);
      y = Integer.rotateLeft(x + e + 0xc451979c, 7);
      d += (a ^ b ^ c) + (y ^ x) + (w12 ^ w0);
      x = (e ^ f ^ g) + h + y + w12;
      b = Integer.rotateLeft(b, 9);
      f = Integer.rotateLeft(f, 19);
      h = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
      x = w1 ^ w8 ^ Integer.rotateLeft(w14, 15);
      w1 =
          x
              ^ Integer.rotateLeft(x, 15)
              ^ Integer.rotateLeft(x, 23)
              ^ Integer.rotateLeft(w4, 7)
              ^ w11;
      x = Integer.rotateLeft(d, 12);
      y = Integer.rotateLeft(x + h + 0x88a32f39, 7);
      c += (d ^ a ^ b) + (y ^ x) + (w13 ^ w1);
      x = (h ^ e ^ f) + g + y + w13;
      a = Integer.rotateLeft(a, 9);
      e = Integer.rotateLeft(e, 19);
      g = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
      x = w2 ^ w9 ^ Integer.rotateLeft(w15, 15);
      w2 =
          x
              ^ Integer.rotateLeft(x, 15)
              ^ Integer.rotateLeft(x, 23)
              ^ Integer.rotateLeft(w5, 7)
              ^ w12;
      x = Integer.rotateLeft(c, 12);
      y = Integer.rotateLeft(x + g + 0x11465e73, 7);
      b += (c ^ d ^ a) + (y ^ x) + (w14 ^ w2);
      x = (g ^ h ^ e) + f + y + w14;
      d = Integer.rotateLeft(d, 9);
      h = Integer.rotateLeft(h, 19);
      f = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
      x = w3 ^ w10 ^ Integer.rotateLeft(w0, 15);
      w3 =
          x
              ^ Integer.rotateLeft(x, 15)
              ^ Integer.rotateLeft(x, 23)
              ^ Integer.rotateLeft(w6, 7)
              ^ w13;
      x = Integer.rotateLeft(b, 12);
      y = Integer.rotateLeft(x + f + 0x228cbce6, 7);
      a += (b ^ c ^ d) + (y ^ x) + (w15 ^ w3);
      x = (f ^ g ^ h) + e + y + w15;
      c = Integer.rotateLeft(c, 9);
      g = Integer.rotateLeft(g, 19);
      e = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
      for (int j = 16; j < 64; j += 16) {
        x = w4 ^ w11 ^ Integer.rotateLeft(w1, 15);
        w4 =
            x
                ^ Integer.rotateLeft(x, 15)
                ^ Integer.rotateLeft(x, 23)
                ^ Integer.rotateLeft(w7, 7)
                ^ w14;
        x = Integer.rotateLeft(a, 12);
        y = Integer.rotateLeft(x + e + T[j], 7);
        d += ((a & b) | ((a | b) & c)) + (y ^ x) + (w0 ^ w4);
        x = (((f ^ g) & e) ^ g) + h + y + w0;
        b = Integer.rotateLeft(b, 9);
        f = Integer.rotateLeft(f, 19);
        h = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
        x = w5 ^ w12 ^ Integer.rotateLeft(w2, 15);
        w5 =
            x
                ^ Integer.rotateLeft(x, 15)
                ^ Integer.rotateLeft(x, 23)
                ^ Integer.rotateLeft(w8, 7)
                ^ w15;
        x = Integer.rotateLeft(d, 12);
        y = Integer.rotateLeft(x + h + T[j + 1], 7);
        c += ((d & a) | ((d | a) & b)) + (y ^ x) + (w1 ^ w5);
        x = (((e ^ f) & h) ^ f) + g + y + w1;
        a = Integer.rotateLeft(a, 9);
        e = Integer.rotateLeft(e, 19);
        g = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
        x = w6 ^ w13 ^ Integer.rotateLeft(w3, 15);
        w6 =
            x
                ^ Integer.rotateLeft(x, 15)
                ^ Integer.rotateLeft(x, 23)
                ^ Integer.rotateLeft(w9, 7)
                ^ w0;
        x = Integer.rotateLeft(c, 12);
        y = Integer.rotateLeft(x + g + T[j + 2], 7);
        b += ((c & d) | ((c | d) & a)) + (y ^ x) + (w2 ^ w6);
        x = (((h ^ e) & g) ^ e) + f + y + w2;
        d = Integer.rotateLeft(d, 9);
        h = Integer.rotateLeft(h, 19);
        f = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
        x = w7 ^ w14 ^ Integer.rotateLeft(w4, 15);
        w7 =
            x
                ^ Integer.rotateLeft(x, 15)
                ^ Integer.rotateLeft(x, 23)
                ^ Integer.rotateLeft(w10, 7)
                ^ w1;
        x = Integer.rotateLeft(b, 12);
        y = Integer.rotateLeft(x + f + T[j + 3], 7);
        a += ((b & c) | ((b | c) & d)) + (y ^ x) + (w3 ^ w7);
        x = (((g ^ h) & f) ^ h) + e + y + w3;
        c = Integer.rotateLeft(c, 9);
        g = Integer.rotateLeft(g, 19);
        e = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
        x = w8 ^ w15 ^ Integer.rotateLeft(w5, 15);
        w8 =
            x
                ^ Integer.rotateLeft(x, 15)
                ^ Integer.rotateLeft(x, 23)
                ^ Integer.rotateLeft(w11, 7)
                ^ w2;
        x = Integer.rotateLeft(a, 12);
        y = Integer.rotateLeft(x + e + T[j + 4], 7);
        d += ((a & b) | ((a | b) & c)) + (y ^ x) + (w4 ^ w8);
        x = (((f ^ g) & e) ^ g) + h + y + w4;
        b = Integer.rotateLeft(b, 9);
        f = Integer.rotateLeft(f, 19);
        h = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
        x = w9 ^ w0 ^ Integer.rotateLeft(w6, 15);
        w9 =
            x
                ^ Integer.rotateLeft(x, 15)
                ^ Integer.rotateLeft(x, 23)
                ^ Integer.rotateLeft(w12, 7)
                ^ w3;
        x = Integer.rotateLeft(d, 12);
        y = Integer.rotateLeft(x + h + T[j + 5], 7);
        c += ((d & a) | ((d | a) & b)) + (y ^ x) + (w5 ^ w9);
        x = (((e ^ f) & h) ^ f) + g + y + w5;
        a = Integer.rotateLeft(a, 9);
        e = Integer.rotateLeft(e, 19);
        g = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
        x = w10 ^ w1 ^ Integer.rotateLeft(w7, 15);
        w10 =
            x
                ^ Integer.rotateLeft(x, 15)
                ^ Integer.rotateLeft(x, 23)
                ^ Integer.rotateLeft(w13, 7)
                ^ w4;
        x = Integer.rotateLeft(c, 12);
        y = Integer.rotateLeft(x + g + T[j + 6], 7);
        b += ((c & d) | ((c | d) & a)) + (y ^ x) + (w6 ^ w10);
        x = (((h ^ e) & g) ^ e) + f + y + w6;
        d = Integer.rotateLeft(d, 9);
        h = Integer.rotateLeft(h, 19);
        f = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
        x = w11 ^ w2 ^ Integer.rotateLeft(w8, 15);
        w11 =
            x
                ^ Integer.rotateLeft(x, 15)
                ^ Integer.rotateLeft(x, 23)
                ^ Integer.rotateLeft(w14, 7)
                ^ w5;
        x = Integer.rotateLeft(b, 12);
        y = Integer.rotateLeft(x + f + T[j + 7], 7);
        a += ((b & c) | ((b | c) & d)) + (y ^ x) + (w7 ^ w11);
        x = (((g ^ h) & f) ^ h) + e + y + w7;
        c = Integer.rotateLeft(c, 9);
        g = Integer.rotateLeft(g, 19);
        e = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
        x = w12 ^ w3 ^ Integer.rotateLeft(w9, 15);
        w12 =
            x
                ^ Integer.rotateLeft(x, 15)
                ^ Integer.rotateLeft(x, 23)
                ^ Integer.rotateLeft(w15, 7)
                ^ w6;
        x = Integer.rotateLeft(a, 12);
        y = Integer.rotateLeft(x + e + T[j + 8], 7);
        d += ((a & b) | ((a | b) & c)) + (y ^ x) + (w8 ^ w12);
        x = (((f ^ g) & e) ^ g) + h + y + w8;
        b = Integer.rotateLeft(b, 9);
        f = Integer.rotateLeft(f, 19);
        h = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
        x = w13 ^ w4 ^ Integer.rotateLeft(w10, 15);
        w13 =
            x
                ^ Integer.rotateLeft(x, 15)
                ^ Integer.rotateLeft(x, 23)
                ^ Integer.rotateLeft(w0, 7)
                ^ w7;
        x = Integer.rotateLeft(d, 12);
        y = Integer.rotateLeft(x + h + T[j + 9], 7);
        c += ((d & a) | ((d | a) & b)) + (y ^ x) + (w9 ^ w13);
        x = (((e ^ f) & h) ^ f) + g + y + w9;
        a = Integer.rotateLeft(a, 9);
        e = Integer.rotateLeft(e, 19);
        g = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
        x = w14 ^ w5 ^ Integer.rotateLeft(w11, 15);
        w14 =
            x
                ^ Integer.rotateLeft(x, 15)
                ^ Integer.rotateLeft(x, 23)
                ^ Integer.rotateLeft(w1, 7)
                ^ w8;
        x = Integer.rotateLeft(c, 12);
        y = Integer.rotateLeft(x + g + T[j + 10], 7);
        b += ((c & d) | ((c | d) & a)) + (y ^ x) + (w10 ^ w14);
        x = (((h ^ e) & g) ^ e) + f + y + w10;
        d = Integer.rotateLeft(d, 9);
        h = Integer.rotateLeft(h, 19);
        f = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
        x = w15 ^ w6 ^ Integer.rotateLeft(w12, 15);
        w15 =
            x
                ^ Integer.rotateLeft(x, 15)
                ^ Integer.rotateLeft(x, 23)
                ^ Integer.rotateLeft(w2, 7)
                ^ w9;
        x = Integer.rotateLeft(b, 12);
        y = Integer.rotateLeft(x + f + T[j + 11], 7);
        a += ((b & c) | ((b | c) & d)) + (y ^ x) + (w11 ^ w15);
        x = (((g ^ h) & f) ^ h) + e + y + w11;
        c = Integer.rotateLeft(c, 9);
        g = Integer.rotateLeft(g, 19);
        e = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
        x = w0 ^ w7 ^ Integer.rotateLeft(w13, 15);
        w0 =
            x
                ^ Integer.rotateLeft(x, 15)
                ^ Integer.rotateLeft(x, 23)
                ^ Integer.rotateLeft(w3, 7)
                ^ w10;
        x = Integer.rotateLeft(a, 12);
        y = Integer.rotateLeft(x + e + T[j + 12], 7);
        d += ((a & b) | ((a | b) & c)) + (y ^ x) + (w12 ^ w0);
        x = (((f ^ g) & e) ^ g) + h + y + w12;
        b = Integer.rotateLeft(b, 9);
        f = Integer.rotateLeft(f, 19);
        h = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
        x = w1 ^ w8 ^ Integer.rotateLeft(w14, 15);
        w1 =
            x
                ^ Integer.rotateLeft(x, 15)
                ^ Integer.rotateLeft(x, 23)
                ^ Integer.rotateLeft(w4, 7)
                ^ w11;
        x = Integer.rotateLeft(d, 12);
        y = Integer.rotateLeft(x + h + T[j + 13], 7);
        c += ((d & a) | ((d | a) & b)) + (y ^ x) + (w13 ^ w1);
        x = (((e ^ f) & h) ^ f) + g + y + w13;
        a = Integer.rotateLeft(a, 9);
        e = Integer.rotateLeft(e, 19);
        g = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
        x = w2 ^ w9 ^ Integer.rotateLeft(w15, 15);
        w2 =
            x
                ^ Integer.rotateLeft(x, 15)
                ^ Integer.rotateLeft(x, 23)
                ^ Integer.rotateLeft(w5, 7)
                ^ w12;
        x = Integer.rotateLeft(c, 12);
        y = Integer.rotateLeft(x + g + T[j + 14], 7);
        b += ((c & d) | ((c | d) & a)) + (y ^ x) + (w14 ^ w2);
        x = (((h ^ e) & g) ^ e) + f + y + w14;
        d = Integer.rotateLeft(d, 9);
        h = Integer.rotateLeft(h, 19);
        f = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
        x = w3 ^ w10 ^ Integer.rotateLeft(w0, 15);
        w3 =
            x
                ^ Integer.rotateLeft(x, 15)
                ^ Integer.rotateLeft(x, 23)
                ^ Integer.rotateLeft(w6, 7)
                ^ w13;
        x = Integer.rotateLeft(b, 12);
        y = Integer.rotateLeft(x + f + T[j + 15], 7);
        a += ((b & c) | ((b | c) & d)) + (y ^ x) + (w15 ^ w3);
        x = (((g ^ h) & f) ^ h) + e + y + w15;
        c = Integer.rotateLeft(c, 9);
        g = Integer.rotateLeft(g, 19);
        e = x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
      }

      v[0] ^= a;
      v[1] ^= b;
      v[2] ^= c;
      v[3] ^= d;
      v[4] ^= e;
      v[5] ^= f;
      v[6] ^= g;
      v[7] ^= h;
    }
  }
}
