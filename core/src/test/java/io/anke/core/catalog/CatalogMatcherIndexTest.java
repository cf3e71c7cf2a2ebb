package io.anke.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.bom.ArchiveFacts;
import io.anke.core.bom.Component;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every detection field a catalog lists is indexed and found again, with the exact fact and value.
 * Each test reads its own small catalog, so the matcher is built inside the test.
 */
class CatalogMatcherIndexTest {

  private static CatalogMatcher matcher(String entries) {
    String yaml = "catalogVersion: \"t\"\nentries:\n" + entries;
    return Catalog.read(
            "index-test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)))
        .matcher();
  }

  private static String id(Optional<CatalogMatch> m) {
    return m.map(x -> x.entry().id()).orElse(null);
  }

  private static String factAndValue(Optional<CatalogMatch> m) {
    return m.map(x -> x.entry().id() + " " + x.fact() + "=" + x.value()).orElse(null);
  }

  @Test
  void everyDetectionListIsIndexed() {
    CatalogMatcher m =
        matcher(
            """
              - id: all
                category: database
                standing: domestic
                status: confirmed
                vendor: {en: All Facts}
                detect:
                  purl: [generic/allfacts]
                  cpuVendorId: [AllFactsCPU]
                  dmiSysVendor: [All Facts Hardware]
                  driverClass: [all.facts.Driver]
                  file: [lib/all-facts.jar]
                  sdfLibrary: [libsdf-all.so]
                  classPrefix: [all.facts.]
                  jdbcUrlPrefix: ["jdbc:all:"]
                  jvmMarker: [AllFactsVM]
                  cpuModelNamePrefix: [AllFacts Model]
            """);
    assertThat(factAndValue(m.purl("pkg:generic/allfacts/thing@1")))
        .isEqualTo("all purl=pkg:generic/allfacts/thing@1");
    assertThat(factAndValue(m.cpu(new CpuSignature(null, "AllFactsCPU", null, null, null))))
        .isEqualTo("all cpuVendorId=AllFactsCPU");
    assertThat(factAndValue(m.dmiVendor("All Facts Hardware")))
        .isEqualTo("all dmiSysVendor=All Facts Hardware");
    assertThat(factAndValue(m.driverClass("all.facts.Driver")))
        .isEqualTo("all driverClass=all.facts.Driver");
    assertThat(factAndValue(m.file("/opt/app/all-facts.jar")))
        .isEqualTo("all file=/opt/app/all-facts.jar");
    assertThat(factAndValue(m.file("C:\\sdf\\libsdf-all.so")))
        .isEqualTo("all file=C:\\sdf\\libsdf-all.so");
    assertThat(factAndValue(m.className("all.facts.Main")))
        .isEqualTo("all classPrefix=all.facts.Main");
    assertThat(factAndValue(m.jdbcUrl("JDBC:ALL://db"))).isEqualTo("all jdbcUrlPrefix=jdbc:all:");
    assertThat(factAndValue(m.jvm(Map.of("java.vm.name", "allfactsvm Server"))))
        .isEqualTo("all jvmMarker=AllFactsVM");
    assertThat(factAndValue(m.cpu(new CpuSignature(null, null, null, null, " AllFacts Model 9 "))))
        .isEqualTo("all cpuModelNamePrefix=AllFacts Model 9");
    // near misses of the same facts
    assertThat(m.file("/opt/app/all-facts.jar.bak")).isEmpty();
    assertThat(m.cpu(new CpuSignature(null, null, null, null, "Other AllFacts Model"))).isEmpty();
  }

  @Test
  void manifestFactsAndDigestsIdentifySoftware() {
    String digest = "ab".repeat(32);
    CatalogMatcher m =
        matcher(
            """
              - id: signed
                category: crypto_library
                standing: domestic
                status: confirmed
                vendor: {en: Signed Lib}
                detect:
                  manifest: ["Bundle-SymbolicName = signed.lib"]
                  sha256: [%s]
            """
                .formatted(digest.toUpperCase(java.util.Locale.ROOT)));
    Component byManifest =
        Component.builder()
            .name("x")
            .property(ArchiveFacts.MANIFEST + "Bundle-SymbolicName", " signed.lib ")
            .build();
    assertThat(factAndValue(m.software(byManifest)))
        .isEqualTo("signed manifest=Bundle-SymbolicName=signed.lib");
    Component byDigest =
        Component.builder()
            .name("y")
            .hash("SHA-256", digest.toUpperCase(java.util.Locale.ROOT))
            .build();
    assertThat(factAndValue(m.software(byDigest))).isEqualTo("signed sha256=" + digest);
    Component other =
        Component.builder()
            .name("z")
            .property(ArchiveFacts.MANIFEST + "Bundle-SymbolicName", "signed.lib2")
            .hash("SHA-256", "cd".repeat(32))
            .build();
    assertThat(m.software(other)).isEmpty();
  }

  @Test
  void vendorNamesComeFromBothLanguagesAndAliases() {
    CatalogMatcher m =
        matcher(
            """
              - id: acme
                category: server
                standing: domestic
                status: confirmed
                vendor: {zh: 阿克米科技, en: Acme Servers, aliases: [AcmeAlias]}
            """);
    assertThat(factAndValue(m.vendor(null, " 阿克米科技 "))).isEqualTo("acme vendorName=阿克米科技");
    assertThat(factAndValue(m.vendor(null, "Acme Servers")))
        .isEqualTo("acme vendorName=Acme Servers");
    assertThat(factAndValue(m.vendor(null, "acmealias"))).isEqualTo("acme vendorName=acmealias");
    assertThat(m.vendor(null, "Acme")).isEmpty();
  }

  @Test
  void aNameListedByTwoEntriesKeepsBothAndTheCategoryChooses() {
    CatalogMatcher m =
        matcher(
            """
              - id: shared-cpu
                category: cpu
                standing: domestic
                status: confirmed
                vendor: {en: Shared Name}
                detect:
                  classPrefix: [com.shared.]
              - id: shared-server
                category: server
                standing: domestic
                status: confirmed
                vendor: {en: Shared Name}
                detect:
                  classPrefix: [com.shared.]
            """);
    assertThat(id(m.vendor("server", "Shared Name"))).isEqualTo("shared-server");
    assertThat(id(m.vendor("cpu", "Shared Name"))).isEqualTo("shared-cpu");
    assertThat(id(m.vendor(null, "Shared Name"))).isEqualTo("shared-cpu");
    // the same prefix twice: the first entry listed wins the tie
    assertThat(id(m.className("com.shared.Util"))).isEqualTo("shared-cpu");
  }

  @Test
  void theLongestClassPrefixWinsWhicheverIsListedFirst() {
    CatalogMatcher m =
        matcher(
            """
              - id: outer
                category: middleware
                standing: watch-list
                status: confirmed
                vendor: {en: Outer}
                detect:
                  classPrefix: [org.outer.]
              - id: inner
                category: middleware
                standing: domestic
                status: confirmed
                vendor: {en: Inner}
                detect:
                  classPrefix: [org.outer.inner.]
              - id: short
                category: middleware
                standing: domestic
                status: confirmed
                vendor: {en: Short}
                detect:
                  classPrefix: [org.]
            """);
    assertThat(id(m.className("org.outer.inner.Main"))).isEqualTo("inner");
    assertThat(id(m.className("org.outer.Other"))).isEqualTo("outer");
    assertThat(id(m.className("org.else.Main"))).isEqualTo("short");
    Component pkg =
        Component.builder().name("jar").property(ArchiveFacts.PACKAGE, "org.outer.inner").build();
    CatalogMatch byPackage = m.software(pkg).orElseThrow();
    assertThat(byPackage.entry().id()).isEqualTo("inner");
    assertThat(byPackage.value()).isEqualTo("org.outer.inner.");
    assertThat(byPackage.detail()).isEqualTo("every class in package org.outer.inner");
  }

  @Test
  void domesticJvmMarkersAreTriedFirstWhateverTheCatalogOrder() {
    CatalogMatcher m =
        matcher(
            """
              - id: upstream
                category: jdk
                standing: watch-list
                status: confirmed
                severity: medium
                vendor: {en: Upstream}
                detect:
                  jvmMarker: [Upstream Corp]
              - id: domestic-build
                category: jdk
                standing: domestic
                status: confirmed
                vendor: {en: Domestic Build}
                detect:
                  jvmMarker: [DomBuild]
              - id: upstream-two
                category: jdk
                standing: watch-list
                status: confirmed
                severity: medium
                vendor: {en: Upstream Two}
                detect:
                  jvmMarker: [Upstream]
            """);
    Map<String, String> both =
        Map.of("java.vendor", "Upstream Corp", "java.runtime.version", "17.0.9+1-DomBuild");
    CatalogMatch match = m.jvm(both).orElseThrow();
    assertThat(match.entry().id()).isEqualTo("domestic-build");
    assertThat(match.detail()).isEqualTo("java.runtime.version=17.0.9+1-DomBuild");
    // among foreign markers, catalog order is kept
    assertThat(id(m.jvm(Map.of("java.vendor", "Upstream Corp")))).isEqualTo("upstream");
  }

  @Test
  void mavenPatternsOfEveryShape() {
    CatalogMatcher m =
        matcher(
            """
              - id: tree-no-colon
                category: middleware
                standing: domestic
                status: confirmed
                vendor: {en: Tree}
                detect:
                  maven: ["org.tree.*"]
              - id: group-no-colon
                category: middleware
                standing: domestic
                status: confirmed
                vendor: {en: Group}
                detect:
                  maven: ["org.group"]
              - id: tree-with-artifact
                category: middleware
                standing: domestic
                status: confirmed
                vendor: {en: Tree Artifact}
                detect:
                  maven: ["org.forest.*:*"]
              - id: group-star
                category: middleware
                standing: domestic
                status: confirmed
                vendor: {en: Group Star}
                detect:
                  maven: ["org.star:*"]
            """);
    assertThat(id(m.maven("org.tree", "a"))).isEqualTo("tree-no-colon");
    assertThat(id(m.maven("org.tree.sub.deeper", "a"))).isEqualTo("tree-no-colon");
    assertThat(m.maven("org.treehouse", "a")).isEmpty();
    assertThat(id(m.maven("org.group", "any"))).isEqualTo("group-no-colon");
    assertThat(m.maven("org.group.sub", "any")).isEmpty();
    assertThat(id(m.maven("org.forest.pine", "cone"))).isEqualTo("tree-with-artifact");
    assertThat(id(m.maven("org.forest", "cone"))).isEqualTo("tree-with-artifact");
    assertThat(m.maven("org.fores", "cone")).isEmpty();
    assertThat(id(m.maven("org.star", "anything"))).isEqualTo("group-star");
    assertThat(m.maven("org.star.sub", "anything")).isEmpty();
    assertThat(m.maven("org", "star")).isEmpty();
  }

  @Test
  void mavenMatchesReportTheCoordinatesObserved() {
    CatalogMatcher m =
        matcher(
            """
              - id: grp
                category: middleware
                standing: domestic
                status: confirmed
                vendor: {en: Grp}
                detect:
                  maven: ["com.grp:*"]
            """);
    assertThat(m.maven("com.grp", " core ").orElseThrow().value()).isEqualTo("com.grp:core");
    assertThat(m.maven(" com.grp ", null).orElseThrow().value()).isEqualTo("com.grp");
    assertThat(m.maven("com.grp", "  ").orElseThrow().value()).isEqualTo("com.grp");
  }

  @Test
  void purlsMatchByFullNameThenNamespace() {
    CatalogMatcher m =
        matcher(
            """
              - id: kernel-only
                category: os
                standing: domestic
                status: confirmed
                vendor: {en: Kernel}
                detect:
                  purl: [rpm/distro/kernel]
              - id: distro
                category: os
                standing: domestic
                status: confirmed
                vendor: {en: Distro}
                detect:
                  purl: [rpm/distro]
            """);
    assertThat(factAndValue(m.purl("pkg:rpm/Distro/kernel@5.10")))
        .isEqualTo("kernel-only purl=pkg:rpm/Distro/kernel@5.10");
    assertThat(id(m.purl("pkg:rpm/distro/bash@5.1"))).isEqualTo("distro");
  }

  @Test
  void softwareIsIdentifiedByItsPurlBeforeAnythingElse() {
    CatalogMatcher m =
        matcher(
            """
              - id: by-purl
                category: os
                standing: domestic
                status: confirmed
                vendor: {en: By Purl}
                detect:
                  purl: [deb/only]
            """);
    Component c = Component.builder().name("tool").purl("pkg:deb/only/tool@1").build();
    assertThat(factAndValue(m.software(c))).isEqualTo("by-purl purl=pkg:deb/only/tool@1");
    assertThat(factAndValue(m.component(c))).isEqualTo("by-purl purl=pkg:deb/only/tool@1");
    assertThat(m.software(Component.builder().name("tool").purl("pkg:deb/other/tool@1").build()))
        .isEmpty();
  }

  @Test
  void armProcessorsByImplementerAndPart() {
    CatalogMatcher m =
        matcher(
            """
              - id: arm-vendor
                category: cpu
                standing: domestic
                status: confirmed
                vendor: {en: Arm Vendor}
                detect:
                  arch: [aarch64]
                  cpuImplementer: "0x00"
                  cpuParts: {"0x001": "Model One", "0x002": ""}
            """);
    CatalogMatch noPart = m.cpu(new CpuSignature("aarch64", null, "0x0", null, null)).orElseThrow();
    assertThat(noPart.fact()).isEqualTo("cpuImplementer");
    assertThat(noPart.detail()).isNull();
    assertThat(m.cpu(new CpuSignature(null, null, " 0X00 ", "0x1", null)).orElseThrow().detail())
        .isEqualTo("CPU part 0x1 = Model One");
    assertThat(m.cpu(new CpuSignature(null, null, "0x00", "2", null)).orElseThrow().detail())
        .isEqualTo("CPU part 2");
    // an implementer that is not hexadecimal identifies nothing
    assertThat(m.cpu(new CpuSignature("aarch64", null, "none", null, null))).isEmpty();
  }

  @Test
  void modelNamePrefixesRespectTheArchitecture() {
    CatalogMatcher m =
        matcher(
            """
              - id: loong
                category: cpu
                standing: domestic
                status: confirmed
                vendor: {en: Loong}
                detect:
                  arch: [loongarch64]
                  cpuModelNamePrefix: [Loongson-3]
            """);
    assertThat(id(m.cpu(new CpuSignature("LoongArch64", null, null, null, "Loongson-3A5000"))))
        .isEqualTo("loong");
    assertThat(m.cpu(new CpuSignature("amd64", null, null, null, "Loongson-3A5000"))).isEmpty();
    assertThat(m.cpu(new CpuSignature("loongarch64", null, null, null, "Loongson-2K"))).isEmpty();
    assertThat(m.cpu(new CpuSignature("loongarch64", null, null, null, "  "))).isEmpty();
  }

  @Test
  void dmiFallsBackOnlyToServerVendorNames() {
    CatalogMatcher m =
        matcher(
            """
              - id: chip-maker
                category: cpu
                standing: domestic
                status: confirmed
                vendor: {en: Chip Maker}
              - id: box-maker
                category: server
                standing: domestic
                status: confirmed
                vendor: {en: Box Maker}
            """);
    assertThat(m.dmiVendor("Chip Maker")).isEmpty();
    assertThat(factAndValue(m.dmiVendor("Box Maker"))).isEqualTo("box-maker vendorName=Box Maker");
  }

  @Test
  void aFileNamedAtTheRootIsFoundByItsName() {
    CatalogMatcher m =
        matcher(
            """
              - id: rootfile
                category: crypto_device
                standing: domestic
                status: confirmed
                vendor: {en: Root File}
                detect:
                  sdfLibrary: [libroot.so]
            """);
    assertThat(id(m.file("/libroot.so"))).isEqualTo("rootfile");
    assertThat(id(m.file("libroot.so"))).isEqualTo("rootfile");
  }
}
