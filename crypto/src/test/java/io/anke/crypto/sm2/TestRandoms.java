package io.anke.crypto.sm2;

import io.anke.crypto.sm2.internal.Sm2Domain;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.SplittableRandom;
import org.bouncycastle.crypto.signers.DSAKCalculator;
import org.bouncycastle.crypto.signers.RandomDSAKCalculator;

/**
 * Deterministic randomness for tests: fixed nonces of the standard vectors, k drawn the way Bouncy
 * Castle draws it, and seeded streams.
 */
final class TestRandoms {
  private TestRandoms() {}

  /**
   * A nonce generator that hands out {@code hex} once and fails on a second request, for the
   * test-only {@code withNonceGenerator} hooks (the standard's examples fix k).
   */
  static DSAKCalculator fixedK(String hex) {
    BigInteger k = new BigInteger(hex, 16);
    return new DSAKCalculator() {
      private boolean used;

      @Override
      public boolean isDeterministic() {
        return true;
      }

      @Override
      public void init(BigInteger n, SecureRandom random) {}

      @Override
      public void init(BigInteger n, BigInteger d, byte[] message) {}

      @Override
      public BigInteger nextK() {
        if (used) {
          throw new IllegalStateException("fixed k asked for twice");
        }
        used = true;
        return k;
      }
    };
  }

  /**
   * k drawn from {@code random} exactly as Bouncy Castle's {@code SM2Signer} and {@code SM2Engine}
   * draw it, so that the same seed gives byte-identical output in differential tests.
   */
  static DSAKCalculator likeBouncyCastle(SecureRandom random) {
    RandomDSAKCalculator k = new RandomDSAKCalculator();
    k.init(Sm2Domain.SM2P256V1.getN(), random);
    return k;
  }

  /** A reproducible stream: the same seed gives the same bytes. */
  static SecureRandom seeded(long seed) {
    return new Seeded(seed);
  }

  private static final class Seeded extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final SplittableRandom random;

    Seeded(long seed) {
      this.random = new SplittableRandom(seed);
    }

    @Override
    public synchronized void nextBytes(byte[] bytes) {
      random.nextBytes(bytes);
    }

    @Override
    public synchronized int nextInt() {
      return random.nextInt();
    }
  }
}
