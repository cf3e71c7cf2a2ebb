package io.anke.scan.bom;

import io.anke.core.InputException;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.rule.Text;
import io.anke.scan.archive.ArchiveEntry;
import io.anke.scan.archive.ArchiveVisitor;
import io.anke.scan.archive.ArchiveWalker;
import io.anke.scan.archive.TargetKind;
import io.anke.scan.bom.internal.CycloneDxReader;
import io.anke.scan.bom.internal.CycloneDxVersion;
import io.anke.scan.bom.internal.InventoryReader;
import io.anke.scan.bom.internal.JsonLocations;
import io.anke.scan.bom.internal.Spdx3Reader;
import io.anke.scan.bom.internal.SpdxReader;
import io.anke.scan.internal.ScanMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads any supported bill-of-materials input into a {@link BillOfMaterials}, detecting the format
 * from the content (the file extension only settles CSV versus YAML when the text could be both):
 * CycloneDX JSON and XML, SPDX JSON (2.x) and JSON-LD (3.0), hardware inventories in CSV and YAML,
 * and archives (jar, war, ear, zip) and directories through {@link ArchiveWalker}. Every error is
 * an {@link InputException} naming the file, the line where known, and the detected format.
 */
public final class BomReaders {
  /** Largest document read into memory (SBOMs and inventories, not archives). */
  public static final long MAX_DOCUMENT_BYTES = 512L << 20;

  /**
   * The deepest nesting of JSON arrays and objects, or of XML elements, in a document (the outer
   * object or root element is level 1); nested CycloneDX components take two levels each.
   */
  public static final int MAX_NESTING_DEPTH = JsonLocations.MAX_DEPTH;

  private static final int SNIFF = 4096;

  private BomReaders() {}

  /** The CycloneDX versions read (JSON and XML), oldest first: {@code 1.2} … {@code 1.7}. */
  public static List<String> cycloneDxVersions() {
    return CycloneDxVersion.all().stream().map(CycloneDxVersion::text).toList();
  }

  /**
   * The SPDX versions read, oldest first: {@code 2.2}, {@code 2.3} (JSON), {@code 3.0} (JSON-LD).
   */
  public static List<String> spdxVersions() {
    List<String> all = new java.util.ArrayList<>(SpdxReader.VERSIONS);
    all.addAll(Spdx3Reader.VERSIONS);
    return List.copyOf(all);
  }

  /** Reads {@code file}, naming it by its path as given. */
  public static BillOfMaterials read(Path file) {
    return read(file, file.toString());
  }

  /**
   * Reads {@code file}.
   *
   * @param displayName how reports and errors name the file (relative to the working directory)
   * @throws InputException when the file is missing, unreadable, of no supported format, or
   *     malformed
   */
  public static BillOfMaterials read(Path file, String displayName) {
    return read(file, displayName, ArchiveWalker.builder().digests(true).build());
  }

  /** Same as {@link #read(Path, String)} with the walker used for archives and directories. */
  public static BillOfMaterials read(Path file, String displayName, ArchiveWalker walker) {
    return read(file, displayName, walker, null);
  }

  /**
   * Same as {@link #read(Path, String, ArchiveWalker)}; when {@code file} is an archive or a
   * directory, {@code classFiles} (if not null) is also given each class file of the walk, so that
   * one read of the file serves both. It sees every container entered and left too (what it answers
   * to {@link ArchiveVisitor#enterArchive} is ignored), and may read a class file's bytes: the
   * component collector never does.
   */
  public static BillOfMaterials read(
      Path file, String displayName, ArchiveWalker walker, ArchiveVisitor classFiles) {
    BomFormat format = detect(file, displayName);
    if (format == BomFormat.ARCHIVE || format == BomFormat.DIRECTORY) {
      ArchiveComponentCollector collector =
          new ArchiveComponentCollector(format == BomFormat.DIRECTORY);
      try {
        walker.walk(
            file, displayName, classFiles == null ? collector : with(collector, classFiles));
      } catch (IOException e) {
        throw new InputException(
            displayName,
            0,
            ScanMessage.BOM_CANNOT_READ_FORMAT.text(format.displayName(), Text.messageOf(e)),
            e);
      }
      return collector.toBom(displayName);
    }
    return parse(displayName, format, readAll(file, displayName));
  }

  /**
   * The component collector with {@code classFiles} beside it. Not {@link ArchiveVisitor#all},
   * which buffers every entry for the visitors after the first: here the two never read the same
   * bytes (the collector reads no class file, the other nothing else), so each entry is passed on
   * as it is, which matters for the start-up guard's read of every entry of the class path.
   */
  private static ArchiveVisitor with(
      ArchiveComponentCollector collector, ArchiveVisitor classFiles) {
    return new ArchiveVisitor() {
      @Override
      public boolean enterArchive(ArchiveEntry archive) {
        classFiles.enterArchive(archive);
        return collector.enterArchive(archive);
      }

      @Override
      public void leaveArchive(ArchiveEntry archive, String sha256) {
        collector.leaveArchive(archive, sha256);
        classFiles.leaveArchive(archive, sha256);
      }

      @Override
      public void visitEntry(ArchiveEntry entry, InputStream content) throws IOException {
        collector.visitEntry(entry, content);
        if (entry.isClass()) {
          classFiles.visitEntry(entry, content);
        }
      }
    };
  }

  /**
   * Parses a document already in memory (for example standard input).
   *
   * @throws InputException when the bytes are of no supported format or malformed
   */
  public static BillOfMaterials read(byte[] data, String displayName) {
    BomFormat format = detect(data, displayName);
    if (format == BomFormat.ARCHIVE) {
      throw new InputException(displayName, 0, ScanMessage.BOM_ARCHIVE_NOT_A_FILE.text());
    }
    return parse(displayName, format, data);
  }

  private static BillOfMaterials parse(String name, BomFormat format, byte[] data) {
    return switch (format) {
      case CYCLONEDX_JSON -> CycloneDxReader.read(name, data, false);
      case CYCLONEDX_XML -> CycloneDxReader.read(name, data, true);
      case SPDX_JSON -> SpdxReader.read(name, data);
      case SPDX3_JSONLD -> Spdx3Reader.read(name, data);
      case INVENTORY_CSV -> InventoryReader.readCsv(name, data);
      case INVENTORY_YAML -> InventoryReader.readYaml(name, data);
      case ARCHIVE, DIRECTORY -> throw new IllegalStateException(format.toString());
    };
  }

  /**
   * Detects the format of a file or directory from its content.
   *
   * @throws InputException when it is missing, unreadable or of no supported format
   */
  public static BomFormat detect(Path file, String displayName) {
    byte[] head;
    try {
      // The walker's own answer, from the zip structure: a jar after a launch script is a jar.
      switch (TargetKind.of(file)) {
        case DIRECTORY:
          return BomFormat.DIRECTORY;
        case CLASS_FILE:
        case ZIP_ARCHIVE:
          return BomFormat.ARCHIVE;
        case OTHER:
          break;
      }
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(SNIFF);
      }
    } catch (NoSuchFileException e) {
      throw new InputException(displayName, 0, ScanMessage.BOM_NO_SUCH_FILE.text());
    } catch (AccessDeniedException e) {
      throw new InputException(displayName, 0, ScanMessage.BOM_PERMISSION_DENIED.text());
    } catch (IOException e) {
      throw new InputException(
          displayName, 0, ScanMessage.BOM_CANNOT_READ.text(Text.messageOf(e)), e);
    }
    if (head.length == SNIFF && isUndecidedJson(head)) {
      // The format marker may come after a long first field: look at the whole document.
      return detectText(readAll(file, displayName), displayName);
    }
    return detectText(head, displayName);
  }

  private static boolean isUndecidedJson(byte[] head) {
    String t = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
    return t.startsWith("{")
        && !t.contains("\"bomFormat\"")
        && !t.contains("\"spdxVersion\"")
        && !t.contains(Spdx3Reader.CONTEXT);
  }

  /**
   * Detects the format of a whole document held in memory (and its name, for CSV vs YAML): an
   * archive is recognised as {@link TargetKind} recognises one.
   */
  public static BomFormat detect(byte[] data, String displayName) {
    if (data.length > 0 && TargetKind.of(data, displayName).walkable()) {
      return BomFormat.ARCHIVE;
    }
    return detectText(data, displayName);
  }

  /** Detects the format of a text document from its first bytes. */
  private static BomFormat detectText(byte[] head, String displayName) {
    if (head.length == 0) {
      throw new InputException(displayName, 0, ScanMessage.BOM_EMPTY_FILE.text());
    }
    String text = new String(head, 0, Math.min(head.length, SNIFF), StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String t = text.stripLeading();
    if (t.startsWith("{")) {
      String all = head.length > SNIFF ? new String(head, StandardCharsets.UTF_8) : t;
      if (all.contains("\"bomFormat\"")) {
        return BomFormat.CYCLONEDX_JSON;
      }
      if (all.contains("\"spdxVersion\"")) {
        return BomFormat.SPDX_JSON;
      }
      if (all.contains("\"@context\"") && all.contains(Spdx3Reader.CONTEXT)) {
        return BomFormat.SPDX3_JSONLD;
      }
      throw new InputException(displayName, 1, ScanMessage.BOM_JSON_UNKNOWN.text());
    }
    if (t.startsWith("<")) {
      if (t.contains("http://cyclonedx.org/schema/bom/") || t.contains("<!DOCTYPE")) {
        // DOCTYPEs are refused by the CycloneDX XML reader with a clear message.
        return BomFormat.CYCLONEDX_XML;
      }
      throw new InputException(displayName, 1, ScanMessage.BOM_XML_UNKNOWN.text());
    }
    if (t.startsWith("SPDXVersion:")) {
      throw new InputException(displayName, 1, ScanMessage.BOM_SPDX_TAG_VALUE.text());
    }
    String lower = displayName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv")) {
      return BomFormat.INVENTORY_CSV;
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return BomFormat.INVENTORY_YAML;
    }
    String first = firstLine(t);
    if (first.startsWith("- ")
        || first.startsWith("---")
        || first.matches("[A-Za-z_]+:\\s*.*") && !first.contains(",")) {
      return BomFormat.INVENTORY_YAML;
    }
    if (first.contains(",")) {
      return BomFormat.INVENTORY_CSV;
    }
    throw new InputException(displayName, 1, ScanMessage.BOM_FORMAT_UNKNOWN.text());
  }

  private static String firstLine(String text) {
    for (String line : text.lines().toList()) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        return l;
      }
    }
    return "";
  }

  private static byte[] readAll(Path file, String displayName) {
    return readAll(file, displayName, MAX_DOCUMENT_BYTES);
  }

  /** The whole file, refused before reading when it exceeds {@code limit} bytes. */
  static byte[] readAll(Path file, String displayName, long limit) {
    try {
      long size = Files.size(file);
      if (size > limit) {
        throw new InputException(displayName, 0, ScanMessage.BOM_TOO_LARGE.text(size, limit >> 20));
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException(displayName, 0, ScanMessage.BOM_NO_SUCH_FILE.text());
    } catch (IOException e) {
      throw new InputException(
          displayName, 0, ScanMessage.BOM_CANNOT_READ.text(Text.messageOf(e)), e);
    }
  }
}
