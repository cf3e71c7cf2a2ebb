package io.anke.rules.packs;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.bom.Component;
import io.anke.core.catalog.Catalog;
import io.anke.core.catalog.CatalogMatch;
import io.anke.core.rule.Text;
import io.anke.rules.catalog.BundledCatalog;
import org.junit.jupiter.api.Test;

/**
 * A platform item whose reader already matched a catalog entry: how far the recorded status and
 * evidence are trusted when the parts of the evidence were not recorded, and what happens when the
 * recorded entry is not in the catalog.
 */
class IdentificationRecordedEntryTest {
  private final Catalog catalog = BundledCatalog.get();

  private static Component.Builder os(String entry) {
    return Component.builder().name("os").property(CatalogMatch.ENTRY, entry);
  }

  @Test
  void withoutARecordedStatusTheEntrysOwnStatusCounts() {
    Identification kylin =
        Identification.platform(os("kylin").build(), "os", catalog).orElseThrow();
    assertThat(kylin.entry().id()).isEqualTo("kylin");
    assertThat(kylin.confirmed()).isTrue();
    assertThat(kylin.evidence()).isEqualTo("catalog entry kylin");
    assertThat(kylin.evidenceText()).isEqualTo(Text.of("目录条目 kylin", "catalog entry kylin"));
    // the bundled catalog lists Debian as unconfirmed
    assertThat(
            Identification.platform(os("debian").build(), "os", catalog).orElseThrow().confirmed())
        .isFalse();
  }

  @Test
  void aRecordedStatusOverridesTheEntrys() {
    assertThat(
            Identification.platform(
                    os("kylin").property(CatalogMatch.STATUS, "unconfirmed").build(), "os", catalog)
                .orElseThrow()
                .confirmed())
        .isFalse();
    assertThat(
            Identification.platform(
                    os("debian").property(CatalogMatch.STATUS, "confirmed").build(), "os", catalog)
                .orElseThrow()
                .confirmed())
        .isTrue();
  }

  @Test
  void evidenceRecordedWithoutItsPartsIsShownAsWritten() {
    String line = "osReleaseId 'kylin' identifies catalog entry kylin";
    Identification i =
        Identification.platform(
                os("kylin").property(CatalogMatch.EVIDENCE, line).build(), "os", catalog)
            .orElseThrow();
    assertThat(i.evidence()).isEqualTo(line);
    assertThat(i.evidenceText()).isEqualTo(Text.same(line));
  }

  @Test
  void anEntryTheCatalogDoesNotHoldFallsBackToTheCoordinates() {
    Component c =
        os("no-such-entry").name("openssl").purl("pkg:deb/debian/openssl@3.0.15-1").build();
    assertThat(Identification.platform(c, "os", catalog))
        .hasValueSatisfying(i -> assertThat(i.entry().id()).isEqualTo("debian"));
  }
}
