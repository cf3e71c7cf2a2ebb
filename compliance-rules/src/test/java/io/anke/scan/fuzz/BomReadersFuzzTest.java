package io.anke.scan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.anke.core.InputException;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.bom.ComponentKind;
import io.anke.core.catalog.Catalog;
import io.anke.scan.bom.BomReaders;
import io.anke.scan.bom.CycloneDxWriter;
import io.anke.scan.bom.internal.CycloneDxReader;
import io.anke.scan.bom.internal.InventoryReader;
import io.anke.scan.bom.internal.Kinds;
import io.anke.scan.bom.internal.Spdx3Reader;
import io.anke.scan.bom.internal.SpdxReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Every bill-of-materials reader on hostile documents: CycloneDX JSON and XML, SPDX 2 JSON, SPDX 3
 * JSON-LD, inventories in CSV and YAML, and {@link BomReaders#read(byte[], String)}, which detects
 * the format. Any bytes are either a bill of materials or an {@link InputException} naming the
 * document in both languages (the readers' only documented failure). What a reader accepted,
 * written by {@link CycloneDxWriter} ("every component the scan read", valid CycloneDX 1.6), reads
 * back through Anke's own reader with the same components.
 */
class BomReadersFuzzTest {

  @FuzzTest
  void cycloneDxJson(byte[] data) {
    read("bom.cdx.json", data, d -> CycloneDxReader.read("bom.cdx.json", d, false));
  }

  @FuzzTest
  void cycloneDxXml(byte[] data) {
    read("bom.cdx.xml", data, d -> CycloneDxReader.read("bom.cdx.xml", d, true));
  }

  @FuzzTest
  void spdxJson(byte[] data) {
    read("bom.spdx.json", data, d -> SpdxReader.read("bom.spdx.json", d));
  }

  @FuzzTest
  void spdx3JsonLd(byte[] data) {
    read("bom.spdx3.json", data, d -> Spdx3Reader.read("bom.spdx3.json", d));
  }

  @FuzzTest
  void inventoryCsv(byte[] data) {
    read("inventory.csv", data, d -> InventoryReader.readCsv("inventory.csv", d));
  }

  @FuzzTest
  void inventoryYaml(byte[] data) {
    read("inventory.yaml", data, d -> InventoryReader.readYaml("inventory.yaml", d));
  }

  @FuzzTest
  void anyDocument(byte[] data) {
    read("input", data, d -> BomReaders.read(d, "input"));
  }

  private static void read(String source, byte[] data, Function<byte[], BillOfMaterials> reader) {
    BillOfMaterials bom;
    try {
      bom = reader.apply(data);
    } catch (InputException e) {
      assertThat(e.source()).isEqualTo(source);
      assertThat(e.getMessage()).startsWith(source);
      assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).startsWith(source);
      return;
    }
    assertThat(bom.components()).allMatch(c -> c.name() != null && c.quantity() >= 1);
    String written = CycloneDxWriter.builder().build().write(List.of(bom), Catalog.empty());
    BillOfMaterials back =
        BomReaders.read(written.getBytes(StandardCharsets.UTF_8), "written.cdx.json");
    assertThat(identities(back)).containsExactlyInAnyOrderElementsOf(identities(bom));
  }

  /** What a component is, beyond where it was read; cryptographic assets are merged by name. */
  private static List<String> identities(BillOfMaterials bom) {
    return bom.components().stream()
        .filter(c -> c.kind() != ComponentKind.CRYPTOGRAPHIC_ASSET)
        .map(BomReadersFuzzTest::identity)
        .toList();
  }

  private static String identity(Component c) {
    return String.join(
        " | ",
        // The kind as far as a CycloneDX type holds it: the type is coarser (a database is an
        // application), and reading does not take the kind back from the anke:kind property.
        Kinds.fromCycloneDx(Kinds.toCycloneDx(c.kind())).toString(),
        // A run of white space inside a text (a tab, a line break, two spaces) comes back as one
        // space.
        spaced(String.valueOf(c.group())),
        spaced(c.name()),
        spaced(String.valueOf(c.version())),
        spaced(String.valueOf(c.purl())),
        Integer.toString(c.quantity()));
  }

  private static String spaced(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
