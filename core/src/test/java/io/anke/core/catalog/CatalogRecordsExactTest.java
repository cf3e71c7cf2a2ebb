package io.anke.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.Severity;
import io.anke.core.bom.ArchiveFacts;
import io.anke.core.bom.Component;
import io.anke.core.bom.ComponentKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The catalog's value types: defaults for absent values, normalised facts, enrichment. */
class CatalogRecordsExactTest {

  private static Detection maven(String... patterns) {
    return new Detection(
        List.of(patterns),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static Detection cpu(String implementer, Map<String, String> parts, List<String> sha) {
    return new Detection(
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        implementer,
        parts,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        sha);
  }

  @Test
  void absentEntryValuesBecomeEmptyAndGivenOnesAreKept() {
    CatalogEntry bare =
        new CatalogEntry(
            "bare",
            "server",
            "甲",
            null,
            null,
            null,
            Standing.WATCH_LIST,
            null,
            Status.PARTIAL,
            Severity.HIGH,
            null,
            null,
            null,
            null);
    assertThat(bare.aliases()).isEmpty();
    assertThat(bare.products()).isEmpty();
    assertThat(bare.unconfirmedFacts()).isEmpty();
    assertThat(bare.attributes()).isEmpty();
    assertThat(bare.source()).isEmpty();
    assertThat(bare.detection()).isSameAs(Detection.NONE);
    assertThat(bare.isDomestic()).isFalse();

    CatalogEntry full =
        new CatalogEntry(
            "full",
            "server",
            "乙",
            "B",
            List.of("b2"),
            List.of("P1", "P2"),
            Standing.DOMESTIC,
            "CN",
            Status.CONFIRMED,
            null,
            null,
            Set.of("maven=z:z", "maven=a:a"),
            Map.of("note", "n"),
            "file.yaml");
    assertThat(full.aliases()).containsExactly("b2");
    assertThat(full.products()).containsExactly("P1", "P2");
    assertThat(full.unconfirmedFacts()).containsExactly("maven=a:a", "maven=z:z");
    assertThat(full.source()).isEqualTo("file.yaml");
    assertThat(full.isDomestic()).isTrue();
  }

  @Test
  void detectionNormalisesImplementerPartsAndDigests() {
    Detection none = cpu(null, null, null);
    assertThat(none.cpuImplementer()).isNull();
    assertThat(none.cpuParts()).isEmpty();
    assertThat(none.sha256()).isEmpty();
    assertThat(cpu("  ", new TreeMap<>(), List.of()).cpuImplementer()).isNull();
    Detection given =
        cpu("0x48", Map.of("0xd02", "B", "0xd01", "A"), List.of(" " + "AB".repeat(32) + " "));
    assertThat(given.cpuImplementer()).isEqualTo("0x48");
    assertThat(given.cpuParts()).containsExactly(Map.entry("0xd01", "A"), Map.entry("0xd02", "B"));
    assertThat(given.sha256()).containsExactly("ab".repeat(32));
  }

  private static CatalogEntry libraryEntry(Detection d) {
    return new CatalogEntry(
        "lib",
        "crypto_library",
        "库厂",
        "Lib Vendor",
        null,
        null,
        Standing.DOMESTIC,
        "CN",
        Status.CONFIRMED,
        null,
        d,
        null,
        null,
        null);
  }

  @Test
  void aJarNamedArtifactDashVersionGetsTheListedCoordinates() {
    CatalogMatch m =
        new CatalogMatch(libraryEntry(maven("org.foo:foo")), "driverClass", "x.D", null);
    Component jar =
        Component.builder()
            .name("foo-1.2.jar")
            .property(ArchiveFacts.FILE_NAME, "foo-1.2.jar")
            .build();
    Component named = m.applyTo(jar);
    assertThat(named.group()).isEqualTo("org.foo");
    assertThat(named.name()).isEqualTo("foo");
    assertThat(named.version()).isEqualTo("1.2");
    assertThat(named.property(ArchiveFacts.IDENTITY)).isEqualTo("catalog");
  }

  @Test
  void aJarWhoseNameHasNoVersionAfterTheDashKeepsItsIdentity() {
    CatalogMatch m =
        new CatalogMatch(libraryEntry(maven("org.foo:foo")), "driverClass", "x.D", null);
    for (String file : new String[] {"foo-.jar", "foo.jar", "foo-x1.jar"}) {
      Component jar = Component.builder().name(file).property(ArchiveFacts.FILE_NAME, file).build();
      Component kept = m.applyTo(jar);
      assertThat(kept.group()).as(file).isNull();
      assertThat(kept.name()).as(file).isEqualTo(file);
      assertThat(kept.property(ArchiveFacts.IDENTITY)).as(file).isNull();
    }
  }

  @Test
  void theCategoryIsFilledForDevicesWithoutOneButNeverForLibraries() {
    CatalogEntry server =
        new CatalogEntry(
            "srv",
            "server",
            "服务器厂",
            "Srv",
            null,
            null,
            Standing.DOMESTIC,
            "CN",
            Status.CONFIRMED,
            null,
            null,
            null,
            null,
            null);
    CatalogMatch m = new CatalogMatch(server, "vendorName", "Srv", null);
    Component device = Component.builder().kind(ComponentKind.DEVICE).name("box").build();
    assertThat(m.applyTo(device).category()).isEqualTo("server");
    Component stated =
        Component.builder().kind(ComponentKind.DEVICE).category("storage").name("box").build();
    assertThat(m.applyTo(stated).category()).isEqualTo("storage");
    Component library = Component.builder().name("lib").build();
    assertThat(m.applyTo(library).category()).isNull();
  }
}
