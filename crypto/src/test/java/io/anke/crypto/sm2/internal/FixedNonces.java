package io.anke.crypto.sm2.internal;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.crypto.signers.DSAKCalculator;

/** The fixed k of the standard's worked examples, for the test-only nonce hooks. */
public final class FixedNonces {
  private FixedNonces() {}

  /** Hands out {@code hex} once and fails on a second request, so that a retry is noticed. */
  public static DSAKCalculator of(String hex) {
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
}
