package io.anke.crypto.sm2;

import io.anke.crypto.sm2.internal.FixedNonces;
import io.anke.crypto.sm2.internal.Sm2Domain;
import java.security.SecureRandom;
import java.util.SplittableRandom;
import org.bouncycastle.crypto.signers.DSAKCalculator;
import org.bouncycastle.crypto.signers.RandomDSAKCalculator;

/**
 * Deterministic randomness for tests: fixed nonces of the standard vectors, k drawn the way Bouncy
 * Castle draws it, and seeded streams.
 */
public final class TestRandoms {
  private TestRandoms() {}

  /** The standard's fixed k, once (see {@link FixedNonces}). */
  static DSAKCalculator fixedK(String hex) {
    return FixedNonces.of(hex);
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
  public static SecureRandom seeded(long seed) {
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
