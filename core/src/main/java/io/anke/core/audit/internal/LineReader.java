package io.anke.core.audit.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a stream into LF-terminated lines without decoding them, reusing one buffer: the verifier
 * hashes lines as the bytes they are. A line longer than {@link RecordFormat#MAX_LINE} is reported
 * as too long and skipped to its end, so memory stays bounded whatever the input.
 */
public final class LineReader {
  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] line = new byte[1024];
  private int length;
  private boolean terminated;
  private boolean tooLong;
  private long number;
  private long bytesRead;

  public LineReader(InputStream in) {
    this.in = in;
  }

  /**
   * Reads the next line.
   *
   * @return false at the end of the stream
   */
  public boolean next() throws IOException {
    length = 0;
    terminated = false;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit) {
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
          if (any) {
            number++;
          }
          return any;
        }
        position = 0;
        limit = n;
        bytesRead += n;
      }
      any = true;
      int start = position;
      int lf = -1;
      for (int i = position; i < limit; i++) {
        if (buffer[i] == '\n') {
          lf = i;
          break;
        }
      }
      int end = lf < 0 ? limit : lf;
      append(start, end - start);
      position = lf < 0 ? limit : lf + 1;
      if (lf >= 0) {
        terminated = true;
        number++;
        return true;
      }
    }
  }

  private void append(int from, int count) {
    if (tooLong) {
      return;
    }
    if (length + count > RecordFormat.MAX_LINE) {
      tooLong = true;
      return;
    }
    if (length + count > line.length) {
      byte[] bigger = new byte[Math.max(line.length * 2, length + count)];
      System.arraycopy(line, 0, bigger, 0, length);
      line = bigger;
    }
    System.arraycopy(buffer, from, line, length, count);
    length += count;
  }

  /** The line's bytes, valid until the next call; only the first {@link #length()} count. */
  public byte[] line() {
    return line;
  }

  /** The number of bytes in the line, without the LF. */
  public int length() {
    return length;
  }

  /** False for a last line that the stream ends without an LF. */
  public boolean terminated() {
    return terminated;
  }

  /** True when the line was longer than any record (its bytes are then not kept). */
  public boolean tooLong() {
    return tooLong;
  }

  /** The 1-based number of the current line. */
  public long number() {
    return number;
  }

  /** Bytes read from the stream so far. */
  public long bytesRead() {
    return bytesRead;
  }
}
