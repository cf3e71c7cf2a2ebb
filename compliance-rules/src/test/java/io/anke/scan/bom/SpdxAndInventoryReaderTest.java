package io.anke.scan.bom;

import static io.anke.scan.bom.Fixtures.named;
import static io.anke.scan.bom.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.InputException;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.bom.ComponentKind;
import io.anke.core.catalog.Catalog;
import io.anke.core.catalog.CatalogMatch;
import io.anke.scan.bom.internal.InventoryReader;
import org.junit.jupiter.api.Test;

class SpdxAndInventoryReaderTest {

  @Test
  void spdx23PackagesRefsSuppliersChecksumsAndRelationships() {
    BillOfMaterials bom = read("app.spdx.json");
    assertThat(bom.components()).hasSize(4);
    Component app = named(bom, "benefits-service");
    assertThat(app.kind()).isEqualTo(ComponentKind.APPLICATION);
    assertThat(app.group()).isEqualTo("gov.example");
    assertThat(app.supplier()).isEqualTo("Example Provincial Data Bureau");

    Component mssql = named(bom, "mssql-jdbc");
    assertThat(mssql.purl()).isEqualTo("pkg:maven/com.microsoft.sqlserver/mssql-jdbc@12.8.1.jre11");
    assertThat(mssql.group()).isEqualTo("com.microsoft.sqlserver");
    assertThat(mssql.supplier()).isEqualTo("Microsoft Corporation");
    assertThat(mssql.manufacturer()).isEqualTo("Microsoft Corporation");
    assertThat(mssql.cpe()).startsWith("cpe:2.3:a:microsoft:mssql-jdbc");
    assertThat(mssql.origin().line()).isEqualTo(37);
    assertThat(mssql.origin().pointer()).isEqualTo("/packages/2");
    assertThat(mssql.dependencyPath())
        .containsExactly(
            "gov.example:benefits-service:1.4.0",
            "com.zaxxer:HikariCP:5.1.0",
            "com.microsoft.sqlserver:mssql-jdbc:12.8.1.jre11");

    Component hikari = named(bom, "HikariCP");
    assertThat(hikari.supplier()).isNull();
    assertThat(hikari.hashes())
        .containsEntry(
            "SHA-256", "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90");
    assertThat(named(bom, "HgdbJdbc").dependencyPath())
        .containsExactly("gov.example:benefits-service:1.4.0", "com.highgo:HgdbJdbc:6.2.5");
  }

  @Test
  void spdxSupplierWithoutTypeIsAnError() {
    assertThatThrownBy(() -> read("bad-supplier.spdx.json"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("bad-supplier.spdx.json:6: SPDX-2.3 JSON: package SPDXRef-b")
        .hasMessageContaining("'Organization:'");
  }

  @Test
  void chineseCsvInventory() {
    BillOfMaterials bom = read("hw-zh.csv");
    assertThat(bom.components()).hasSize(7);
    Component first = bom.components().get(0);
    assertThat(first.kind()).isEqualTo(ComponentKind.DEVICE);
    assertThat(first.category()).isEqualTo("server");
    assertThat(first.manufacturer()).isEqualTo("华为");
    assertThat(first.name()).isEqualTo("TaiShan 200 2280");
    assertThat(first.quantity()).isEqualTo(12);
    assertThat(first.version()).isEqualTo("iBMC 3.03");
    assertThat(first.property(InventoryReader.SERIAL)).isEqualTo("2102312ABC001-012");
    assertThat(first.property(InventoryReader.LOCATION)).isEqualTo("机房A-01");
    assertThat(first.property("anke:inventory:采购合同")).isEqualTo("HT-2026-017");
    assertThat(first.property("anke:inventory:category")).isEqualTo("服务器");
    assertThat(first.origin().line()).isEqualTo(3);
    // a quoted vendor name with a comma stays one field
    assertThat(bom.components().get(1).manufacturer()).isEqualTo("HUAWEI TECHNOLOGIES CO., LTD.");
    assertThat(bom.components().get(2).category()).isEqualTo("cpu");
    assertThat(bom.components().get(2).property(InventoryReader.SERIAL)).isNull();
    assertThat(bom.components().get(3).category()).isEqualTo("network");
    assertThat(bom.components().get(4).category()).isEqualTo("security");
    assertThat(bom.components().get(5).category()).isEqualTo("storage");
  }

  @Test
  void chineseVendorNamesAndAliasesMatchTheBundledCatalog() {
    BillOfMaterials bom = BomEnricher.enrich(read("hw-zh.csv"), Catalog.bundled());
    assertThat(bom.components())
        .extracting(c -> c.property(CatalogMatch.ENTRY))
        .containsExactly(
            "huawei-server",
            "huawei-server",
            "hygon",
            "h3c-network",
            "sangfor",
            "inspur-storage",
            "dell-server");
    Component huawei = bom.components().get(1);
    assertThat(huawei.country()).isEqualTo("CN");
    assertThat(huawei.supplier()).isEqualTo("Huawei Technologies");
    assertThat(huawei.manufacturer()).isEqualTo("HUAWEI TECHNOLOGIES CO., LTD.");
    assertThat(huawei.property(CatalogMatch.EVIDENCE))
        .contains("vendorName 'HUAWEI TECHNOLOGIES CO., LTD.'");
    Component dell = bom.components().get(6);
    assertThat(dell.property(CatalogMatch.STANDING)).isEqualTo("watch-list");
    assertThat(dell.country()).isEqualTo("US");
  }

  @Test
  void englishCsvAndYamlInventories() {
    BillOfMaterials en = BomEnricher.enrich(read("hw-en.csv"), Catalog.bundled());
    assertThat(en.components())
        .extracting(c -> c.property(CatalogMatch.ENTRY))
        .containsExactly("inspur", "sansec", "phytium");
    assertThat(en.components().get(1).kind()).isEqualTo(ComponentKind.DEVICE);
    assertThat(en.components().get(2).version()).isNull();

    BillOfMaterials yaml = BomEnricher.enrich(read("hw.yaml"), Catalog.bundled());
    assertThat(yaml.components()).hasSize(3);
    Component x = yaml.components().get(0);
    assertThat(x.quantity()).isEqualTo(8);
    assertThat(x.origin().line()).isEqualTo(3);
    assertThat(x.property(CatalogMatch.ENTRY)).isEqualTo("xfusion");
    Component zh = yaml.components().get(1);
    assertThat(zh.category()).isEqualTo("server");
    assertThat(zh.version()).isEqualTo("BMC 2.1");
    assertThat(zh.origin().line()).isEqualTo(8);
    assertThat(zh.property(CatalogMatch.ENTRY)).isEqualTo("inspur");
    Component cisco = yaml.components().get(2);
    assertThat(cisco.property("anke:inventory:rack")).isEqualTo("R12");
    assertThat(cisco.property(CatalogMatch.ENTRY)).isEqualTo("cisco-network");
  }

  @Test
  void badRowsNameTheirLine() {
    assertThatThrownBy(() -> read("bad-quantity.csv"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "bad-quantity.csv:3: inventory CSV: quantity (数量) 'x' is not a positive integer");
    assertThatThrownBy(() -> read("zero-quantity.csv"))
        .hasMessage(
            "zero-quantity.csv:3: inventory CSV: quantity (数量) '0' is not a positive integer");
    assertThatThrownBy(() -> read("missing-vendor.csv"))
        .hasMessage("missing-vendor.csv:3: inventory CSV: vendor (厂商) is empty");
    assertThatThrownBy(() -> read("wrong-columns.csv"))
        .hasMessage("wrong-columns.csv:4: inventory CSV: row has 5 columns, the header has 4");
    assertThatThrownBy(() -> read("missing-column.csv"))
        .hasMessageStartingWith(
            "missing-column.csv:1: inventory CSV: the header lacks the column 'model' (型号)");
    assertThatThrownBy(() -> read("missing-vendor.yaml"))
        .hasMessage("missing-vendor.yaml:5: inventory YAML: vendor (厂商) is empty");
    assertThatThrownBy(() -> read("bad-quantity.yaml"))
        .hasMessage(
            "bad-quantity.yaml:2: inventory YAML: quantity (数量) '-3' is not a positive integer");
  }

  @Test
  void nonUtf8InventoryIsRefusedWithAHint() {
    byte[] gbk = "类别,厂商,型号\n服务器,华为,TaiShan\n".getBytes(java.nio.charset.Charset.forName("GBK"));
    assertThatThrownBy(() -> BomReaders.read(gbk, "hw.csv"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("not UTF-8")
        .hasMessageContaining("CSV UTF-8");
  }
}
