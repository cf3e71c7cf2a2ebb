package io.anke.scan.archive.internal;

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
  private static final int TAIL = ZipLayout.MAX_END_RECORD;

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
    ZipLayout.EndRecord end = ZipLayout.endRecord(tail());
    return end == null ? -1 : end.entries();
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
}
