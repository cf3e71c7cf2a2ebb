package io.anke.scan.archive.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

/**
 * Where the zip data of a file begins, found from the zip structure rather than the first bytes: a
 * zip archive may follow a prefix (the launch script of a Spring Boot "fully executable" jar, the
 * native stub of a self-extracting or launcher-wrapped archive). The end-of-central-directory
 * record at the end of the file says how large the central directory is and where the writer
 * thought it was; the difference to where it really is, is the prefix. The one owner of this
 * decision: the format detection and the walker both ask here.
 */
public final class ZipLayout {
  /** End record (22 bytes) plus the longest comment. */
  public static final int MAX_END_RECORD = 22 + 0xFFFF;

  private static final int LOCAL = 0x04034b50;
  private static final int CENTRAL = 0x02014b50;
  private static final int END = 0x06054b50;
  private static final long UNSET32 = 0xFFFFFFFFL;

  private ZipLayout() {}

  /**
   * The end-of-central-directory record found in the last bytes of an archive.
   *
   * @param position where the record starts within the bytes searched
   * @param entries the total number of entries, {@code 0xFFFF} for a ZIP64 archive
   * @param directorySize the size of the central directory, {@code 0xFFFFFFFF} for ZIP64
   * @param directoryOffset where the writer placed the central directory, {@code 0xFFFFFFFF} for
   *     ZIP64
   */
  public record EndRecord(int position, int entries, long directorySize, long directoryOffset) {
    /** True when the sizes are kept in a ZIP64 record instead. */
    public boolean zip64() {
      return directorySize == UNSET32 || directoryOffset == UNSET32 || entries == 0xFFFF;
    }
  }

  /**
   * Finds the end record in {@code tail}, the last bytes of an archive: the last signature whose
   * comment length reaches exactly the end. Null when there is none.
   */
  public static EndRecord endRecord(byte[] tail) {
    for (int p = tail.length - 22; p >= 0; p--) {
      if (u32(tail, p) == END && p + 22 + u16(tail, p + 20) == tail.length) {
        return new EndRecord(p, u16(tail, p + 10), u32(tail, p + 12), u32(tail, p + 16));
      }
    }
    return null;
  }

  /**
   * The offset of the first local file header in a file (or of the end record of an empty archive):
   * 0 for an ordinary archive, the length of the prefix for one that follows a prefix, -1 when the
   * file holds no zip archive. A file that starts like an archive counts as one even if it is cut
   * short, so that the walker can say what is wrong with it.
   */
  public static long dataStart(SeekableByteChannel file) throws IOException {
    long size = file.size();
    byte[] head = read(file, 0, (int) Math.min(size, 4));
    if (startsArchive(head, 0)) {
      return 0;
    }
    int tailLength = (int) Math.min(size, MAX_END_RECORD);
    long tailStart = size - tailLength;
    EndRecord end = endRecord(read(file, tailStart, tailLength));
    if (end == null) {
      return -1;
    }
    long endPosition = tailStart + end.position();
    if (end.entries() == 0 && end.directorySize() == 0) {
      return endPosition; // an empty archive after a prefix
    }
    if (end.zip64()) {
      return firstLocalHeader(read(file, 0, (int) Math.min(size, 64 * 1024)));
    }
    long directory = endPosition - end.directorySize();
    long shift = directory - end.directoryOffset();
    if (directory < 0 || shift < 0) {
      return -1;
    }
    byte[] central = read(file, directory, (int) Math.min(46, endPosition - directory));
    if (central.length < 46 || u32(central, 0) != CENTRAL) {
      return -1;
    }
    // Offsets are relative to the zip data (shift = prefix length) or, when the writer knew of the
    // prefix, to the file (shift = 0); either way the first entry is at shift + its offset.
    long start = shift + u32(central, 42);
    if (start >= directory) {
      return -1;
    }
    byte[] local = read(file, start, 4);
    return local.length == 4 && u32(local, 0) == LOCAL ? start : -1;
  }

  /**
   * The offset of the zip data in the first bytes of a stream, which cannot be searched from its
   * end: 0 when it starts with a local header or an empty archive's end record, else the first
   * well-formed local file header after a prefix, else -1. Whether the whole is an intact archive
   * is checked when the stream has been read (the central directory must list the entries read).
   */
  public static int dataStart(byte[] head) {
    if (startsArchive(head, 0)) {
      return 0;
    }
    return (int) firstLocalHeader(head);
  }

  /**
   * True when {@code data}, a whole file in memory, holds a zip archive: it starts with one, or a
   * well-formed local header follows a prefix and an end record closes the data.
   */
  public static boolean isArchive(byte[] data) {
    if (startsArchive(data, 0)) {
      return true;
    }
    int tail = Math.min(data.length, MAX_END_RECORD);
    byte[] end = new byte[tail];
    System.arraycopy(data, data.length - tail, end, 0, tail);
    return endRecord(end) != null
        && firstLocalHeader(java.util.Arrays.copyOf(data, Math.min(data.length, 64 * 1024))) >= 0;
  }

  /** True when {@code data} holds a local file header or an end record at {@code offset}. */
  private static boolean startsArchive(byte[] data, int offset) {
    if (data.length - offset < 4) {
      return false;
    }
    long sig = u32(data, offset);
    return sig == LOCAL || sig == END;
  }

  /**
   * The first offset at which a local file header stands whose fields are those of a real entry: a
   * known version, a name of printable characters. -1 when there is none.
   */
  private static long firstLocalHeader(byte[] head) {
    for (int i = 1; i + 30 <= head.length; i++) {
      if (u32(head, i) != LOCAL) {
        continue;
      }
      int version = u16(head, i + 4) & 0xFF;
      int nameLength = u16(head, i + 26);
      if (version > 63 || nameLength == 0 || nameLength > 4096) {
        continue;
      }
      int end = Math.min(head.length, i + 30 + nameLength);
      boolean printable = true;
      for (int p = i + 30; p < end; p++) {
        int b = head[p] & 0xFF;
        if (b < 0x20 || b == 0x7F) {
          printable = false;
          break;
        }
      }
      if (printable) {
        return i;
      }
    }
    return -1;
  }

  private static byte[] read(SeekableByteChannel file, long position, int length)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(Math.max(0, length));
    file.position(position);
    while (buffer.hasRemaining() && file.read(buffer) > 0) {
      // fill the buffer
    }
    byte[] out = new byte[buffer.position()];
    buffer.flip();
    buffer.get(out);
    return out;
  }

  private static int u16(byte[] b, int p) {
    return (b[p] & 0xff) | (b[p + 1] & 0xff) << 8;
  }

  private static long u32(byte[] b, int p) {
    return (u16(b, p) | (long) u16(b, p + 2) << 16) & 0xFFFFFFFFL;
  }
}
