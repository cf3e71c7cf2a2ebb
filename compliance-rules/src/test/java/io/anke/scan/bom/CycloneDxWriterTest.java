package io.anke.scan.bom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.catalog.Catalog;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;

class CycloneDxWriterTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static List<BillOfMaterials> inputs() {
    return List.of(
        Fixtures.read("app-1.4.cdx.json"),
        Fixtures.read("app.spdx.json"),
        Fixtures.read("hw-zh.csv"),
        Fixtures.read("hbom-1.6.cdx.json"));
  }

  static JsonNode component(JsonNode doc, String name) {
    for (JsonNode c : doc.path("components")) {
      if (c.path("name").asText().equals(name)) {
        return c;
      }
    }
    throw new AssertionError(name + " not written");
  }

  static String property(JsonNode component, String name) {
    for (JsonNode p : component.path("properties")) {
      if (p.path("name").asText().equals(name)) {
        return p.path("value").asText();
      }
    }
    return null;
  }

  @Test
  void writesValidCycloneDx16EnrichedWithSupplierAndCountry() throws Exception {
    String out =
        CycloneDxWriter.builder().toolVersion("0.1.0").build().write(inputs(), Catalog.bundled());
    JsonParser parser = new JsonParser();
    assertThat(parser.validate(out.getBytes(StandardCharsets.UTF_8), Version.VERSION_16)).isEmpty();
    JsonNode doc = JSON.readTree(out);
    assertThat(doc.path("specVersion").asText()).isEqualTo("1.6");
    assertThat(doc.has("serialNumber")).isFalse();
    assertThat(doc.path("metadata").has("timestamp")).isFalse();
    assertThat(doc.path("metadata").path("tools").path("components").get(0).path("name").asText())
        .isEqualTo("anke");

    JsonNode dm = component(doc, "DmJdbcDriver18");
    assertThat(dm.path("supplier").path("name").asText()).isEqualTo("Dameng Database");
    assertThat(dm.path("supplier").path("address").path("country").asText()).isEqualTo("CN");
    assertThat(property(dm, "anke:catalog:entry")).isEqualTo("dameng");
    assertThat(property(dm, "anke:vendor:zh")).isEqualTo("武汉达梦数据库股份有限公司");

    JsonNode mysql = component(doc, "mysql-connector-j");
    assertThat(property(mysql, "anke:catalog:standing")).isEqualTo("watch-list");
    assertThat(mysql.path("supplier").path("address").path("country").asText()).isEqualTo("US");

    JsonNode taishan = component(doc, "TaiShan 200 2280");
    assertThat(taishan.path("type").asText()).isEqualTo("device");
    assertThat(taishan.path("manufacturer").path("name").asText()).isNotEmpty();
    assertThat(property(taishan, "cdx:device:quantity")).isIn("12", "4");

    // the dependency graph survives: the app depends on the starter, which pulls in MySQL
    boolean edge = false;
    for (JsonNode d : doc.path("dependencies")) {
      if (d.path("ref").asText().contains("spring-boot-starter-jdbc")) {
        edge = d.path("dependsOn").toString().contains("mysql-connector-j");
      }
    }
    assertThat(edge).isTrue();

    // bom-refs are unique even for repeated hardware rows
    List<String> refs = new ArrayList<>();
    doc.path("components").forEach(c -> refs.add(c.path("bom-ref").asText()));
    assertThat(refs).doesNotHaveDuplicates();
  }

  @Test
  void outputReadsBackThroughOurOwnReader() {
    String out = CycloneDxWriter.builder().build().write(inputs(), Catalog.bundled());
    BillOfMaterials back = BomReaders.read(out.getBytes(StandardCharsets.UTF_8), "out.cdx.json");
    Component huawei =
        back.components().stream()
            .filter(c -> "HUAWEI TECHNOLOGIES CO., LTD.".equals(c.manufacturer()))
            .findFirst()
            .orElseThrow();
    assertThat(huawei.quantity()).isEqualTo(2);
    assertThat(huawei.country()).isEqualTo("CN");
    assertThat(huawei.category()).isEqualTo("server");
  }

  @Test
  void version15IsValidToo() throws Exception {
    String out =
        CycloneDxWriter.builder().specVersion("1.5").build().write(inputs(), Catalog.bundled());
    assertThat(new JsonParser().validate(out.getBytes(StandardCharsets.UTF_8), Version.VERSION_15))
        .isEmpty();
    JsonNode dm = component(JSON.readTree(out), "DmJdbcDriver18");
    assertThat(dm.path("supplier").path("name").asText()).isEqualTo("Dameng Database");
    assertThat(property(dm, "anke:country")).isEqualTo("CN");
    assertThatThrownBy(() -> CycloneDxWriter.builder().specVersion("1.4"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cbomAssetsAreWrittenAsCryptographicAssetsInBothVersions() throws Exception {
    List<BillOfMaterials> cbom =
        List.of(Fixtures.read("/io/anke/scan/cbom/legacy-gateway.cbom.json"));
    String v16 = CycloneDxWriter.builder().build().write(cbom, Catalog.bundled());
    assertThat(new JsonParser().validate(v16.getBytes(StandardCharsets.UTF_8), Version.VERSION_16))
        .isEmpty();
    JsonNode md5 = component(JSON.readTree(v16), "MD5");
    assertThat(md5.path("type").asText()).isEqualTo("cryptographic-asset");
    assertThat(property(md5, "anke:kind")).isEqualTo("cryptographic-asset");
    // What the CBOM declared of each asset is written on unchanged, not dropped.
    JsonNode in =
        JSON.readTree(
            CycloneDxWriterTest.class.getResourceAsStream(
                "/io/anke/scan/cbom/legacy-gateway.cbom.json"));
    java.util.Map<String, JsonNode> inByRef = new java.util.HashMap<>();
    collectCrypto(in.path("components"), inByRef);
    java.util.Map<String, JsonNode> outByRef = new java.util.HashMap<>();
    collectCrypto(JSON.readTree(v16).path("components"), outByRef);
    assertThat(inByRef).hasSizeGreaterThan(5);
    assertThat(outByRef).isEqualTo(inByRef);

    // CycloneDX 1.5 has no cryptographic-asset type: data, with the kind kept as a property.
    String v15 =
        CycloneDxWriter.builder().specVersion("1.5").build().write(cbom, Catalog.bundled());
    assertThat(new JsonParser().validate(v15.getBytes(StandardCharsets.UTF_8), Version.VERSION_15))
        .isEmpty();
    JsonNode old = component(JSON.readTree(v15), "MD5");
    assertThat(old.path("type").asText()).isEqualTo("data");
    assertThat(property(old, "anke:kind")).isEqualTo("cryptographic-asset");
  }

  /** Every component's cryptoProperties by bom-ref, nested components included. */
  private static void collectCrypto(JsonNode components, java.util.Map<String, JsonNode> out) {
    for (JsonNode c : components) {
      if (c.has("cryptoProperties")) {
        out.put(c.path("bom-ref").asText(), c.get("cryptoProperties"));
      }
      collectCrypto(c.path("components"), out);
    }
  }

  @Test
  void deterministicWhateverTheInputOrder() {
    CycloneDxWriter w = CycloneDxWriter.builder().toolVersion("0.1.0").build();
    String a = w.write(inputs(), Catalog.bundled());
    List<BillOfMaterials> reversed = new ArrayList<>(inputs());
    Collections.reverse(reversed);
    String b = w.write(reversed, Catalog.bundled());
    assertThat(b).isEqualTo(a);
  }

  @Test
  void serialNumberAndTimestampOnlyWhenAsked() throws Exception {
    String out =
        CycloneDxWriter.builder()
            .serialNumber("urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79")
            .timestamp(new Date(0))
            .build()
            .write(inputs(), Catalog.empty());
    JsonNode doc = JSON.readTree(out);
    assertThat(doc.path("serialNumber").asText()).startsWith("urn:uuid:");
    assertThat(doc.path("metadata").path("timestamp").asText()).startsWith("1970-01-01");
    // without a catalog nothing is invented
    assertThat(component(doc, "DmJdbcDriver18").has("supplier")).isFalse();
  }
}
