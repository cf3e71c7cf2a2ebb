package io.anke.crypto.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

/**
 * A stream of several hundred MB that is generated on the fly, encrypted, piped and decrypted
 * without ever being held in memory: only the checksums of both ends are compared.
 */
class Sm4GcmStreamingAeadLargeTest {

  private static final long SIZE = 256L * 1024 * 1024 + 12_345; // not a multiple of the segment
  private static final byte[] KEY = new byte[16];

  /** Writes {@code size} pseudo-random bytes to {@code out}; returns their CRC32C. */
  static long produce(OutputStream out, long size) throws IOException {
    CRC32C crc = new CRC32C();
    byte[] buf = new byte[1 << 16];
    long x = 0x9E3779B97F4A7C15L;
    long left = size;
    while (left > 0) {
      int n = (int) Math.min(buf.length, left);
      for (int i = 0; i < n; i += 8) {
        x ^= x << 13;
        x ^= x >>> 7;
        x ^= x << 17;
        for (int k = 0; k < 8 && i + k < n; k++) {
          buf[i + k] = (byte) (x >>> (8 * k));
        }
      }
      crc.update(buf, 0, n);
      out.write(buf, 0, n);
      left -= n;
    }
    return crc.getValue();
  }

  record Consumed(long bytes, long crc) {}

  static Consumed consume(InputStream in) throws IOException {
    CRC32C crc = new CRC32C();
    byte[] buf = new byte[1 << 16];
    long total = 0;
    int n;
    while ((n = in.read(buf)) >= 0) {
      crc.update(buf, 0, n);
      total += n;
    }
    return new Consumed(total, crc.getValue());
  }

  /** Encrypts {@code size} bytes in one thread and decrypts them in this one, through a pipe. */
  static Consumed pipe(StreamingAead aead, long size, long cutCiphertextAt) throws Exception {
    PipedInputStream pipeIn = new PipedInputStream(1 << 20);
    PipedOutputStream pipeOut = new PipedOutputStream(pipeIn);
    CompletableFuture<Long> producer =
        CompletableFuture.supplyAsync(
            () -> {
              try (OutputStream sink = cutAfter(pipeOut, cutCiphertextAt);
                  OutputStream enc = aead.newEncryptingStream(sink, new byte[0])) {
                return produce(enc, size);
              } catch (IOException e) {
                throw new CompletionException(e);
              }
            });
    try (InputStream dec = aead.newDecryptingStream(pipeIn, new byte[0])) {
      Consumed c = consume(dec);
      assertThat(c.crc()).isEqualTo(producer.join());
      return c;
    } finally {
      pipeIn.close();
    }
  }

  /** Forwards only the first {@code limit} bytes, dropping the rest (a truncated transfer). */
  static OutputStream cutAfter(OutputStream out, long limit) {
    return new FilterOutputStream(out) {
      long written;

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        int n = (int) Math.max(0, Math.min(len, limit - written));
        out.write(b, off, n);
        written += len;
      }

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }
    };
  }

  @Test
  void severalHundredMegabytesRoundTripInConstantMemory() throws Exception {
    Sm4GcmStreamingAead aead = Sm4GcmStreamingAead.create(KEY);
    Consumed c = pipe(aead, SIZE, Long.MAX_VALUE);
    assertThat(c.bytes()).isEqualTo(SIZE);
  }

  @Test
  void theSameLargeStreamCutAtASegmentBoundaryIsDetected() {
    Sm4GcmStreamingAead aead = Sm4GcmStreamingAead.create(KEY);
    // Keep the header and exactly 200 whole segments: every kept segment is authentic, but the
    // stream must not end there. (Small properties cover every other cut; this is the same
    // check at scale, kept short to bound the test time.)
    long cut = Sm4GcmStreamingAead.HEADER_LENGTH + 200L * (aead.segmentSize() + 16);
    assertThatThrownBy(() -> pipe(aead, 16L << 20, cut))
        .isInstanceOf(StreamAuthenticationException.class)
        .hasMessageContaining("segment 199");
  }
}
