package io.anke.crypto.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class Sm4GcmStreamingAeadTest {

  private static final byte[] KEY = bytes(16, 7);
  private static final byte[] AAD = "file: report.pdf".getBytes(StandardCharsets.UTF_8);

  static byte[] bytes(int n, int seed) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (seed * 31 + i * 17);
    }
    return b;
  }

  static byte[] encrypt(StreamingAead aead, byte[] plaintext, byte[] aad, List<Integer> chunks)
      throws IOException {
    ByteArrayOutputStream ct = new ByteArrayOutputStream();
    try (OutputStream enc = aead.newEncryptingStream(ct, aad)) {
      int pos = 0;
      int c = 0;
      while (pos < plaintext.length) {
        int n =
            Math.min(
                plaintext.length - pos, chunks.isEmpty() ? 1 : chunks.get(c++ % chunks.size()));
        if (n == 1 && c % 2 == 0) {
          enc.write(plaintext[pos]);
        } else {
          enc.write(plaintext, pos, n);
        }
        pos += n;
      }
    }
    return ct.toByteArray();
  }

  static byte[] decrypt(StreamingAead aead, byte[] ciphertext, byte[] aad, int readChunk)
      throws IOException {
    ByteArrayOutputStream pt = new ByteArrayOutputStream();
    try (InputStream dec = aead.newDecryptingStream(new ByteArrayInputStream(ciphertext), aad)) {
      byte[] buf = new byte[readChunk];
      int n;
      while ((n = dec.read(buf, 0, buf.length)) >= 0) {
        pt.write(buf, 0, n);
      }
    }
    return pt.toByteArray();
  }

  @Provide
  Arbitrary<List<Integer>> chunks() {
    return Arbitraries.integers().between(1, 500).list().ofMinSize(1).ofMaxSize(5);
  }

  @Property(tries = 200)
  void roundTripsWithAnySegmentSizeAndChunking(
      @ForAll @Size(max = 3000) byte[] plaintext,
      @ForAll @IntRange(min = 64, max = 700) int segmentSize,
      @ForAll("chunks") List<Integer> writeChunks,
      @ForAll @IntRange(min = 1, max = 900) int readChunk)
      throws IOException {
    Sm4GcmStreamingAead aead = Sm4GcmStreamingAead.create(KEY, segmentSize);
    byte[] ct = encrypt(aead, plaintext, AAD, writeChunks);
    assertThat((long) ct.length).isEqualTo(aead.ciphertextLength(plaintext.length));
    // Any instance with the same key decrypts: the segment size comes from the header.
    assertThat(decrypt(Sm4GcmStreamingAead.create(KEY), ct, AAD, readChunk)).isEqualTo(plaintext);
  }

  @Property(tries = 200)
  void anyTruncationIsDetected(
      @ForAll @Size(max = 1500) byte[] plaintext,
      @ForAll @IntRange(min = 64, max = 300) int segmentSize,
      @ForAll @IntRange(min = 0, max = 100_000) int cutSeed)
      throws IOException {
    Sm4GcmStreamingAead aead = Sm4GcmStreamingAead.create(KEY, segmentSize);
    byte[] ct = encrypt(aead, plaintext, AAD, List.of(333));
    int cut = cutSeed % ct.length; // keep 0 .. length-1 bytes
    byte[] truncated = Arrays.copyOf(ct, cut);
    assertThatThrownBy(() -> decrypt(aead, truncated, AAD, 100))
        .isInstanceOf(StreamAuthenticationException.class);
  }

  @Property(tries = 200)
  void anyAppendIsDetected(
      @ForAll @Size(max = 1500) byte[] plaintext,
      @ForAll @IntRange(min = 64, max = 300) int segmentSize,
      @ForAll @Size(min = 1, max = 400) byte[] extra)
      throws IOException {
    Sm4GcmStreamingAead aead = Sm4GcmStreamingAead.create(KEY, segmentSize);
    byte[] ct = encrypt(aead, plaintext, AAD, List.of(100));
    byte[] extended = Arrays.copyOf(ct, ct.length + extra.length);
    System.arraycopy(extra, 0, extended, ct.length, extra.length);
    assertThatThrownBy(() -> decrypt(aead, extended, AAD, 100))
        .isInstanceOf(StreamAuthenticationException.class);
  }

  @Property(tries = 200)
  void anySwapOfTwoSegmentsIsDetected(
      @ForAll @Size(min = 130, max = 2000) byte[] plaintext,
      @ForAll @IntRange(min = 0, max = 1000) int a,
      @ForAll @IntRange(min = 0, max = 1000) int b)
      throws IOException {
    int seg = 64;
    Sm4GcmStreamingAead aead = Sm4GcmStreamingAead.create(KEY, seg);
    byte[] ct = encrypt(aead, plaintext, AAD, List.of(seg));
    int segments = (plaintext.length + seg - 1) / seg;
    int i = a % segments;
    int j = b % segments;
    int sealed = seg + 16;
    // Swap whole segments; the last one may be shorter, so swap equal-length ranges only.
    int len =
        Math.min(sealed, ct.length - (Sm4GcmStreamingAead.HEADER_LENGTH + Math.max(i, j) * sealed));
    Assume.that(i != j);
    byte[] swapped = ct.clone();
    int oi = Sm4GcmStreamingAead.HEADER_LENGTH + i * sealed;
    int oj = Sm4GcmStreamingAead.HEADER_LENGTH + j * sealed;
    System.arraycopy(ct, oi, swapped, oj, len);
    System.arraycopy(ct, oj, swapped, oi, len);
    assertThatThrownBy(() -> decrypt(aead, swapped, AAD, 64))
        .isInstanceOf(StreamAuthenticationException.class);
  }

  @Property(tries = 200)
  void anyBitFlipIsDetected(
      @ForAll @Size(max = 1000) byte[] plaintext,
      @ForAll @IntRange(min = 0, max = 100_000) int posSeed,
      @ForAll @IntRange(min = 0, max = 7) int bit)
      throws IOException {
    Sm4GcmStreamingAead aead = Sm4GcmStreamingAead.create(KEY, 64);
    byte[] ct = encrypt(aead, plaintext, AAD, List.of(50));
    ct[posSeed % ct.length] ^= (byte) (1 << bit);
    assertThatThrownBy(() -> decrypt(aead, ct, AAD, 64)).isInstanceOf(IOException.class);
  }

  @Test
  void readingAfterCloseFailsInsteadOfServingTheWipedBuffer() throws IOException {
    Sm4GcmStreamingAead aead = Sm4GcmStreamingAead.create(KEY, 64);
    byte[] p = bytes(100, 4);
    byte[] ct = encrypt(aead, p, AAD, List.of(100));
    InputStream in = aead.newDecryptingStream(new ByteArrayInputStream(ct), AAD);
    assertThat(in.readNBytes(10)).isEqualTo(Arrays.copyOf(p, 10));
    in.close();
    assertThat(in.available()).isZero();
    assertThatThrownBy(() -> in.read(new byte[10]))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void segmentsOfAnotherStreamUnderTheSameKeyAreRejected() throws IOException {
    Sm4GcmStreamingAead aead = Sm4GcmStreamingAead.create(KEY, 64);
    byte[] p = bytes(640, 1);
    byte[] s1 = encrypt(aead, p, AAD, List.of(64));
    byte[] s2 = encrypt(aead, p, AAD, List.of(64));
    byte[] mixed = s1.clone();
    int off = Sm4GcmStreamingAead.HEADER_LENGTH + 3 * 80;
    System.arraycopy(s2, off, mixed, off, 80);
    assertThatThrownBy(() -> decrypt(aead, mixed, AAD, 64))
        .isInstanceOf(StreamAuthenticationException.class)
        .hasMessageContaining("segment 3");
  }

  @Test
  void wrongKeyOrAssociatedDataFailsOnFirstSegment() throws IOException {
    Sm4GcmStreamingAead aead = Sm4GcmStreamingAead.create(KEY);
    byte[] ct = encrypt(aead, bytes(1000, 3), AAD, List.of(1000));
    assertThatThrownBy(() -> decrypt(aead, ct, "other".getBytes(StandardCharsets.UTF_8), 10))
        .isInstanceOf(StreamAuthenticationException.class)
        .hasMessageContaining("segment 0");
    assertThatThrownBy(() -> decrypt(Sm4GcmStreamingAead.create(bytes(16, 8)), ct, AAD, 10))
        .isInstanceOf(StreamAuthenticationException.class);
    // null and empty associated data are the same thing.
    byte[] noAad = encrypt(aead, bytes(10, 3), null, List.of(10));
    assertThat(decrypt(aead, noAad, new byte[0], 10)).isEqualTo(bytes(10, 3));
  }

  @Test
  void headerIsValidatedWithClearMessages() throws IOException {
    Sm4GcmStreamingAead aead = Sm4GcmStreamingAead.create(KEY);
    byte[] ct = encrypt(aead, bytes(10, 3), AAD, List.of(10));
    assertThatThrownBy(() -> decrypt(aead, Arrays.copyOf(ct, 5), AAD, 10))
        .hasMessageContaining("header has 5 of 28 bytes");
    byte[] v2 = ct.clone();
    v2[0] = 2;
    assertThatThrownBy(() -> decrypt(aead, v2, AAD, 10))
        .hasMessage("streaming ciphertext header: unknown version 2, expected 1");
    byte[] v200 = ct.clone();
    v200[0] = (byte) 200; // read unsigned
    assertThatThrownBy(() -> decrypt(aead, v200, AAD, 10))
        .hasMessage("streaming ciphertext header: unknown version 200, expected 1");
    byte[] huge = ct.clone();
    huge[1] = (byte) 0x7f;
    assertThatThrownBy(() -> decrypt(aead, huge, AAD, 10)).hasMessageContaining("segment size");
    byte[] otherSize = ct.clone();
    otherSize[4] ^= 1; // a valid size, but the header is bound into the key
    assertThatThrownBy(() -> decrypt(aead, otherSize, AAD, 10))
        .isInstanceOf(StreamAuthenticationException.class);
  }

  @Test
  void emptyPlaintextIsHeaderPlusOneTag() throws IOException {
    Sm4GcmStreamingAead aead = Sm4GcmStreamingAead.create(KEY);
    byte[] ct = encrypt(aead, new byte[0], AAD, List.of(1));
    assertThat(ct).hasSize(44);
    assertThat(decrypt(aead, ct, AAD, 1)).isEmpty();
    assertThatThrownBy(() -> decrypt(aead, Arrays.copyOf(ct, 28), AAD, 1))
        .hasMessageContaining("truncated");
  }

  @Test
  void failureIsSticky() throws IOException {
    Sm4GcmStreamingAead aead = Sm4GcmStreamingAead.create(KEY, 64);
    byte[] ct = encrypt(aead, bytes(300, 3), AAD, List.of(300));
    ct[Sm4GcmStreamingAead.HEADER_LENGTH + 80 + 5] ^= 1; // segment 1
    try (InputStream in = aead.newDecryptingStream(new ByteArrayInputStream(ct), AAD)) {
      assertThat(in.readNBytes(64)).isEqualTo(Arrays.copyOf(bytes(300, 3), 64));
      assertThatThrownBy(in::read).hasMessageContaining("segment 1");
      assertThatThrownBy(in::read).hasMessageContaining("segment 1");
    }
  }

  @Test
  void anSm4KeyObjectWorksLikeItsBytes() throws IOException {
    io.anke.crypto.sm4.Sm4Key key = io.anke.crypto.sm4.Sm4Key.fromBytes(KEY);
    byte[] ct = encrypt(Sm4GcmStreamingAead.create(key), bytes(100, 4), AAD, List.of(7));
    assertThat(decrypt(Sm4GcmStreamingAead.create(KEY), ct, AAD, 9)).isEqualTo(bytes(100, 4));
  }

  @Test
  void rejectsBadParameters() {
    assertThatThrownBy(() -> Sm4GcmStreamingAead.create(new byte[15]))
        .hasMessageContaining("16 bytes");
    assertThatThrownBy(() -> Sm4GcmStreamingAead.create(KEY, 63))
        .hasMessageContaining("segment size");
    assertThat(Sm4GcmStreamingAead.create(KEY).toString()).doesNotContain("0707");
  }

  @Test
  void closedEncryptingStreamRefusesWrites() throws IOException {
    OutputStream enc =
        Sm4GcmStreamingAead.create(KEY).newEncryptingStream(new ByteArrayOutputStream(), AAD);
    enc.close();
    enc.close(); // idempotent
    assertThatThrownBy(() -> enc.write(1)).isInstanceOf(IOException.class);
  }
}
