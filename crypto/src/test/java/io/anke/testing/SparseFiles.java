package io.anke.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/**
 * Files of a chosen size that take no disk for it, for the tests at the size limits: the bytes
 * beyond what the file holds read as zeros, and a reader that checks the size first never reads
 * them.
 */
public final class SparseFiles {
  private SparseFiles() {}

  /**
   * Gives {@code file} exactly {@code size} bytes, keeping what it holds below that (created empty
   * when missing).
   *
   * @return the file
   */
  public static Path sized(Path file, long size) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(size);
    }
    return file;
  }
}
