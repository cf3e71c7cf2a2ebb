package io.anke.crypto.sm2.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The branch-free comparisons behind the C3 check of decryption. */
class EncryptionMathComparisonsTest {
  @Test
  void differsIsOneForAnyDifferenceIncludingLength() {
    assertThat(EncryptionMath.differs(new byte[32], new byte[32])).isZero();
    for (int i = 0; i < 32; i++) {
      byte[] b = new byte[32];
      b[i] = (byte) 0x80;
      assertThat(EncryptionMath.differs(new byte[32], b)).as("byte %d", i).isOne();
    }
    assertThat(EncryptionMath.differs(new byte[32], new byte[31])).isOne();
    assertThat(EncryptionMath.differs(new byte[0], new byte[1])).isOne();
  }

  @Test
  void isZeroLooksAtEveryByte() {
    assertThat(EncryptionMath.isZero(new byte[40])).isOne();
    byte[] t = new byte[40];
    t[39] = 1;
    assertThat(EncryptionMath.isZero(t)).isZero();
  }
}
