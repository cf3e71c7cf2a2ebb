package io.anke.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.ConfigurationException;
import io.anke.core.bom.ArchiveFacts;
import io.anke.core.bom.Component;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Jars without {@code pom.properties} identified by what the archive reveals (manifest, package of
 * its classes, file hash, JDBC driver), exactly, and given the coordinates the catalog lists.
 */
class ArchiveFactsMatchTest {
  private static final String BCPROV_SHA256 =
      "2b4b57a1b8f0e3c6d1a2f4e5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f";

  private static final String CATALOG =
      """
      entries:
        - id: bouncycastle
          category: crypto_library
          standing: watch-list
          status: confirmed
          vendor: {en: Legion of the Bouncy Castle}
          detect:
            maven: ["org.bouncycastle:*", "org.bouncycastle:bcprov-jdk18on"]
            manifest: ["Bundle-SymbolicName = bcprov"]
            classPrefix: [org.bouncycastle.]
        - id: oracle-jdbc
          category: database
          standing: watch-list
          status: confirmed
          vendor: {en: Oracle Corporation}
          detect:
            maven: ["com.oracle.database.jdbc:ojdbc11", "com.oracle.ojdbc:ojdbc11"]
            driverClass: [oracle.jdbc.OracleDriver]
        - id: vendor-sdk
          category: crypto_library
          standing: domestic
          status: confirmed
          vendor: {en: Example Crypto}
          detect:
            maven: ["com.example.*:sdk"]
            sha256: ["%s"]
          unconfirmed: ["sha256=%s"]
      """
          .formatted(BCPROV_SHA256.toUpperCase(java.util.Locale.ROOT), BCPROV_SHA256);

  private static Catalog catalog(String yaml) {
    return Catalog.read("c.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  private static final CatalogMatcher MATCHER = catalog(CATALOG).matcher();

  /** bcprov-jdk18on-1.87.jar as the archive reader sees it: manifest, classes, no coordinates. */
  private static Component.Builder bcprov(String fileName) {
    return Component.builder()
        .name("bcprov")
        .version("1.87")
        .supplier("Legion of the Bouncy Castle Inc.")
        .property(ArchiveFacts.IDENTITY, "manifest")
        .property(ArchiveFacts.FILE_NAME, fileName)
        .property(ArchiveFacts.MANIFEST + "Bundle-SymbolicName", "bcprov")
        .property(ArchiveFacts.PACKAGE, "org.bouncycastle")
        .dependencyPath(List.of("gov.example:app:1.0", "bcprov:1.87"));
  }

  private static String id(Optional<CatalogMatch> m) {
    return m.map(x -> x.entry().id()).orElse(null);
  }

  @Test
  void manifestIdentifiesAJarWithoutCoordinates() {
    CatalogMatch m = MATCHER.software(bcprov("bcprov-jdk18on-1.87.jar").build()).orElseThrow();
    assertThat(m.entry().id()).isEqualTo("bouncycastle");
    assertThat(m.fact()).isEqualTo("manifest");
    assertThat(m.value()).isEqualTo("Bundle-SymbolicName=bcprov");
  }

  @Test
  void thePackageOfAllItsClassesIdentifiesAJarWhoseManifestSaysNothing() {
    Component c =
        Component.builder()
            .name("lib.jar")
            .property(ArchiveFacts.PACKAGE, "org.bouncycastle")
            .build();
    CatalogMatch m = MATCHER.software(c).orElseThrow();
    assertThat(m.fact()).isEqualTo("classPrefix");
    assertThat(m.evidence()).contains("every class in package org.bouncycastle");
    // a package that merely begins with the same letters is another one
    Component near =
        Component.builder()
            .name("x.jar")
            .property(ArchiveFacts.PACKAGE, "org.bouncycastlex")
            .build();
    assertThat(MATCHER.software(near)).isEmpty();
    // a jar whose classes only share "org" is not identified
    Component org = Component.builder().name("y.jar").property(ArchiveFacts.PACKAGE, "org").build();
    assertThat(MATCHER.software(org)).isEmpty();
  }

  @Test
  void manifestValuesAreComparedExactly() {
    Component other =
        Component.builder()
            .name("bcprov-ext")
            .property(ArchiveFacts.MANIFEST + "Bundle-SymbolicName", "bcprov-ext")
            .build();
    assertThat(MATCHER.software(other)).isEmpty();
    Component otherAttribute =
        Component.builder()
            .name("x")
            .property(ArchiveFacts.MANIFEST + "Implementation-Title", "bcprov")
            .build();
    assertThat(MATCHER.software(otherAttribute)).isEmpty();
  }

  @Test
  void aFileHashIdentifiesAndMayBeUnconfirmed() {
    Component c = Component.builder().name("sdk.jar").hash("SHA-256", BCPROV_SHA256).build();
    CatalogMatch m = MATCHER.software(c).orElseThrow();
    assertThat(m.entry().id()).isEqualTo("vendor-sdk");
    assertThat(m.confirmed()).isFalse();
  }

  @Test
  void softwareIsNeverIdentifiedByItsVendorName() {
    Component c = Component.builder().name("thing").supplier("Oracle Corporation").build();
    assertThat(MATCHER.software(c)).isEmpty();
    assertThat(id(MATCHER.component(c))).isEqualTo("oracle-jdbc");
  }

  @Test
  void theListedArtifactNamedByTheFileGivesTheCoordinates() {
    Component c = bcprov("bcprov-jdk18on-1.87.jar").build();
    Component enriched = MATCHER.software(c).orElseThrow().applyTo(c);
    assertThat(enriched.purl()).isEqualTo("pkg:maven/org.bouncycastle/bcprov-jdk18on@1.87");
    assertThat(enriched.group()).isEqualTo("org.bouncycastle");
    assertThat(enriched.name()).isEqualTo("bcprov-jdk18on");
    assertThat(enriched.property(ArchiveFacts.IDENTITY)).isEqualTo("catalog");
    assertThat(enriched.dependencyPath())
        .containsExactly("gov.example:app:1.0", "org.bouncycastle:bcprov-jdk18on:1.87");
  }

  @Test
  void noCoordinatesWhereALinkIsNotExact() {
    // renamed: the file names no listed artifact
    Component renamed = bcprov("bouncy.jar").build();
    assertThat(MATCHER.software(renamed).orElseThrow().applyTo(renamed).purl()).isNull();
    // the manifest states another version than the file name
    Component disagreeing = bcprov("bcprov-jdk18on-1.86.jar").build();
    assertThat(MATCHER.software(disagreeing).orElseThrow().applyTo(disagreeing).purl()).isNull();
    // an artifact the entry covers only by "group:*" is not listed by name
    Component bcpkix = bcprov("bcpkix-jdk18on-1.87.jar").build();
    assertThat(MATCHER.software(bcpkix).orElseThrow().applyTo(bcpkix).purl()).isNull();
    // two groups list the same artifact name
    Component ojdbc =
        Component.builder()
            .name("JDBC")
            .version("23.26.4.0.0")
            .property(ArchiveFacts.FILE_NAME, "ojdbc11-23.26.4.0.0.jar")
            .property(ArchiveFacts.DRIVER_CLASS, "oracle.jdbc.OracleDriver")
            .build();
    CatalogMatch m = MATCHER.software(ojdbc).orElseThrow();
    assertThat(m.entry().id()).isEqualTo("oracle-jdbc");
    assertThat(m.applyTo(ojdbc).purl()).isNull();
    // a group tree names no single group
    Component sdk =
        Component.builder()
            .name("sdk")
            .hash("SHA-256", BCPROV_SHA256)
            .property(ArchiveFacts.FILE_NAME, "sdk-2.0.jar")
            .build();
    assertThat(MATCHER.software(sdk).orElseThrow().applyTo(sdk).purl()).isNull();
  }

  @Test
  void coordinatesFromAnSbomAreNeverReplaced() {
    Component listed =
        Component.builder()
            .group("org.bouncycastle")
            .name("bcprov-jdk18on")
            .version("1.87")
            .purl("pkg:maven/org.bouncycastle/bcprov-jdk18on@1.87?type=jar")
            .property(ArchiveFacts.FILE_NAME, "bcprov-jdk15on-1.70.jar")
            .build();
    Component enriched = MATCHER.software(listed).orElseThrow().applyTo(listed);
    assertThat(enriched.purl()).isEqualTo(listed.purl());
  }

  @Test
  void malformedArchiveFactsAreConfigurationErrorsWithTheirLine() {
    String entry =
        """
        entries:
          - id: x
            category: crypto_library
            standing: domestic
            status: confirmed
            vendor: {en: X}
            detect:
        """;
    assertThatThrownBy(() -> catalog(entry + "      manifest: [\"Bundle-Colour=red\"]\n"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("c.yaml:8: entry x: manifest fact 'Bundle-Colour=red' must be")
        .hasMessageContaining("Bundle-SymbolicName");
    assertThatThrownBy(() -> catalog(entry + "      manifest: [bcprov]\n"))
        .hasMessageStartingWith("c.yaml:8: entry x: manifest fact 'bcprov'");
    assertThatThrownBy(() -> catalog(entry + "      sha256: [abc]\n"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("c.yaml:8: entry x: sha256 'abc' must be 64 hexadecimal digits");
  }
}
