package io.anke.scan.archive.internal;

import io.anke.core.InputException;
import io.anke.core.rule.Text;
import io.anke.scan.internal.ScanMessage;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/**
 * The bytes of one entry as handed to a visitor: counts them against the walk's budget and the size
 * of one entry, stops a zip bomb while it inflates (ratio of bytes produced to compressed bytes
 * consumed so far), turns corrupt-archive errors into {@link InputException}s naming the archive,
 * and ignores {@link #close()} so that a visitor cannot close the enclosing zip stream.
 */
public final class EntryInputStream extends InputStream {
  private final InputStream in;
  private final CountingInputStream compressed;
  private final long compressedAtStart;
  private final long compressedSize;
  private final WalkBudget budget;
  private final String path;
  private final String container;
  private final byte[] one = new byte[1];
  private long produced;
  private boolean eof;

  /**
   * @param in the stream positioned at the entry (a zip stream, or a plain file stream)
   * @param compressed the compressed side of {@code in} for the ratio check, or null for files
   * @param budget the walk's counters
   * @param path display path of the entry
   * @param container display path of the archive holding it, named when it is corrupt
   */
  public EntryInputStream(
      InputStream in,
      CountingInputStream compressed,
      WalkBudget budget,
      String path,
      String container) {
    this(in, compressed, -1, budget, path, container);
  }

  /**
   * An entry read from a zip file by its central directory ({@link java.util.zip.ZipFile}), which
   * feeds the inflater no more than the entry's {@code compressedSize} bytes: the ratio is judged
   * against that bound.
   */
  public static EntryInputStream ofZipFileEntry(
      InputStream in, long compressedSize, WalkBudget budget, String path, String container) {
    return new EntryInputStream(in, null, Math.max(1, compressedSize), budget, path, container);
  }

  private EntryInputStream(
      InputStream in,
      CountingInputStream compressed,
      long compressedSize,
      WalkBudget budget,
      String path,
      String container) {
    this.in = in;
    this.compressed = compressed;
    this.compressedAtStart = compressed == null ? 0 : compressed.count();
    this.compressedSize = compressedSize;
    this.budget = budget;
    this.path = path;
    this.container = container;
  }

  @Override
  public int read() throws IOException {
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (eof) {
      return -1;
    }
    if (len == 0) {
      return 0;
    }
    int n;
    try {
      n = in.read(b, off, len);
    } catch (ZipException | EOFException e) {
      throw new InputException(
          container, 0, ScanMessage.ARCHIVE_CORRUPT_ENTRY.text(path, Text.messageOf(e)), e);
    }
    if (n < 0) {
      eof = true;
      return -1;
    }
    produced += n;
    if (produced > budget.limits().maxEntryBytes()) {
      throw new InputException(
          path, 0, ScanMessage.ARCHIVE_ENTRY_TOO_LARGE.text(budget.limits().maxEntryBytes()));
    }
    budget.countBytes(n, path);
    checkRatio();
    return n;
  }

  private void checkRatio() {
    if (compressed == null && compressedSize < 0) {
      return;
    }
    long limit = budget.limits().maxCompressionRatio();
    if (produced <= budget.limits().ratioThresholdBytes()) {
      return;
    }
    long consumed =
        compressed == null ? compressedSize : Math.max(1, compressed.count() - compressedAtStart);
    if (produced / consumed > limit) {
      throw new InputException(
          path, 0, ScanMessage.ARCHIVE_ZIP_BOMB.text(limit, produced, consumed));
    }
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipping still inflates; route it through read() so that the limits apply.
    byte[] buffer = new byte[(int) Math.min(8192, Math.max(n, 1))];
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

  /** Reads what the visitor left unread, under the same limits. */
  public void drain() throws IOException {
    byte[] buffer = new byte[8192];
    while (read(buffer, 0, buffer.length) >= 0) {
      // discard
    }
  }

  /** Uncompressed bytes delivered so far. */
  public long produced() {
    return produced;
  }

  @Override
  public void close() {
    // The walker owns the underlying stream.
  }
}
