package io.anke.crypto.sm4.internal;

import java.security.SecureRandom;

/**
 * Random nonces for {@code Sm4Gcm} and {@code Sm4Ccm} without a shared lock: each thread has its
 * own generator, SM4 in counter mode under a 128-bit key and a 128-bit starting counter drawn from
 * the system's strong source ({@link SecureRandom}), re-keyed from that source every {@value
 * #RESEED} outputs. A nonce is the first 12 bytes of SM4(k, counter), the counter then incremented.
 *
 * <p>Why nonces do not repeat (beyond chance): within one generator key, SM4 is a permutation and
 * the counters are distinct, so the 16-byte blocks are distinct and indistinguishable from random
 * (SM4 as a pseudorandom permutation); their 12-byte prefixes collide no more often than
 * independent uniform 96-bit values. Different threads, re-keyings and processes use independent
 * keys from the strong source, so their outputs are independent. Hence the bound of random 96-bit
 * nonces holds unchanged: after q encryptions under one key the probability that any two share a
 * nonce is below q²/2⁹⁷, which is why {@code Sm4Gcm} advises at most 2³² messages per key. Nonces
 * need to be unique, not secret; the generator key is still never exposed.
 */
final class Nonces {
  static final int RESEED = 1 << 16;

  private static final SecureRandom SEED = new SecureRandom();
  private static final ThreadLocal<Nonces> PER_THREAD = ThreadLocal.withInitial(Nonces::new);

  private final int[] block = new int[4];
  private int[] rk;
  private int c0;
  private int c1;
  private int c2;
  private int c3;
  private int left;

  private Nonces() {}

  /** Writes a fresh 12-byte nonce at {@code out[off..off + 12)}. */
  static void next(byte[] out, int off) {
    PER_THREAD.get().write(out, off);
  }

  private void write(byte[] out, int off) {
    if (left == 0) {
      byte[] seed = new byte[32];
      SEED.nextBytes(seed);
      rk = Sm4Core.expandKey(seed);
      c0 = Sm4Core.getInt(seed, 16);
      c1 = Sm4Core.getInt(seed, 20);
      c2 = Sm4Core.getInt(seed, 24);
      c3 = Sm4Core.getInt(seed, 28);
      java.util.Arrays.fill(seed, (byte) 0);
      left = RESEED;
    }
    left--;
    Sm4Core.crypt(rk, c0, c1, c2, c3, block);
    if (++c3 == 0 && ++c2 == 0 && ++c1 == 0) {
      ++c0;
    }
    Sm4Core.putInt(out, off, block[0]);
    Sm4Core.putInt(out, off + 4, block[1]);
    Sm4Core.putInt(out, off + 8, block[2]);
  }
}
