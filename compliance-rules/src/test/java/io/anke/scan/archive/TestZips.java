package io.anke.scan.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds zip archives in memory for tests. */
public final class TestZips {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final ZipOutputStream zip = new ZipOutputStream(bytes);

  /** A new, empty archive. */
  public static TestZips zip() {
    return new TestZips();
  }

  /** Writes {@code bytes} to {@code dir/name}, creating the folders on the way. */
  static Path write(Path dir, String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return file;
  }

  /** A deflated entry (sizes in a data descriptor, as ZipOutputStream writes them). */
  TestZips deflated(String name, byte[] content) {
    try {
      ZipEntry entry = new ZipEntry(name);
      entry.setTime(0);
      zip.putNextEntry(entry);
      zip.write(content);
      zip.closeEntry();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  TestZips deflated(String name, String content) {
    return deflated(name, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** A stored entry with sizes and CRC in the local header, as Spring Boot writes nested jars. */
  public TestZips stored(String name, byte[] content) {
    try {
      ZipEntry entry = new ZipEntry(name);
      entry.setTime(0);
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(content.length);
      entry.setCompressedSize(content.length);
      CRC32 crc = new CRC32();
      crc.update(content);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(content);
      zip.closeEntry();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  TestZips directory(String name) {
    try {
      ZipEntry entry = new ZipEntry(name.endsWith("/") ? name : name + "/");
      entry.setTime(0);
      zip.putNextEntry(entry);
      zip.closeEntry();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The archive's bytes (closes it). */
  public byte[] bytes() {
    try {
      zip.close();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
