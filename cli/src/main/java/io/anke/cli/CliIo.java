package io.anke.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
    return new String(readAll(path), java.nio.charset.StandardCharsets.UTF_8);
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
      Path parent = path.toAbsolutePath().getParent();
      Path tmp = Files.createTempFile(parent, ".anke-", ".tmp");
      try {
        Files.write(tmp, data);
        Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new InvalidInputException("cannot write " + path + ": " + reason(e), e);
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
