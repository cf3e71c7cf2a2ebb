package io.anke.rules.catalog;

import static io.anke.rules.packs.PackScans.of;
import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.catalog.Catalog;
import io.anke.core.engine.ScanResult;
import io.anke.core.rule.Finding;
import io.anke.core.rule.ScanContext;
import io.anke.rules.packs.Identification;
import io.anke.rules.packs.PackScans;
import io.anke.rules.packs.ScanParts;
import io.anke.scan.bom.BomReaders;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The foreign vendors that dominate each hardware and base-software category, spelled as a real
 * legacy estate inventory spells them (Chinese trade names, English names, legal names), each
 * resolve to their catalog entry, and each row is reported by a {@code HW-FOREIGN-} rule.
 */
class ForeignVendorSpellingsTest {
  private static final String FILE = "foreign-estate.csv";
  private final Catalog catalog = BundledCatalog.get();

  private BillOfMaterials inventory() throws Exception {
    try (InputStream in = getClass().getResourceAsStream(FILE)) {
      return BomReaders.read(in.readAllBytes(), FILE);
    }
  }

  @Test
  void everySpellingResolvesToItsEntry() throws Exception {
    List<Component> rows = inventory().components();
    assertThat(rows).hasSizeGreaterThan(70);
    for (Component c : rows) {
      String expected = c.property("anke:inventory:expected-entry");
      String entry =
          Identification.platform(c, ScanParts.category(c).id(), catalog)
              .map(i -> i.entry().id())
              .orElse(null);
      assertThat(entry)
          .as("%s: %s '%s'", c.origin().display(), c.category(), c.manufacturer())
          .isEqualTo(expected);
      assertThat(catalog.entry(expected).orElseThrow().isDomestic()).isFalse();
    }
  }

  @Test
  void everyRowIsReportedAsForeign() throws Exception {
    BillOfMaterials bom = inventory();
    ScanContext context =
        ScanContext.builder().workingDirectory(Path.of(".")).catalog(catalog).bom(bom).build();
    ScanResult r = PackScans.run(context, "xinchuang-strict");
    Set<String> reported =
        r.findings().stream()
            .filter(f -> f.ruleId().startsWith("HW-FOREIGN-"))
            .map(f -> f.properties().get("rows"))
            .flatMap(rows -> List.of(rows.split(", ")).stream())
            .collect(Collectors.toSet());
    for (Component c : bom.components()) {
      assertThat(reported).as(c.origin().display()).contains(c.origin().display());
    }
    assertThat(of(r, "HW-UNKNOWN-VENDOR")).isEmpty();
    assertThat(of(r, "HW-FOREIGN-VIRTUALIZATION"))
        .extracting(Finding::subject)
        .extracting(s -> s.id())
        .containsExactlyInAnyOrder(
            "VMware (Broadcom) [virtualization]",
            "Microsoft Corporation (Hyper-V) [virtualization]",
            "Citrix (Cloud Software Group) [virtualization]",
            "Nutanix, Inc. [virtualization]");
  }
}
