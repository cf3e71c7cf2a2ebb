package io.anke.core.audit.internal;

import io.anke.core.internal.CoreMessage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The files of one audit log directory: their names, their order and the end of the newest. */
public final class LogFiles {
  /** The lock file that keeps a second process out of the directory. */
  public static final String LOCK = "audit.lock";

  private static final Pattern NAME =
      Pattern.compile("audit-(\\d{6,18})-(\\d{4}-\\d{2}-\\d{2})\\.jsonl");

  private LogFiles() {}

  /** One file of the log: its number orders the files, the day is when it was started. */
  public record LogFile(Path path, long number, LocalDate day) {}

  /**
   * The end of a file: its last complete line (without the LF) and the bytes after it, which a
   * crash in the middle of a write leaves behind.
   *
   * @param lastLine the last complete line, or null when the file holds none
   * @param tornBytes how many bytes follow the last LF
   */
  public record Tail(byte[] lastLine, long tornBytes) {}

  /**
   * The name of file {@code number}, started on {@code day}: {@code audit-000042-2026-12-02.jsonl}.
   */
  public static String name(long number, LocalDate day) {
    return String.format(Locale.ROOT, "audit-%06d-%s.jsonl", number, day);
  }

  /** The log files in {@code dir}, by number; other files are ignored. */
  public static List<LogFile> list(Path dir) throws IOException {
    List<LogFile> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "audit-*.jsonl")) {
      for (Path p : entries) {
        Matcher m = NAME.matcher(p.getFileName().toString());
        LocalDate day = m.matches() ? day(m.group(2)) : null;
        if (day != null && Files.isRegularFile(p)) {
          files.add(new LogFile(p, Long.parseLong(m.group(1)), day));
        }
      }
    }
    files.sort(Comparator.comparingLong(LogFile::number));
    return files;
  }

  /**
   * The day in a file name, or null for one no calendar has ({@code 2026-13-45}): not a log file.
   */
  private static LocalDate day(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Reads the end of {@code file}.
   *
   * @throws IOException if it cannot be read, or its last line is longer than any record
   */
  public static Tail tail(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      int window = (int) Math.min(size, 2L * (RecordFormat.MAX_LINE + 1));
      long start = size - window;
      ByteBuffer buf = ByteBuffer.allocate(window);
      while (buf.hasRemaining() && ch.read(buf, start + buf.position()) >= 0) {
        // read until the window is full
      }
      byte[] bytes = buf.array();
      int lf = lastIndexOf(bytes, window - 1);
      if (lf < 0) {
        if (start > 0) {
          throw new IOException(CoreMessage.AUDIT_TAIL_NO_LINE_END.english(file, window));
        }
        return new Tail(null, size);
      }
      int from = lastIndexOf(bytes, lf - 1) + 1;
      if (from == 0 && start > 0) {
        throw new IOException(CoreMessage.AUDIT_TAIL_TOO_LONG.english(file));
      }
      return new Tail(Arrays.copyOfRange(bytes, from, lf), window - 1 - lf);
    }
  }

  /** The first line of {@code file} (without the LF), or null when it holds no complete line. */
  public static byte[] firstLine(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buf = ByteBuffer.allocate((int) Math.min(ch.size(), RecordFormat.MAX_LINE + 1L));
      while (buf.hasRemaining() && ch.read(buf) >= 0) {
        // read the first window
      }
      byte[] bytes = buf.array();
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          return Arrays.copyOf(bytes, i);
        }
      }
      return null;
    }
  }

  /**
   * Forces the directory entry of a file just created, so that the file itself survives a crash.
   * Some platforms cannot open a directory for this; there the file system's own ordering has to
   * do.
   */
  public static void forceDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Not supported here (Windows); nothing more can be done.
    }
  }

  private static int lastIndexOf(byte[] bytes, int from) {
    for (int i = from; i >= 0; i--) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
