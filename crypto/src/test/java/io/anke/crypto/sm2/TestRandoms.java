package io.anke.crypto.sm2;

import io.anke.crypto.Hex;
import java.security.SecureRandom;
import java.util.SplittableRandom;

/** Deterministic randomness for tests: fixed nonces of the standard vectors and seeded streams. */
final class TestRandoms {
  private TestRandoms() {}

  /** Returns the given bytes on the first request and fails on any other, to catch retries. */
  static SecureRandom fixed(String hex) {
    return new Fixed(Hex.decode(hex));
  }

  /** A reproducible stream: the same seed gives the same bytes. */
  static SecureRandom seeded(long seed) {
    return new Seeded(seed);
  }

  private static final class Fixed extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final byte[] value;
    private boolean used;

    Fixed(byte[] value) {
      this.value = value;
    }

    @Override
    public synchronized void nextBytes(byte[] bytes) {
      if (used || bytes.length != value.length) {
        throw new IllegalStateException(
            "fixed random: asked for " + bytes.length + " bytes" + (used ? " again" : ""));
      }
      used = true;
      System.arraycopy(value, 0, bytes, 0, value.length);
    }
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
