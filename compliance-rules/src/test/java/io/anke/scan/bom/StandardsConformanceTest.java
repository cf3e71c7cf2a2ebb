package io.anke.scan.bom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.InputException;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What the CycloneDX and SPDX standards allow is read, on published documents: the official
 * generators' 1.2 and 1.3 JSON, XML with extension elements of other namespaces, and the
 * specification's own 1.7 test suite (every valid document read, every invalid one refused).
 */
class StandardsConformanceTest {

  static Path real(String name) {
    return Fixtures.path("real/" + name);
  }

  static BillOfMaterials readReal(String name) {
    return BomReaders.read(real(name), name);
  }

  // ---- normative, not strict, schemas -------------------------------------------------------

  @Test
  void cycloneDx12And13FromTheOfficialGeneratorAreRead() {
    for (String v : List.of("1.2", "1.3")) {
      BillOfMaterials bom = readReal("bom-examples/laravel-7.12.0.bom." + v + ".json");
      // 62 packages and the described project; 113 edges, as the document states them
      assertThat(bom.components()).hasSize(63);
      assertThat(bom.edges()).hasSize(113);
      Component symfony = Fixtures.named(bom, "http-kernel");
      assertThat(symfony.purl()).isEqualTo("pkg:composer/symfony/http-kernel@v5.4.16");
      assertThat(symfony.dependencyPath())
          .first()
          .isEqualTo("cyclonedx:cyclonedx-php-composer-demo:dev-master");
    }
  }

  @Test
  void whatTheNormativeSchemaRefusesIsStillRefused() {
    assertThatThrownBy(() -> Fixtures.read("schema-invalid.cdx.json"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("CycloneDX 1.5 JSON does not match its schema");
  }

  // ---- extensions of other namespaces -------------------------------------------------------

  @Test
  void xmlExtensionElementsOfOtherNamespacesAreIgnoredEverywhere() {
    for (String name :
        List.of(
            "spec-xml-extensions/valid-external-elements-1.2.xml",
            "spec-xml-extensions/valid-external-elements-1.6.xml",
            "spec-1.7/valid-external-elements-1.7.xml",
            "spec-xml-extensions/valid-xml-signature-1.6.xml")) {
      BillOfMaterials bom = readReal(name);
      assertThat(bom.components()).as(name).isNotEmpty();
      assertThat(bom.components())
          .as(name)
          .allSatisfy(c -> assertThat(c.name()).isNotEqualTo("Banana"));
    }
    Component tomcat =
        readReal("spec-xml-extensions/valid-external-elements-1.6.xml").components().get(0);
    assertThat(tomcat.name()).isEqualTo("tomcat-catalina");
    assertThat(tomcat.origin().line()).isEqualTo(4);
  }

  @Test
  void anExtensionNamedLikeACycloneDxFieldDoesNotReplaceIt(
      @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    // dropwizard's published SBOM with a vendor's extension at the end of a component (where the
    // XML schema allows ##other elements) and of the component list
    String xml =
        Files.readString(real("bom-examples/dropwizard-1.3.15.bom.xml"), StandardCharsets.UTF_8);
    String first = "</component>";
    int at = xml.indexOf(first);
    String extended =
        xml.substring(0, at)
            + "<acme:name xmlns:acme=\"urn:acme:sbom\">replaced</acme:name>"
            + xml.substring(at, at + first.length())
            + "<acme:component xmlns:acme=\"urn:acme:sbom\" acme:id=\"x\"/>"
            + xml.substring(at + first.length());
    Path file = dir.resolve("dropwizard-extended.cdx.xml");
    Files.writeString(file, extended, StandardCharsets.UTF_8);
    BillOfMaterials plain = readReal("bom-examples/dropwizard-1.3.15.bom.xml");
    BillOfMaterials read = BomReaders.read(file, "dropwizard-extended.cdx.xml");
    assertThat(read.components()).hasSameSizeAs(plain.components());
    assertThat(read.components().get(0).name()).isEqualTo(plain.components().get(0).name());
    assertThat(read.components()).noneMatch(c -> c.name().equals("replaced"));
  }

  // ---- CycloneDX 1.7 ------------------------------------------------------------------------

  @TestFactory
  Stream<DynamicTest> theSpecificationsOwn17TestSuite() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(real("spec-1.7"))) {
      files = s.sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(150);
    return files.stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    f.getFileName().toString(),
                    () -> {
                      String name = f.getFileName().toString();
                      if (name.startsWith("valid-")) {
                        assertThatCode(() -> BomReaders.read(f, name)).doesNotThrowAnyException();
                      } else {
                        assertThatThrownBy(() -> BomReaders.read(f, name))
                            .isInstanceOf(InputException.class)
                            .hasMessageStartingWith(name + ":");
                      }
                    }));
  }

  @Test
  void cycloneDx17ComponentsAndGraphAreRead() {
    BillOfMaterials json = readReal("spec-1.7/valid-dependency-1.7.json");
    BillOfMaterials xml = readReal("spec-1.7/valid-dependency-1.7.xml");
    assertThat(json.edges()).isNotEmpty().isEqualTo(xml.edges());
    assertThat(json.components())
        .extracting(Component::name)
        .isEqualTo(xml.components().stream().map(Component::name).toList());
  }

  // ---- SPDX 3.0 -----------------------------------------------------------------------------

  /**
   * An element of the graph that is not an object, or names no type, is malformed SPDX 3.0: an
   * input error with its line, never an internal error.
   */
  @Test
  void spdx3ElementWithoutATypeIsAnInputErrorWithItsLine() {
    String doc =
        """
        {
          "@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld",
          "@graph": [
            { "spdxId": "https://gov.example/spdx/Package-a", "type": "software_Package",
              "name": "a" },
            { "spdxId": "https://gov.example/spdx/Package-b", "name": "b" }
          ]
        }
        """;
    assertThatThrownBy(() -> BomReaders.read(doc.getBytes(StandardCharsets.UTF_8), "b.spdx3.json"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("b.spdx3.json:6")
        .hasMessageContaining("/@graph/1")
        .hasMessageContaining("type");
    String numbers =
        "{\"@context\": \"https://spdx.org/rdf/3.0.1/spdx-context.jsonld\", \"@graph\": [1]}";
    assertThatThrownBy(
            () -> BomReaders.read(numbers.getBytes(StandardCharsets.UTF_8), "n.spdx3.json"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("/@graph/0");
  }

  /** JSON-LD compaction writes a one-element list as the value itself: read it as the list. */
  @Test
  void spdx3SingleValuedReferencesAreRead() {
    String doc =
        """
        {
          "@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld",
          "@graph": [
            { "spdxId": "urn:doc", "type": "SpdxDocument", "rootElement": "urn:app" },
            { "spdxId": "urn:app", "type": "software_Package", "name": "app",
              "software_packageVersion": "1.0" },
            { "spdxId": "urn:lib", "type": "software_Package", "name": "lib",
              "software_packageVersion": "2.0" },
            { "spdxId": "urn:rel", "type": "Relationship", "relationshipType": "dependsOn",
              "from": "urn:app", "to": "urn:lib" }
          ]
        }
        """;
    BillOfMaterials bom = BomReaders.read(doc.getBytes(StandardCharsets.UTF_8), "one.spdx3.json");
    assertThat(bom.edges()).containsExactly(java.util.Map.entry("urn:app", "urn:lib"));
    assertThat(Fixtures.named(bom, "lib").dependencyPath()).containsExactly("app:1.0", "lib:2.0");
  }

  @Test
  void spdx3JsonLdPackagesPurlsAndRelationshipsAreRead() {
    BillOfMaterials bom = Fixtures.read("app.spdx3.json");
    assertThat(bom.components())
        .extracting(Component::name)
        .containsExactly("permit-service", "mysql-connector-j");
    Component mysql = Fixtures.named(bom, "mysql-connector-j");
    assertThat(mysql.purl()).isEqualTo("pkg:maven/com.mysql/mysql-connector-j@8.4.0");
    assertThat(mysql.group()).isEqualTo("com.mysql");
    assertThat(mysql.version()).isEqualTo("8.4.0");
    assertThat(mysql.origin().pointer()).isEqualTo("/@graph/5");
    assertThat(mysql.origin().line()).isEqualTo(45);
    assertThat(mysql.dependencyPath())
        .containsExactly("gov.example:permit-service:2.3.0", "com.mysql:mysql-connector-j:8.4.0");
    assertThat(bom.edges())
        .containsExactly(
            java.util.Map.entry(
                "https://gov.example/spdx/permit-service/Package-app",
                "https://gov.example/spdx/permit-service/Package-mysql"));
  }
}
