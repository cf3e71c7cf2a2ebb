package io.anke.scan.bytecode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Reads the fixture classes and their expect markers; assembles jars for tests. */
final class Fixtures {
  private Fixtures() {}

  static final String PACKAGE = "io/anke/scan/bytecode/fixtures/";
  static final Path CLASSES = Path.of("target/test-classes");
  static final Path SOURCES = Path.of("src/test/java");

  /** The class file of fixture {@code simpleName}. */
  static byte[] classFile(String simpleName) {
    try {
      return Files.readAllBytes(CLASSES.resolve(PACKAGE + simpleName + ".class"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The usages the source of fixture {@code simpleName} marks, as {@code KIND ALGORITHM
   * io.anke.….Name:line} (algorithm left out when the marker has none).
   */
  static List<String> expected(String simpleName) {
    List<String> out = new ArrayList<>();
    try {
      List<String> lines =
          Files.readAllLines(
              SOURCES.resolve(PACKAGE + simpleName + ".java"), StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        int at = lines.get(i).indexOf("// expect: ");
        if (at < 0) {
          continue;
        }
        for (String item : lines.get(i).substring(at + "// expect: ".length()).split(",")) {
          out.add(item.strip() + " " + className(simpleName) + ":" + (i + 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static String className(String simpleName) {
    return (PACKAGE + simpleName).replace('/', '.');
  }

  /** A usage in the expect-marker form. */
  static String brief(CryptoUsage u) {
    return u.kind()
        + (u.algorithm() == null ? "" : " " + u.algorithm())
        + " "
        + u.location().className()
        + ":"
        + u.location().line();
  }

  /** A jar of entries (name to bytes); names ending in .jar are stored like Spring Boot does. */
  static byte[] jar(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setTime(0);
        if (e.getKey().endsWith(".jar")) {
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(e.getValue().length);
          CRC32 crc = new CRC32();
          crc.update(e.getValue());
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The jar file a class was loaded from (a real third-party artifact on the test classpath). */
  static Path jarOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
