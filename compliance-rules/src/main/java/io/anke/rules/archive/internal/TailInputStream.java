package io.anke.rules.archive.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Remembers the last bytes that streamed through, enough to find a zip archive's
 * end-of-central-directory record once the stream is exhausted: a streaming reader never sees the
 * central directory otherwise, and so cannot tell a complete archive from one cut off between two
 * entries.
 */
public final class TailInputStream extends FilterInputStream {
  /** End record (22 bytes) plus the longest comment. */
  private static final int TAIL = 22 + 0xFFFF;

  private static final int END_SIGNATURE = 0x06054b50;

  private final byte[] ring = new byte[TAIL];
  private long total;

  /** Wraps {@code in}. */
  public TailInputStream(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      ring[(int) (total++ % TAIL)] = (byte) b;
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n > 0) {
      record(b, off, n);
    }
    return n;
  }

  /** Keeps byte number i of the stream at {@code ring[i % TAIL]}. */
  private void record(byte[] b, int off, int n) {
    if (n > TAIL) {
      off += n - TAIL;
      total += n - TAIL;
      n = TAIL;
    }
    int p = (int) (total % TAIL);
    int first = Math.min(n, TAIL - p);
    System.arraycopy(b, off, ring, p, first);
    System.arraycopy(b, off + first, ring, 0, n - first);
    total += n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buffer = new byte[(int) Math.min(8192, Math.max(1, n))];
    long left = n;
    while (left > 0) {
      int r = read(buffer, 0, (int) Math.min(buffer.length, left));
      if (r < 0) {
        break;
      }
      left -= r;
    }
    return n - left;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /**
   * The total number of entries the end-of-central-directory record declares, {@code 0xFFFF} for a
   * ZIP64 archive (which keeps the count elsewhere), or -1 when the bytes seen end without such a
   * record.
   */
  public int declaredEntries() {
    byte[] tail = tail();
    for (int p = tail.length - 22; p >= 0; p--) {
      if (u32(tail, p) == END_SIGNATURE && p + 22 + u16(tail, p + 20) == tail.length) {
        return u16(tail, p + 10);
      }
    }
    return -1;
  }

  private byte[] tail() {
    int length = (int) Math.min(total, TAIL);
    byte[] out = new byte[length];
    long start = total - length;
    for (int i = 0; i < length; i++) {
      out[i] = ring[(int) ((start + i) % TAIL)];
    }
    return out;
  }

  private static int u16(byte[] b, int p) {
    return (b[p] & 0xff) | (b[p + 1] & 0xff) << 8;
  }

  private static int u32(byte[] b, int p) {
    return u16(b, p) | u16(b, p + 2) << 16;
  }
}
