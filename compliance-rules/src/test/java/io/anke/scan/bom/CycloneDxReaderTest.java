package io.anke.scan.bom;

import static io.anke.scan.bom.Fixtures.named;
import static io.anke.scan.bom.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.InputException;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.bom.ComponentKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cyclonedx.Version;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Property;
import org.junit.jupiter.api.Test;

class CycloneDxReaderTest {

  @Test
  void json14WithMetadataNestedComponentsAndDependencyPaths() {
    BillOfMaterials bom = read("app-1.4.cdx.json");
    assertThat(bom.source()).isEqualTo("app-1.4.cdx.json");
    assertThat(bom.components())
        .extracting(Component::name)
        .containsExactly(
            "permit-service",
            "spring-boot-starter-jdbc",
            "mysql-connector-j",
            "DmJdbcDriver18",
            "permit-shaded-utils",
            "commons-codec");
    Component app = bom.components().get(0);
    assertThat(app.kind()).isEqualTo(ComponentKind.APPLICATION);
    assertThat(app.origin().pointer()).isEqualTo("/metadata/component");
    assertThat(app.origin().line()).isEqualTo(11);

    Component mysql = named(bom, "mysql-connector-j");
    assertThat(mysql.purl()).isEqualTo("pkg:maven/com.mysql/mysql-connector-j@8.4.0?type=jar");
    assertThat(mysql.origin().file()).isEqualTo("app-1.4.cdx.json");
    assertThat(mysql.origin().line()).isEqualTo(33);
    assertThat(mysql.origin().pointer()).isEqualTo("/components/1");
    assertThat(mysql.dependencyPath())
        .containsExactly(
            "gov.example:permit-service:2.3.0",
            "org.springframework.boot:spring-boot-starter-jdbc:3.3.5",
            "com.mysql:mysql-connector-j:8.4.0");
    assertThat(named(bom, "spring-boot-starter-jdbc").hashes())
        .containsEntry(
            "SHA-256", "0f2d3a1b6c5e4d7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f");

    // nested, without bom-ref: reached through its container's path
    Component codec = named(bom, "commons-codec");
    assertThat(codec.origin().pointer()).isEqualTo("/components/3/components/0");
    assertThat(codec.origin().line()).isEqualTo(57);
    assertThat(codec.dependencyPath())
        .containsExactly(
            "gov.example:permit-service:2.3.0",
            "gov.example:permit-shaded-utils:1.0.0",
            "commons-codec:commons-codec:1.17.1");
  }

  @Test
  void json15KeepsSupplierAndSurvivesDependencyCycles() {
    BillOfMaterials bom = read("app-1.5.cdx.json");
    Component ojdbc = named(bom, "ojdbc11");
    assertThat(ojdbc.supplier()).isEqualTo("Oracle America, Inc.");
    assertThat(ojdbc.hashes()).containsKey("SHA-1");
    assertThat(ojdbc.property("cdx:maven:package:test")).isEqualTo("false");
    assertThat(ojdbc.dependencyPath())
        .containsExactly(
            "gov.example:tax-portal:5.0.1", "com.oracle.database.jdbc:ojdbc11:23.5.0.24.07");
    assertThat(named(bom, "tongweb-embed-core").dependencyPath())
        .containsExactly(
            "gov.example:tax-portal:5.0.1",
            "com.tongweb.springboot:tongweb-spring-boot-starter-3.x:7.0.E.6",
            "com.tongweb:tongweb-embed-core:7.0.E.6");
    assertThat(named(bom, "tongweb-spring-boot-starter-3.x").kind())
        .isEqualTo(ComponentKind.FRAMEWORK);
  }

  @Test
  void json16HardwareWithManufacturerCountryAndQuantity() {
    BillOfMaterials bom = read("hbom-1.6.cdx.json");
    Component server = named(bom, "TaiShan 200 2280");
    assertThat(server.kind()).isEqualTo(ComponentKind.DEVICE);
    assertThat(server.manufacturer()).isEqualTo("Huawei Technologies Co., Ltd.");
    assertThat(server.country()).isEqualTo("CN");
    assertThat(server.quantity()).isEqualTo(4);
    assertThat(server.category()).isEqualTo("server");
    assertThat(server.id()).isEqualTo("Huawei Technologies Co., Ltd. TaiShan 200 2280");
    assertThat(server.property("cdx:device:serialNumber")).isEqualTo("2102312ABCDEF001");
    Component cpu = named(bom, "Kunpeng 920 7260");
    assertThat(cpu.category()).isEqualTo("cpu");
    assertThat(cpu.dependencyPath())
        .containsExactly("TaiShan 200 2280:iBMC 3.03.00.12", "Kunpeng 920 7260");
    Component bios = named(bom, "PowerEdge R740 BIOS");
    assertThat(bios.kind()).isEqualTo(ComponentKind.FIRMWARE);
    assertThat(bios.supplier()).isEqualTo("Dell Inc.");
  }

  @Test
  void hardwareCategoriesAreReadThroughTheOneVocabularyOrRefused() {
    String doc =
        """
        {
          "bomFormat": "CycloneDX",
          "specVersion": "1.6",
          "version": 1,
          "components": [
            { "bom-ref": "sw-1", "type": "device", "manufacturer": { "name": "Cisco" },
              "name": "Catalyst 9300",
              "properties": [ { "name": "anke:category", "value": "Switches" } ] },
            { "bom-ref": "fw-1", "type": "device", "manufacturer": { "name": "飞塔" },
              "name": "FortiGate 600E",
              "properties": [ { "name": "anke:category", "value": "防火墙" } ] }
          ]
        }
        """;
    BillOfMaterials bom = BomReaders.read(doc.getBytes(StandardCharsets.UTF_8), "hw.cdx.json");
    assertThat(bom.components())
        .extracting(Component::category)
        .containsExactly("network", "security");

    String odd = doc.replace("\"防火墙\"", "\"telephony\"");
    assertThatThrownBy(() -> BomReaders.read(odd.getBytes(StandardCharsets.UTF_8), "odd.cdx.json"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("odd.cdx.json:9: CycloneDX JSON: component at /components/1: ")
        .hasMessageContaining("anke:category 'telephony' is not a category")
        .hasMessageContaining("network (网络设备)");
  }

  @Test
  void xmlOfEachVersionWithLines() {
    BillOfMaterials v14 = read("app-1.4.cdx.xml");
    assertThat(v14.components())
        .extracting(Component::name)
        .containsExactly("records", "mysql-connector-j", "bundle", "postgresql");
    Component mysql = named(v14, "mysql-connector-j");
    assertThat(mysql.origin().line()).isEqualTo(11);
    assertThat(mysql.hashes()).containsKey("SHA-256");
    Component pg = named(v14, "postgresql");
    assertThat(pg.origin().pointer()).isEqualTo("/components/1/components/0");
    assertThat(pg.origin().line()).isEqualTo(25);
    assertThat(pg.dependencyPath())
        .containsExactly("gov.example:bundle:1.0", "org.postgresql:postgresql:42.7.4");

    BillOfMaterials v15 = read("app-1.5.cdx.xml");
    assertThat(named(v15, "DmJdbcDriver18").supplier()).isEqualTo("武汉达梦数据库股份有限公司");
    assertThat(named(v15, "jcc").origin().line()).isEqualTo(13);

    BillOfMaterials v16 = read("hbom-1.6.cdx.xml");
    Component fw = named(v16, "SG-6000-E3960");
    assertThat(fw.country()).isEqualTo("CN");
    assertThat(fw.quantity()).isEqualTo(2);
    assertThat(fw.manufacturer()).isEqualTo("Hillstone Networks");
  }

  @Test
  void documentsGeneratedByCycloneDxCoreJavaReadBack() throws Exception {
    Bom bom = new Bom();
    org.cyclonedx.model.Component lib = new org.cyclonedx.model.Component();
    lib.setType(org.cyclonedx.model.Component.Type.LIBRARY);
    lib.setBomRef("kb");
    lib.setGroup("cn.com.kingbase");
    lib.setName("kingbase8");
    lib.setVersion("9.0.1");
    lib.setPurl("pkg:maven/cn.com.kingbase/kingbase8@9.0.1");
    OrganizationalEntity supplier = new OrganizationalEntity();
    supplier.setName("中电科金仓（北京）科技股份有限公司");
    lib.setSupplier(supplier);
    lib.setHashes(List.of(new Hash(Hash.Algorithm.SHA_256, "ab".repeat(32))));
    lib.setProperties(List.of(new Property("cdx:device:quantity", "3")));
    org.cyclonedx.model.Component app = new org.cyclonedx.model.Component();
    app.setType(org.cyclonedx.model.Component.Type.APPLICATION);
    app.setBomRef("app");
    app.setName("portal");
    bom.setComponents(List.of(app, lib));
    Dependency d = new Dependency("app");
    d.addDependency(new Dependency("kb"));
    bom.setDependencies(List.of(d, new Dependency("kb")));

    for (Version v : List.of(Version.VERSION_14, Version.VERSION_15, Version.VERSION_16)) {
      byte[] json =
          BomGeneratorFactory.createJson(v, bom).toJsonString().getBytes(StandardCharsets.UTF_8);
      byte[] xml =
          BomGeneratorFactory.createXml(v, bom).toXmlString().getBytes(StandardCharsets.UTF_8);
      for (byte[] doc : List.of(json, xml)) {
        BillOfMaterials read = BomReaders.read(doc, "generated-" + v.getVersionString());
        Component kb = named(read, "kingbase8");
        assertThat(kb.supplier()).isEqualTo("中电科金仓（北京）科技股份有限公司");
        assertThat(kb.quantity()).isEqualTo(3);
        assertThat(kb.hashes()).containsEntry("SHA-256", "ab".repeat(32));
        assertThat(kb.dependencyPath())
            .containsExactly("portal", "cn.com.kingbase:kingbase8:9.0.1");
        assertThat(kb.origin().line()).isPositive();
      }
    }
  }

  @Test
  void malformedJsonNamesTheLine() {
    assertThatThrownBy(() -> read("malformed.cdx.json"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("malformed.cdx.json:6: CycloneDX JSON: not well-formed JSON");
  }

  @Test
  void schemaViolationNamesTheComponentLineAndVersion() {
    assertThatThrownBy(() -> read("schema-invalid.cdx.json"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(
            "schema-invalid.cdx.json:7: CycloneDX 1.5 JSON does not match its schema")
        .hasMessageContaining("type");
  }

  @Test
  void unsupportedVersionIsNamed() {
    assertThatThrownBy(() -> read("future.cdx.json"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("spec version '2.0' is not supported")
        .hasMessageContaining("1.2 to 1.7");
  }

  @Test
  void xmlExternalEntitiesAreRefusedBeforeParsing() {
    assertThatThrownBy(() -> read("xxe.cdx.xml"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("xxe.cdx.xml:2: CycloneDX XML: document type declarations")
        .hasMessageContaining("external entities are refused")
        .hasMessageNotContaining("root:");
  }

  @Test
  void truncatedXmlNamesTheLine() {
    assertThatThrownBy(() -> read("truncated.cdx.xml"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("truncated.cdx.xml:")
        .hasMessageContaining("CycloneDX XML: not well-formed XML");
  }
}
