package io.anke.cli;

import io.anke.core.files.FileFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Input and output for commands that take {@code --in FILE} / {@code --out FILE} or a {@code
 * FILE|-} argument: a missing path or {@code -} means standard input or output. Failures become
 * {@link InvalidInputException} (exit 3) that name the path and say why (no such file or directory,
 * permission denied, disk full, ...) in the language of the command {@code spec} belongs to, and
 * never name the temporary file a write goes through.
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
  public static InputStream open(CommandSpec spec, Path path) {
    if (isStdio(path)) {
      return System.in;
    }
    try {
      return Files.newInputStream(path);
    } catch (IOException e) {
      throw unreadable(spec, path, e);
    }
  }

  /** Reads the whole input into memory. */
  public static byte[] readAll(CommandSpec spec, Path path) {
    try (InputStream in = open(spec, path)) {
      byte[] data = in.readNBytes((int) Math.min(MAX_IN_MEMORY_INPUT, Integer.MAX_VALUE - 8));
      if (in.read() != -1) {
        throw new InvalidInputException(Lang.root(spec, "io.tooLarge", describe(spec, path)));
      }
      return data;
    } catch (IOException e) {
      throw unreadable(spec, path, e);
    }
  }

  /**
   * Reads a file that must hold something: a key, a certificate, a keyset, a signature. An empty
   * file (or one of white space only) is said to be empty, rather than left to a parser that would
   * call it malformed.
   */
  public static byte[] readNonEmpty(CommandSpec spec, Path path) {
    byte[] data = readAll(spec, path);
    if (isBlank(data)) {
      throw new InvalidInputException(Lang.root(spec, "io.empty", describe(spec, path)));
    }
    return data;
  }

  private static boolean isBlank(byte[] data) {
    for (byte b : data) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes the whole output. A file is written to a temporary sibling first and then moved into
   * place, so that a failed command never leaves a half-written file behind; an existing file that
   * is not a regular file (a device such as {@code /dev/null}, a named pipe) is written directly.
   */
  public static void write(CommandSpec spec, Path path, byte[] data) {
    if (isStdio(path)) {
      System.out.write(data, 0, data.length);
      System.out.flush();
      if (System.out.checkError()) {
        throw new InvalidInputException(
            Lang.root(
                spec,
                "io.cannotWrite",
                Lang.root(spec, "io.stdout"),
                Lang.root(spec, "io.reason.stream")));
      }
      return;
    }
    try {
      replace(path, data);
    } catch (IOException e) {
      throw unwritable(spec, path, e);
    }
  }

  /**
   * Replaces a file: the data goes to a temporary sibling created owner-only (mode 600 where the
   * file system has POSIX permissions), which is then moved into place. A key written this way is
   * never readable by others, not even for a moment, and a failure leaves no half-written file.
   * Callers turn a failure into a message with {@link #unwritable}.
   */
  static void replace(Path path, byte[] data) throws IOException {
    if (isDevice(path)) {
      Files.write(path, data);
      return;
    }
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
  static char[] readFirstLine(CommandSpec spec, Path path) {
    byte[] data;
    try (InputStream in = open(spec, path)) {
      data = in.readNBytes(MAX_LINE + 2); // room for the line ending, "\r\n" at most
    } catch (IOException e) {
      throw unreadable(spec, path, e);
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
            Lang.root(spec, "io.lineTooLong", describe(spec, path), MAX_LINE));
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

  /**
   * True when the output {@code path} is an existing file that is not a regular one (a device such
   * as {@code /dev/null}, a named pipe): it is written directly, as there is nothing to replace and
   * no temporary sibling to move. A directory is refused with "Is a directory".
   */
  static boolean isDevice(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      throw new FileSystemException(path.toString(), null, "Is a directory");
    }
    return Files.exists(path) && !Files.isRegularFile(path);
  }

  /** Opens an output stream (stdout when the path is absent or "-"). */
  public static OutputStream create(CommandSpec spec, Path path) {
    if (isStdio(path)) {
      return System.out;
    }
    try {
      return Files.newOutputStream(path);
    } catch (IOException e) {
      throw unwritable(spec, path, e);
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

  /** The path as messages name it: "standard input" (in the chosen language) for {@code -}. */
  static String describe(CommandSpec spec, Path path) {
    return isStdio(path) ? Lang.root(spec, "io.stdin") : path.toString();
  }

  static InvalidInputException unreadable(CommandSpec spec, Path path, IOException e) {
    return new InvalidInputException(
        Lang.root(spec, "io.cannotRead", describe(spec, path), reason(spec, path, e)), e);
  }

  /** "cannot write PATH: why", for any failure to write {@code path}. */
  static InvalidInputException unwritable(CommandSpec spec, Path path, IOException e) {
    String where = isStdio(path) ? Lang.root(spec, "io.stdout") : path.toString();
    return new InvalidInputException(
        Lang.root(spec, "io.cannotWrite", where, reason(spec, path, e)), e);
  }

  /** Why {@code e} happened to {@code path}, in the chosen language ({@link FileFailure}). */
  static String reason(CommandSpec spec, Path path, IOException e) {
    return FileFailure.reason(isStdio(path) ? null : path, e).in(Lang.of(spec));
  }
}
