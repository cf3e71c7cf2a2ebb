package io.anke.scan.bom;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.InputException;
import io.anke.core.bom.BillOfMaterials;
import io.anke.scan.archive.TestZips;
import io.anke.scan.bom.internal.InventoryReader;
import io.anke.scan.bom.internal.JsonLocations;
import io.anke.scan.bom.internal.XmlLocations;
import io.anke.testing.SparseFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits of the bill-of-materials readers at their boundaries: document size, nesting depth of
 * JSON and XML documents, and the line length of CSV inventories. Each input exactly at a limit is
 * read; one more is refused with an {@link InputException} that names the file, the line where
 * there is one, and the limit.
 */
class BomLimitsTest {
  @TempDir Path dir;

  // ---- document size --------------------------------------------------------------------------

  @Test
  void aDocumentOverTheDefaultSizeIsRefusedBeforeAnyOfItIsRead() throws IOException {
    // Sparse: the file claims MAX_DOCUMENT_BYTES + 1 bytes without taking them on disk or in
    // memory.
    Path big = SparseFiles.sized(dir.resolve("big.csv"), BomReaders.MAX_DOCUMENT_BYTES + 1);
    assertThatThrownBy(() -> BomReaders.read(big, "big.csv"))
        .isInstanceOf(InputException.class)
        .hasMessage("big.csv: document of 536870913 bytes exceeds the limit of 512 MiB")
        .satisfies(
            e ->
                assertThat(((InputException) e).messageIn(Locale.SIMPLIFIED_CHINESE))
                    .isEqualTo("big.csv: 文档大小为 536870913 字节，超过了 512 MiB 的上限"));
  }

  @Test
  void aDocumentOfExactlyTheLimitIsReadAndOneByteMoreIsNot() throws IOException {
    // The same check under a 1 MiB limit, so that the accepted side need not hold 512 MiB.
    long limit = 1 << 20;
    Path exact = Files.write(dir.resolve("exact.bin"), new byte[(int) limit]);
    assertThat(BomReaders.readAll(exact, "exact.bin", limit)).hasSize((int) limit);
    Path over = Files.write(dir.resolve("over.bin"), new byte[(int) limit + 1]);
    assertThatThrownBy(() -> BomReaders.readAll(over, "over.bin", limit))
        .isInstanceOf(InputException.class)
        .hasMessage("over.bin: document of 1048577 bytes exceeds the limit of 1 MiB");
  }

  // ---- nesting depth --------------------------------------------------------------------------

  private static String jsonNestedTo(int depth) {
    // The outer object is level 1, each array one more.
    return "{\"a\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}";
  }

  @Test
  void jsonNestedExactlyToTheLimitIsScannedAndOneLevelMoreIsRefusedWithItsLine() {
    assertThat(BomReaders.MAX_NESTING_DEPTH).isEqualTo(JsonLocations.MAX_DEPTH).isEqualTo(200);
    byte[] atLimit = jsonNestedTo(BomReaders.MAX_NESTING_DEPTH).getBytes(UTF_8);
    JsonLocations.scan("d.json", "CycloneDX JSON", atLimit, Set.of("components"));

    String over = jsonNestedTo(BomReaders.MAX_NESTING_DEPTH + 1).replace("{\"a\":", "{\n\"a\":");
    assertThatThrownBy(
            () ->
                JsonLocations.scan(
                    "d.json", "CycloneDX JSON", over.getBytes(UTF_8), Set.of("components")))
        .isInstanceOf(InputException.class)
        .hasMessage("d.json:2: CycloneDX JSON: nested more than 200 levels deep (nesting limit)")
        .satisfies(
            e ->
                assertThat(((InputException) e).messageIn(Locale.SIMPLIFIED_CHINESE))
                    .isEqualTo("d.json:2: CycloneDX JSON：嵌套超过 200 层（嵌套上限）"));
  }

  private static String xmlNestedTo(int depth) {
    return "<a>".repeat(depth) + "</a>".repeat(depth);
  }

  @Test
  void xmlNestedExactlyToTheLimitIsScannedAndOneLevelMoreIsRefusedWithItsLine() {
    byte[] atLimit = xmlNestedTo(BomReaders.MAX_NESTING_DEPTH).getBytes(UTF_8);
    XmlLocations.scan("d.xml", "CycloneDX XML", atLimit);

    String over = "<a>\n" + xmlNestedTo(BomReaders.MAX_NESTING_DEPTH) + "</a>";
    assertThatThrownBy(() -> XmlLocations.scan("d.xml", "CycloneDX XML", over.getBytes(UTF_8)))
        .isInstanceOf(InputException.class)
        .hasMessage("d.xml:2: CycloneDX XML: nested more than 200 levels deep (nesting limit)");
  }

  /** Components nested {@code levels} deep, each the only child of the one before. */
  private static String nestedComponentsJson(int levels) {
    StringBuilder b = new StringBuilder("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.5\",");
    b.append("\"version\":1,\"components\":");
    for (int i = 1; i <= levels; i++) {
      b.append("[{\"type\":\"library\",\"name\":\"c").append(i).append('"');
      if (i < levels) {
        b.append(",\"components\":");
      }
    }
    b.append("}]".repeat(levels)).append('}');
    return b.toString();
  }

  private static String nestedComponentsXml(int levels) {
    StringBuilder b =
        new StringBuilder("<bom xmlns=\"http://cyclonedx.org/schema/bom/1.5\" version=\"1\">");
    for (int i = 1; i <= levels; i++) {
      b.append("<components><component type=\"library\"><name>c").append(i).append("</name>");
    }
    b.append("</component></components>".repeat(levels)).append("</bom>");
    return b.toString();
  }

  @Test
  void cycloneDxComponentsNestUpTo99LevelsInBothEncodings() throws IOException {
    // Each level of components takes two levels of nesting (the list and the component), and an
    // XML component's name one more: 99 levels reach depth 199 in JSON and 200 in XML.
    for (String name : new String[] {"deep.cdx.json", "deep.cdx.xml"}) {
      String text = name.endsWith(".json") ? nestedComponentsJson(99) : nestedComponentsXml(99);
      Path file = Files.writeString(dir.resolve(name), text);
      BillOfMaterials bom = BomReaders.read(file, name);
      assertThat(bom.components()).hasSize(99);
    }
    for (String name : new String[] {"deeper.cdx.json", "deeper.cdx.xml"}) {
      boolean json = name.endsWith(".json");
      String text = json ? nestedComponentsJson(100) : nestedComponentsXml(100);
      Path file = Files.writeString(dir.resolve(name), text);
      assertThatThrownBy(() -> BomReaders.read(file, name))
          .isInstanceOf(InputException.class)
          .hasMessage(
              name
                  + ":1: CycloneDX "
                  + (json ? "JSON" : "XML")
                  + ": nested more than 200 levels deep (nesting limit)");
    }
  }

  // ---- CSV line length ------------------------------------------------------------------------

  private static String csvWithModelLine(int lineLength, String lineBreak) {
    String prefix = "switch,Huawei,";
    return "category,vendor,model"
        + lineBreak
        + prefix
        + "M".repeat(lineLength - prefix.length())
        + lineBreak;
  }

  @Test
  void aCsvLineOfExactlyTheLimitIsReadAndOneCharacterMoreIsRefusedWithItsLine() {
    int max = InventoryReader.MAX_CSV_LINE;
    assertThat(max).isEqualTo(64 * 1024);
    for (String lineBreak : new String[] {"\n", "\r\n"}) {
      BillOfMaterials bom =
          BomReaders.read(csvWithModelLine(max, lineBreak).getBytes(UTF_8), "hw.csv");
      assertThat(bom.components()).hasSize(1);
      assertThat(bom.components().get(0).name()).hasSize(max - "switch,Huawei,".length());
    }
    byte[] over = ("# inventory\n" + csvWithModelLine(max + 1, "\n")).getBytes(UTF_8);
    assertThatThrownBy(() -> BomReaders.read(over, "hw.csv"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "hw.csv:3: inventory CSV: line longer than 65536 characters (line length limit)")
        .satisfies(
            e ->
                assertThat(((InputException) e).messageIn(Locale.SIMPLIFIED_CHINESE))
                    .isEqualTo("hw.csv:3: 设备清单 CSV：该行超过 65536 个字符（行长度上限）"));
  }

  // ---- metadata files in archives -------------------------------------------------------------

  /** A pom.properties of exactly {@code size} bytes whose version is its last line. */
  private static byte[] pomProperties(int size) {
    String tail = "groupId=g\nartifactId=a\nversion=1.0";
    return ("#" + "x".repeat(size - tail.length() - 2) + "\n" + tail).getBytes(UTF_8);
  }

  private BillOfMaterials jarWith(String name, byte[] pomProperties) throws IOException {
    Path jar = dir.resolve(name);
    Files.write(
        jar, TestZips.zip().stored("META-INF/maven/g/a/pom.properties", pomProperties).bytes());
    return BomReaders.read(jar, name);
  }

  private static boolean identifies(BillOfMaterials bom, String version) {
    return bom.components().stream()
        .anyMatch(
            c -> "g".equals(c.group()) && "a".equals(c.name()) && version.equals(c.version()));
  }

  @Test
  void aPomPropertiesOfExactlyTheLimitIdentifiesItsArchiveAndALargerOneIsNotHalfRead()
      throws IOException {
    int max = ArchiveComponentCollector.SMALL_FILE;
    assertThat(max).isEqualTo(64 * 1024);
    assertThat(pomProperties(max)).hasSize(max);
    assertThat(identifies(jarWith("exact.jar", pomProperties(max)), "1.0")).isTrue();
    // One byte more: its first 64 KiB would end in "version=1." and name a wrong version.
    BillOfMaterials over = jarWith("over.jar", pomProperties(max + 1));
    assertThat(over.components()).noneMatch(c -> "g".equals(c.group()));
    // A malformed escape leaves the archive unidentified by it instead of failing the read.
    BillOfMaterials malformed =
        jarWith("bad.jar", "groupId=g\nartifactId=a\nversion=\\uZZZZ".getBytes(UTF_8));
    assertThat(malformed.components()).noneMatch(c -> "g".equals(c.group()));
  }
}
