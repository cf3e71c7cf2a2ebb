package io.anke.crypto.streaming.internal;

import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Buffers one segment of plaintext and encrypts it when the next byte arrives, so that the segment
 * written on {@link #close()} is the one marked "last". Memory: two segment buffers.
 */
public final class EncryptingStream extends OutputStream {
  /** Segment indexes are 32-bit unsigned: at most 2^32 segments per stream. */
  static final long MAX_SEGMENTS = 1L << 32;

  private final OutputStream out;
  private final SegmentCipher cipher;
  private final byte[] plain;
  private final byte[] sealed;
  private int buffered;
  private long index;
  private boolean closed;

  /** Writes the header to {@code out} right away. */
  public EncryptingStream(
      OutputStream out,
      KeyMaterial key,
      int segmentSize,
      byte[] associatedData,
      SecureRandom random)
      throws IOException {
    this.out = out;
    byte[] header = SegmentCipher.newHeader(segmentSize, random);
    this.cipher = new SegmentCipher(key, header, associatedData);
    this.plain = new byte[segmentSize];
    this.sealed = new byte[segmentSize + SegmentCipher.TAG_LENGTH];
    out.write(header);
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    java.util.Objects.checkFromIndexSize(off, len, b.length);
    if (closed) {
      throw new IOException(CryptoMessage.STREAM_ENCRYPTING_CLOSED.english());
    }
    while (len > 0) {
      if (buffered == plain.length) {
        // More data follows, so the buffered segment is not the last one.
        seal(false);
      }
      int n = Math.min(len, plain.length - buffered);
      System.arraycopy(b, off, plain, buffered, n);
      buffered += n;
      off += n;
      len -= n;
    }
  }

  /**
   * Flushes the underlying stream only: a partial segment cannot be written before it is known
   * whether more data follows.
   */
  @Override
  public void flush() throws IOException {
    if (!closed) {
      out.flush();
    }
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (out) {
      seal(true);
    } finally {
      Arrays.fill(plain, (byte) 0);
      cipher.wipe();
    }
  }

  private void seal(boolean last) throws IOException {
    if (index >= MAX_SEGMENTS - 1 && !last) {
      throw new IOException(CryptoMessage.STREAM_TOO_LONG.english());
    }
    int n = cipher.encrypt(index, last, plain, buffered, sealed);
    out.write(sealed, 0, n);
    index++;
    buffered = 0;
  }
}
