package io.anke.crypto.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.sm4.Sm4Key;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sizes a caller plans with: the segment size an instance was made with, the predicted
 * ciphertext length at and around segment boundaries, and the byte counts {@code encrypt} and
 * {@code decrypt} return.
 */
class StreamLengthsAndCountsTest {
  private static final byte[] KEY = Sm4GcmStreamingAeadTest.bytes(16, 3);
  private static final int SEGMENT = 64;

  @Test
  void anInstanceKeepsTheSegmentSizeItWasMadeWith() {
    assertThat(Sm4GcmStreamingAead.create(KEY, 100).segmentSize()).isEqualTo(100);
    assertThat(Sm4GcmStreamingAead.create(KEY).segmentSize())
        .isEqualTo(Sm4GcmStreamingAead.DEFAULT_SEGMENT_SIZE);
    Sm4Key key = Sm4Key.fromBytes(KEY);
    assertThat(Sm4GcmStreamingAead.create(key, 4096).segmentSize()).isEqualTo(4096);
  }

  @Test
  void anSm4KeyInstanceChecksTheSegmentSizeToo() {
    Sm4Key key = Sm4Key.fromBytes(KEY);
    assertThatThrownBy(() -> Sm4GcmStreamingAead.create(key, SEGMENT - 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("segment size must be between 64 and 8388608, got 63");
    assertThatThrownBy(
            () -> Sm4GcmStreamingAead.create(key, Sm4GcmStreamingAead.MAX_SEGMENT_SIZE + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ciphertextLengthIsExactAtAndAroundSegmentBoundaries() throws IOException {
    Sm4GcmStreamingAead aead = Sm4GcmStreamingAead.create(KEY, SEGMENT);
    // header 28, then 16 bytes of tag per segment; an empty stream still has one segment
    assertThat(aead.ciphertextLength(0)).isEqualTo(44);
    assertThat(aead.ciphertextLength(SEGMENT)).isEqualTo(28 + SEGMENT + 16);
    assertThat(aead.ciphertextLength(SEGMENT + 1)).isEqualTo(28 + SEGMENT + 1 + 32);
    for (int n : new int[] {1, SEGMENT - 1, SEGMENT, SEGMENT + 1, 2 * SEGMENT, 3 * SEGMENT - 1}) {
      byte[] ct = Sm4GcmStreamingAeadTest.encrypt(aead, new byte[n], null, List.of(SEGMENT));
      assertThat(aead.ciphertextLength(n)).as("%d bytes", n).isEqualTo(ct.length);
    }
    assertThatThrownBy(() -> aead.ciphertextLength(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void encryptAndDecryptReturnThePlaintextLength() throws IOException {
    Sm4GcmStreamingAead aead = Sm4GcmStreamingAead.create(KEY, SEGMENT);
    byte[] plaintext = Sm4GcmStreamingAeadTest.bytes(150, 9);
    ByteArrayOutputStream ct = new ByteArrayOutputStream();
    assertThat(aead.encrypt(new ByteArrayInputStream(plaintext), ct, null)).isEqualTo(150);
    ByteArrayOutputStream back = new ByteArrayOutputStream();
    assertThat(aead.decrypt(new ByteArrayInputStream(ct.toByteArray()), back, null)).isEqualTo(150);
    assertThat(back.toByteArray()).isEqualTo(plaintext);
  }
}
