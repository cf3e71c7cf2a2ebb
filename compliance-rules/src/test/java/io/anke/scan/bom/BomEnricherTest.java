package io.anke.scan.bom;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.catalog.Catalog;
import io.anke.core.catalog.CatalogMatch;
import java.util.List;
import org.junit.jupiter.api.Test;

class BomEnricherTest {

  @Test
  void keepsWhatTheDocumentSaysAndFillsTheRest() {
    Component stated =
        Component.builder()
            .group("com.oracle.database.jdbc")
            .name("ojdbc11")
            .version("23.5")
            .supplier("Oracle America, Inc.")
            .build();
    Component bare = Component.builder().group("com.dameng").name("DmJdbcDriver18").build();
    Component unknown = Component.builder().group("org.example").name("x").build();
    BillOfMaterials out =
        BomEnricher.enrich(
            new BillOfMaterials("b", List.of(stated, bare, unknown)), Catalog.bundled());
    Component o = out.components().get(0);
    assertThat(o.supplier()).isEqualTo("Oracle America, Inc.");
    assertThat(o.manufacturer()).isEqualTo("Oracle Corporation");
    assertThat(o.country()).isEqualTo("US");
    assertThat(o.property(CatalogMatch.STANDING)).isEqualTo("watch-list");
    Component d = out.components().get(1);
    assertThat(d.supplier()).isEqualTo("Dameng Database");
    assertThat(d.country()).isEqualTo("CN");
    assertThat(out.components().get(2)).isEqualTo(unknown);
    // enriching twice changes nothing
    assertThat(BomEnricher.enrich(out, Catalog.bundled())).isEqualTo(out);
  }

  @Test
  void keepsTheDocumentsCryptoAssetFacts() {
    BillOfMaterials cbom = Fixtures.read("/io/anke/scan/cbom/legacy-gateway.cbom.json");
    assertThat(cbom.facts()).isNotEmpty();
    BillOfMaterials out = BomEnricher.enrich(cbom, Catalog.bundled());
    assertThat(out.components()).isNotEqualTo(cbom.components()); // bcprov was enriched
    assertThat(out.facts()).isEqualTo(cbom.facts());
  }

  @Test
  void jarsWithoutCoordinatesAreIdentifiedByTheirRegisteredDriver() {
    Component jar =
        Component.builder()
            .name("vendor-driver.jar")
            .property("anke:jdbc:driverClass", "com.example.Other, com.kingbase8.Driver")
            .build();
    Component e = BomEnricher.enrich(jar, Catalog.bundled().matcher());
    assertThat(e.property(CatalogMatch.ENTRY)).isEqualTo("kingbase");
    assertThat(e.property(CatalogMatch.EVIDENCE)).contains("driverClass 'com.kingbase8.Driver'");
  }
}
