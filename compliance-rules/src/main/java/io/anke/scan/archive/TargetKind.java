package io.anke.scan.archive;

import io.anke.scan.archive.internal.ZipLayout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What {@link ArchiveWalker} makes of a file, decided from its content: the one answer to "is this
 * an archive" for format detection, the command line, the Maven plugin and the walker itself. A zip
 * archive is recognised by its structure, so a jar after a launch script or a native stub (a Spring
 * Boot "fully executable" jar, a self-extracting or launcher-wrapped archive) is an archive too.
 */
public enum TargetKind {
  /** A directory, walked file by file. */
  DIRECTORY,
  /** A single class file (named {@code .class}, starting with the class-file magic number). */
  CLASS_FILE,
  /** A zip archive: jar, war, ear, zip, possibly after a prefix. */
  ZIP_ARCHIVE,
  /** Anything else: not for the walker. */
  OTHER;

  /** True for what the walker reads: a directory, a class file or a zip archive. */
  public boolean walkable() {
    return this != OTHER;
  }

  /**
   * The kind of {@code file}.
   *
   * @throws IOException when the file cannot be read (a missing file is {@link #OTHER})
   */
  public static TargetKind of(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      return DIRECTORY;
    }
    if (!Files.isRegularFile(file)) {
      return OTHER;
    }
    if (file.getFileName() != null && file.getFileName().toString().endsWith(".class")) {
      try (InputStream in = Files.newInputStream(file)) {
        return isClassFile(in.readNBytes(4)) ? CLASS_FILE : OTHER;
      }
    }
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      return ZipLayout.dataStart(channel) >= 0 ? ZIP_ARCHIVE : OTHER;
    }
  }

  /** The kind of a whole file held in memory, named {@code name}. */
  public static TargetKind of(byte[] data, String name) {
    if (name.endsWith(".class")) {
      return isClassFile(data) ? CLASS_FILE : OTHER;
    }
    return ZipLayout.isArchive(data) ? ZIP_ARCHIVE : OTHER;
  }

  private static boolean isClassFile(byte[] head) {
    return head.length >= 4
        && (head[0] & 0xFF) == 0xCA
        && (head[1] & 0xFF) == 0xFE
        && (head[2] & 0xFF) == 0xBA
        && (head[3] & 0xFF) == 0xBE;
  }
}
