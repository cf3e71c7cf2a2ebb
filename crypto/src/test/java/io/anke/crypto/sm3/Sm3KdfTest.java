package io.anke.crypto.sm3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.generators.KDF2BytesGenerator;
import org.bouncycastle.crypto.params.KDFParameters;
import org.junit.jupiter.api.Test;

class Sm3KdfTest {

  private static byte[] bouncyCastle(byte[] z, int length) {
    KDF2BytesGenerator kdf = new KDF2BytesGenerator(new SM3Digest());
    kdf.init(new KDFParameters(z, null));
    byte[] out = new byte[length];
    kdf.generateBytes(out, 0, length);
    return out;
  }

  @Property
  void equalsBouncyCastleKdf2WithSm3(
      @ForAll @Size(max = 100) byte[] z, @ForAll @IntRange(min = 0, max = 200) int length) {
    assertThat(Sm3Kdf.derive(z, length)).isEqualTo(bouncyCastle(z, length));
  }

  @Test
  void theCounterKeepsAllFourBytesBeyondTheFirst255Blocks() {
    // 32 × 300 bytes: the counter passes 0x000000ff, so its second byte is used too.
    byte[] z = {9, 8, 7};
    assertThat(Sm3Kdf.derive(z, 32 * 300)).isEqualTo(bouncyCastle(z, 32 * 300));
  }

  @Test
  void isTheCounterConstructionOfGbt32918() {
    // Written out from the standard: SM3(Z || 00000001) || SM3(Z || 00000002), cut to 40 bytes.
    byte[] z = {1, 2, 3};
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.writeBytes(Sm3.digest(new byte[] {1, 2, 3, 0, 0, 0, 1}));
    expected.writeBytes(Sm3.digest(new byte[] {1, 2, 3, 0, 0, 0, 2}));
    byte[] want = java.util.Arrays.copyOf(expected.toByteArray(), 40);
    assertThat(Sm3Kdf.derive(z, 40)).isEqualTo(want);
    assertThat(Sm3Kdf.derive(z, 32)).isEqualTo(java.util.Arrays.copyOf(want, 32));
  }

  @Test
  void zeroLengthIsEmptyAndNegativeIsRejected() {
    assertThat(Sm3Kdf.derive(new byte[] {1}, 0)).isEmpty();
    assertThatThrownBy(() -> Sm3Kdf.derive(new byte[] {1}, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void theCounterKeepsItsThirdByteBeyond65535Blocks() {
    // Block 65537 is SM3(Z || 00010001): the counter's second-highest byte is in use.
    byte[] z = {4, 5, 6};
    byte[] k = Sm3Kdf.derive(z, 32 * 65_537);
    byte[] last = java.util.Arrays.copyOfRange(k, 32 * 65_536, k.length);
    assertThat(last).isEqualTo(Sm3.digest(new byte[] {4, 5, 6, 0, 1, 0, 1}));
  }
}
