package io.anke.crypto.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The {@code InputStream} and {@code OutputStream} methods of the streams besides the bulk {@code
 * read} and {@code write}: single bytes, {@code available}, {@code flush}, {@code close} at any
 * point, and the failure's message in both languages.
 */
class StreamMethodsTest {
  private static final byte[] KEY = Sm4GcmStreamingAeadTest.bytes(16, 5);
  private static final int SEGMENT = 64;

  private static byte[] plaintext() {
    byte[] p = new byte[150];
    for (int i = 0; i < p.length; i++) {
      p[i] = (byte) (i + 100); // crosses 0x80: bytes that are negative as Java bytes
    }
    return p;
  }

  private static InputStream decrypting(Sm4GcmStreamingAead aead, byte[] ct) {
    return aead.newDecryptingStream(new ByteArrayInputStream(ct), null);
  }

  @Test
  void singleByteReadsServeEveryByteUnsignedThenTheEnd() throws IOException {
    Sm4GcmStreamingAead aead = Sm4GcmStreamingAead.create(KEY, SEGMENT);
    byte[] p = plaintext();
    byte[] ct = Sm4GcmStreamingAeadTest.encrypt(aead, p, null, List.of(50));
    try (InputStream in = decrypting(aead, ct)) {
      for (int i = 0; i < p.length; i++) {
        assertThat(in.read()).as("byte %d", i).isEqualTo(p[i] & 0xff);
      }
      assertThat(in.read()).isEqualTo(-1);
    }
  }

  @Test
  void availableIsWhatIsLeftOfTheCurrentSegment() throws IOException {
    Sm4GcmStreamingAead aead = Sm4GcmStreamingAead.create(KEY, SEGMENT);
    byte[] ct = Sm4GcmStreamingAeadTest.encrypt(aead, plaintext(), null, List.of(50));
    InputStream in = decrypting(aead, ct);
    assertThat(in.available()).isZero(); // nothing decrypted yet
    assertThat(in.readNBytes(10)).hasSize(10);
    assertThat(in.available()).isEqualTo(SEGMENT - 10);
    assertThat(in.readNBytes(SEGMENT - 10 + 5)).hasSize(SEGMENT - 10 + 5);
    assertThat(in.available()).isEqualTo(SEGMENT - 5);
    in.close();
    assertThat(in.available()).isZero();
  }

  @Test
  void aDecryptingStreamClosedBeforeAnyReadClosesItsSource() throws IOException {
    boolean[] closed = new boolean[1];
    InputStream source =
        new ByteArrayInputStream(new byte[0]) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    InputStream in = Sm4GcmStreamingAead.create(KEY).newDecryptingStream(source, null);
    in.close();
    assertThat(closed[0]).isTrue();
    assertThatThrownBy(in::read).isInstanceOf(IOException.class).hasMessageContaining("closed");
  }

  @Test
  void flushReachesTheSinkWhileTheStreamIsOpen() throws IOException {
    int[] flushes = new int[1];
    OutputStream sink =
        new ByteArrayOutputStream() {
          @Override
          public void flush() {
            flushes[0]++;
          }
        };
    OutputStream enc = Sm4GcmStreamingAead.create(KEY, SEGMENT).newEncryptingStream(sink, null);
    enc.write(new byte[10]);
    enc.flush();
    assertThat(flushes[0]).isEqualTo(1);
    enc.close();
    int afterClose = flushes[0];
    enc.flush(); // a no-op once closed
    assertThat(flushes[0]).isEqualTo(afterClose);
  }

  @Test
  void anAuthenticationFailureSpeaksBothLanguages() throws IOException {
    Sm4GcmStreamingAead aead = Sm4GcmStreamingAead.create(KEY, SEGMENT);
    byte[] ct = Sm4GcmStreamingAeadTest.encrypt(aead, plaintext(), null, List.of(50));
    ct[Sm4GcmStreamingAead.HEADER_LENGTH + 3] ^= 1; // segment 0
    StreamAuthenticationException e =
        (StreamAuthenticationException) catchThrowable(() -> decrypting(aead, ct).readAllBytes());
    assertThat(e.getMessage()).startsWith("streaming ciphertext: segment 0 failed authentication");
    assertThat(e.messageIn(Locale.ENGLISH)).isEqualTo(e.getMessage());
    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).startsWith("流式密文：第 0 段认证失败");
    assertThat(e.getLocalizedMessage()).isEqualTo(e.messageIn(Locale.getDefault()));

    StreamAuthenticationException plain = new StreamAuthenticationException("cut short");
    assertThat(plain.messageIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("cut short");
    assertThat(plain.getLocalizedMessage()).isEqualTo("cut short");
  }
}
