package io.anke.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

/**
 * Input and output for commands that take {@code --in FILE} / {@code --out FILE} or a {@code
 * FILE|-} argument: a missing path or {@code -} means standard input or output. Read failures
 * become {@link InvalidInputException} (exit 3) with the path in the message.
 */
public final class CliIo {
  /** Upper bound for whole-input reads, so that a mistaken device file cannot exhaust memory. */
  public static final long MAX_IN_MEMORY_INPUT = 1L << 30;

  private CliIo() {}

  /** True when the argument means standard input or output. */
  public static boolean isStdio(Path path) {
    return path == null || path.toString().equals("-");
  }

  /** Opens the input for streaming. The caller closes it (closing stdin is harmless here). */
  public static InputStream open(Path path) {
    if (isStdio(path)) {
      return System.in;
    }
    try {
      return Files.newInputStream(path);
    } catch (IOException e) {
      throw unreadable(path, e);
    }
  }

  /** Reads the whole input into memory. */
  public static byte[] readAll(Path path) {
    try (InputStream in = open(path)) {
      byte[] data = in.readNBytes((int) Math.min(MAX_IN_MEMORY_INPUT, Integer.MAX_VALUE - 8));
      if (in.read() != -1) {
        throw new InvalidInputException(describe(path) + ": input larger than 1 GiB");
      }
      return data;
    } catch (IOException e) {
      throw unreadable(path, e);
    }
  }

  /** Reads a small text file (a key, a hex value), as UTF-8. */
  public static String readText(Path path) {
    return new String(readAll(path), StandardCharsets.UTF_8);
  }

  /**
   * Writes the whole output. A file is written to a temporary sibling first and then moved into
   * place, so that a failed command never leaves a half-written file behind.
   */
  public static void write(Path path, byte[] data) {
    if (isStdio(path)) {
      try {
        System.out.write(data);
        System.out.flush();
      } catch (IOException e) {
        throw new InvalidInputException("cannot write to standard output: " + e.getMessage(), e);
      }
      return;
    }
    try {
      replace(path, data);
    } catch (IOException e) {
      throw new InvalidInputException("cannot write " + path + ": " + reason(e), e);
    }
  }

  /**
   * Replaces a file: the data goes to a temporary sibling created owner-only (mode 600 where the
   * file system has POSIX permissions), which is then moved into place. A key written this way is
   * never readable by others, not even for a moment, and a failure leaves no half-written file.
   * Callers that want their own message for the failure catch the exception.
   */
  static void replace(Path path, byte[] data) throws IOException {
    FileAttribute<?>[] attrs =
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
            ? new FileAttribute<?>[] {
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
            }
            : new FileAttribute<?>[0];
    Path tmp = Files.createTempFile(path.toAbsolutePath().getParent(), ".anke-", ".tmp", attrs);
    try {
      Files.write(tmp, data);
      Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Longest first line {@link #readFirstLine} accepts, in bytes. */
  static final int MAX_LINE = 4096;

  /**
   * The first line of the input (a password), without its line ending. The bytes are decoded
   * straight into a char array and wiped, so that no String copy of the secret is left behind; a
   * first line longer than {@link #MAX_LINE} bytes is refused rather than silently cut short.
   */
  static char[] readFirstLine(Path path) {
    byte[] data;
    try (InputStream in = open(path)) {
      data = in.readNBytes(MAX_LINE + 2); // room for the line ending, "\r\n" at most
    } catch (IOException e) {
      throw unreadable(path, e);
    }
    try {
      int end = 0;
      while (end < data.length && data[end] != '\n') {
        end++;
      }
      if (end > 0 && data[end - 1] == '\r') {
        end--;
      }
      if (end > MAX_LINE) {
        throw new InvalidInputException(
            describe(path) + ": the first line is longer than " + MAX_LINE + " bytes");
      }
      CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(data, 0, end));
      char[] line = new char[chars.remaining()];
      chars.get(line);
      if (chars.hasArray()) {
        Arrays.fill(chars.array(), '\0');
      }
      return line;
    } finally {
      Arrays.fill(data, (byte) 0);
    }
  }

  /** Opens an output stream (stdout when the path is absent or "-"). */
  public static OutputStream create(Path path) {
    if (isStdio(path)) {
      return System.out;
    }
    try {
      return Files.newOutputStream(path);
    } catch (IOException e) {
      throw new InvalidInputException("cannot write " + path + ": " + reason(e), e);
    }
  }

  /**
   * True when a person is watching a terminal (a console, and TERM set and not {@code dumb}):
   * progress lines on standard error are for them, never for scripts, pipes or CI logs.
   */
  static boolean personWatching() {
    if (System.console() == null) {
      return false;
    }
    String term = System.getenv("TERM");
    return term != null && !term.equals("dumb");
  }

  static String describe(Path path) {
    return isStdio(path) ? "standard input" : path.toString();
  }

  static InvalidInputException unreadable(Path path, IOException e) {
    return new InvalidInputException("cannot read " + describe(path) + ": " + reason(e), e);
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
