package io.anke.crypto.streaming.internal;

import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import io.anke.crypto.streaming.StreamAuthenticationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads one ciphertext segment at a time, checks it, and serves its plaintext. A segment is the
 * last one when the source ends right after it; one byte of look-ahead tells. Once a check has
 * failed, every further read fails too.
 */
public final class DecryptingStream extends InputStream {
  private final InputStream in;
  private final KeyMaterial key;
  private final byte[] associatedData;
  private final int minSegment;
  private final int maxSegment;

  private SegmentCipher cipher;
  private byte[] sealed;
  private byte[] plain;
  private int plainPos;
  private int plainLen;
  private long index;
  private int lookahead = -2; // -2: none read yet; -1: end of source; else the next byte
  private boolean finished;
  private boolean closed;
  private IOException failure;

  /** The header is read on the first {@code read}, so construction never blocks. */
  public DecryptingStream(
      InputStream in, KeyMaterial key, byte[] associatedData, int minSegment, int maxSegment) {
    this.in = in;
    this.key = key;
    this.associatedData = associatedData == null ? new byte[0] : associatedData.clone();
    this.minSegment = minSegment;
    this.maxSegment = maxSegment;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    java.util.Objects.checkFromIndexSize(off, len, b.length);
    if (closed) {
      // close() zeroed the plaintext buffer: serving it would hand out zeros as plaintext.
      throw new IOException(CryptoMessage.STREAM_DECRYPTING_CLOSED.english());
    }
    if (len == 0) {
      return 0;
    }
    while (plainPos == plainLen) {
      if (finished) {
        return -1;
      }
      nextSegment();
    }
    int n = Math.min(len, plainLen - plainPos);
    System.arraycopy(plain, plainPos, b, off, n);
    plainPos += n;
    return n;
  }

  @Override
  public int available() {
    return closed ? 0 : plainLen - plainPos;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    plainPos = plainLen = 0;
    try (in) {
      if (plain != null) {
        Arrays.fill(plain, (byte) 0);
      }
      if (cipher != null) {
        cipher.wipe();
      }
    }
  }

  private void nextSegment() throws IOException {
    if (failure != null) {
      throw failure;
    }
    try {
      if (cipher == null) {
        readHeader();
      }
      int sealedSize = sealed.length;
      int n = 0;
      if (lookahead >= 0) {
        sealed[n++] = (byte) lookahead;
      }
      n += in.readNBytes(sealed, n, sealedSize - n);
      boolean last;
      if (n < sealedSize) {
        last = true;
      } else {
        lookahead = in.read();
        last = lookahead < 0;
      }
      if (n < SegmentCipher.TAG_LENGTH) {
        throw new StreamAuthenticationException(
            CryptoMessage.STREAM_SEGMENT_INCOMPLETE.text(index));
      }
      if (!last && index >= EncryptingStream.MAX_SEGMENTS - 1) {
        throw new StreamAuthenticationException(CryptoMessage.STREAM_TOO_MANY_SEGMENTS.text());
      }
      int p = cipher.decrypt(index, last, sealed, n, plain);
      if (p < 0) {
        // GCM writes the plaintext before it checks the tag: wipe what failed authentication.
        Arrays.fill(plain, (byte) 0);
        throw new StreamAuthenticationException(CryptoMessage.STREAM_SEGMENT_FORGED.text(index));
      }
      plainPos = 0;
      plainLen = p;
      index++;
      finished = last;
    } catch (StreamAuthenticationException e) {
      failure = e;
      plainPos = plainLen = 0;
      throw e;
    }
  }

  private void readHeader() throws IOException {
    byte[] header = in.readNBytes(SegmentCipher.HEADER_LENGTH);
    if (header.length < SegmentCipher.HEADER_LENGTH) {
      throw new StreamAuthenticationException(
          CryptoMessage.STREAM_HEADER_TRUNCATED.text(header.length, SegmentCipher.HEADER_LENGTH));
    }
    int segmentSize = SegmentCipher.segmentSizeOf(header, minSegment, maxSegment);
    cipher = new SegmentCipher(key, header, associatedData);
    sealed = new byte[segmentSize + SegmentCipher.TAG_LENGTH];
    plain = new byte[segmentSize + SegmentCipher.TAG_LENGTH];
  }
}
