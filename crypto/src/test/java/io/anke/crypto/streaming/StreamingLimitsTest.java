package io.anke.crypto.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The segment size of the streaming AEAD at its bounds: a stream may be made with any size from
 * {@value Sm4GcmStreamingAead#MIN_SEGMENT_SIZE} to {@value Sm4GcmStreamingAead#MAX_SEGMENT_SIZE}
 * bytes, and a ciphertext header asking for a size outside them is refused before any segment
 * buffer is allocated.
 */
class StreamingLimitsTest {
  private static final byte[] KEY = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};

  private static byte[] encrypt(Sm4GcmStreamingAead aead, byte[] plaintext) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    aead.encrypt(new ByteArrayInputStream(plaintext), out, null);
    return out.toByteArray();
  }

  private static byte[] decrypt(Sm4GcmStreamingAead aead, byte[] ciphertext) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    aead.decrypt(new ByteArrayInputStream(ciphertext), out, null);
    return out.toByteArray();
  }

  private static byte[] withHeaderSegmentSize(byte[] ciphertext, int size) {
    byte[] c = ciphertext.clone();
    c[1] = (byte) (size >>> 24);
    c[2] = (byte) (size >>> 16);
    c[3] = (byte) (size >>> 8);
    c[4] = (byte) size;
    return c;
  }

  @Test
  void theLargestSegmentSizeWorksAndOneByteMoreIsRefused() throws IOException {
    int max = Sm4GcmStreamingAead.MAX_SEGMENT_SIZE;
    assertThat(max).isEqualTo(8 << 20);
    Sm4GcmStreamingAead aead = Sm4GcmStreamingAead.create(KEY, max);
    byte[] plaintext = "at the limit".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] ciphertext = encrypt(aead, plaintext);
    assertThat(decrypt(aead, ciphertext)).isEqualTo(plaintext);

    assertThatThrownBy(() -> Sm4GcmStreamingAead.create(KEY, max + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("segment size must be between 64 and 8388608, got 8388609");
    assertThatThrownBy(
            () -> Sm4GcmStreamingAead.create(KEY, Sm4GcmStreamingAead.MIN_SEGMENT_SIZE - 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("segment size must be between 64 and 8388608, got 63");
  }

  @Test
  void aHeaderAskingForMoreThanTheLargestSegmentIsRefusedBeforeAllocating() throws IOException {
    Sm4GcmStreamingAead aead =
        Sm4GcmStreamingAead.create(KEY, Sm4GcmStreamingAead.MIN_SEGMENT_SIZE);
    byte[] ciphertext = encrypt(aead, new byte[100]);
    // A header at the largest size passes the bound and fails only authentication (the size is
    // bound into the stream key).
    byte[] atLimit = withHeaderSegmentSize(ciphertext, Sm4GcmStreamingAead.MAX_SEGMENT_SIZE);
    assertThatThrownBy(() -> decrypt(aead, atLimit))
        .isInstanceOf(StreamAuthenticationException.class)
        .message()
        .doesNotContain("outside");
    for (int hostile :
        new int[] {Sm4GcmStreamingAead.MAX_SEGMENT_SIZE + 1, Integer.MAX_VALUE, -1}) {
      byte[] forged = withHeaderSegmentSize(ciphertext, hostile);
      assertThatThrownBy(() -> decrypt(aead, forged))
          .isInstanceOf(StreamAuthenticationException.class)
          .hasMessage(
              "streaming ciphertext header: segment size "
                  + Integer.toUnsignedString(hostile)
                  + " outside 64..8388608");
    }
    assertThat(Arrays.equals(decrypt(aead, ciphertext), new byte[100])).isTrue();
  }
}
