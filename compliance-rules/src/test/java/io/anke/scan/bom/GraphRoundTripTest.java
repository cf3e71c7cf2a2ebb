package io.anke.scan.bom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.catalog.Catalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@code --format cyclonedx} keeps what it read: every component under the bom-ref its document
 * gave it and every dependency edge, compared on published documents with the graph taken from the
 * document itself (not through Anke's reader).
 */
class GraphRoundTripTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static byte[] bytes(String name) throws IOException {
    byte[] data = Files.readAllBytes(StandardsConformanceTest.real(name));
    if (!name.endsWith(".gz")) {
      return data;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
      return in.readAllBytes();
    }
  }

  /** The document written for one document read, validated against CycloneDX 1.6. */
  static JsonNode roundTrip(byte[] in, String name) throws Exception {
    BillOfMaterials bom = BomReaders.read(in, name);
    String out = CycloneDxWriter.builder().build().write(List.of(bom), Catalog.bundled());
    assertThat(new JsonParser().validate(out.getBytes(StandardCharsets.UTF_8), Version.VERSION_16))
        .isEmpty();
    return JSON.readTree(out);
  }

  static Set<String> writtenEdges(JsonNode doc) {
    Set<String> edges = new TreeSet<>();
    for (JsonNode d : doc.path("dependencies")) {
      for (JsonNode to : d.path("dependsOn")) {
        edges.add(d.path("ref").asText() + " -> " + to.asText());
      }
    }
    return edges;
  }

  static Set<String> writtenRefs(JsonNode doc) {
    Set<String> refs = new TreeSet<>();
    doc.path("components").forEach(c -> refs.add(c.path("bom-ref").asText()));
    return refs;
  }

  // ---- the graph as the JSON document states it ---------------------------------------------

  static Set<String> jsonEdges(JsonNode doc) {
    return writtenEdges(doc); // the same shape: dependencies[].ref -> dependsOn[]
  }

  static Set<String> jsonRefs(JsonNode doc) {
    Set<String> refs = new TreeSet<>();
    JsonNode subject = doc.path("metadata").path("component");
    if (subject.has("bom-ref")) {
      refs.add(subject.path("bom-ref").asText());
    }
    collect(subject.path("components"), refs);
    collect(doc.path("components"), refs);
    return refs;
  }

  /** Every component of the document: the described one, what it nests, and the list. */
  static int count(JsonNode doc) {
    JsonNode subject = doc.path("metadata").path("component");
    int[] n = {subject.isObject() ? 1 : 0};
    countIn(subject.path("components"), n);
    countIn(doc.path("components"), n);
    return n[0];
  }

  private static void countIn(JsonNode components, int[] n) {
    for (JsonNode c : components) {
      n[0]++;
      countIn(c.path("components"), n);
    }
  }

  private static void collect(JsonNode components, Set<String> refs) {
    for (JsonNode c : components) {
      if (c.has("bom-ref")) {
        refs.add(c.path("bom-ref").asText());
      }
      collect(c.path("components"), refs);
    }
  }

  void assertKeepsTheGraph(String name) throws Exception {
    byte[] in = bytes(name);
    JsonNode read = JSON.readTree(in);
    JsonNode written = roundTrip(in, name.replace(".gz", ""));
    // every component is written; those with a bom-ref keep it (the others get one)
    assertThat(written.path("components")).as(name).hasSize(count(read));
    assertThat(writtenRefs(written)).as(name + ": bom-refs").containsAll(jsonRefs(read));
    assertThat(writtenEdges(written)).as(name + ": edges").isEqualTo(jsonEdges(read));
  }

  @Test
  void keycloakKeepsAll994EdgesBetweenComponentsThatDifferOnlyInQualifiers() throws Exception {
    byte[] in = bytes("bom-examples/keycloak-10.0.2.bom.json.gz");
    JsonNode read = JSON.readTree(in);
    assertThat(jsonRefs(read)).hasSize(904); // 903 components and the described project
    assertThat(jsonEdges(read)).hasSize(994);
    assertKeepsTheGraph("bom-examples/keycloak-10.0.2.bom.json.gz");
  }

  @Test
  void otherPublishedJsonDocumentsKeepTheirGraphs() throws Exception {
    assertKeepsTheGraph("bom-examples/laravel-7.12.0.bom.1.3.json");
    assertKeepsTheGraph("spec-1.7/valid-dependency-1.7.json");
    assertKeepsTheGraph("spec-1.7/valid-assembly-1.7.json");
  }

  /**
   * The described application may nest components inside {@code metadata.component}; they are
   * components of the document like any other: read, judged and written, never dropped.
   */
  @Test
  void componentsNestedInTheDescribedApplicationAreKept() throws Exception {
    String name = "cyclonedx-core-java/issue-663-metadata-nested-components.json";
    assertKeepsTheGraph(name);
    BillOfMaterials bom = BomReaders.read(bytes(name), "issue-663.json");
    assertThat(bom.components())
        .extracting(c -> c.name() + " " + c.origin().pointer() + " " + c.dependencyPath())
        .containsExactly(
            "Main Application /metadata/component []",
            "Nested Library 1 /metadata/component/components/0"
                + " [Main Application:1.0.0, Nested Library 1:2.1.0]",
            "Nested Library 2 /metadata/component/components/1"
                + " [Main Application:1.0.0, Nested Library 2:3.2.1]",
            "Deeply Nested Library /metadata/component/components/1/components/0"
                + " [Main Application:1.0.0, Nested Library 2:3.2.1, Deeply Nested Library:1.5.0]",
            "Root Level Library /components/0 []");
  }

  @Test
  void xmlDocumentsKeepTheirGraphs() throws Exception {
    String name = "bom-examples/dropwizard-1.3.15.bom.xml";
    byte[] in = bytes(name);
    var f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(in)).getDocumentElement();
    Set<String> edges = new TreeSet<>();
    Set<String> refs = new TreeSet<>();
    var deps = root.getElementsByTagNameNS(root.getNamespaceURI(), "dependency");
    for (int i = 0; i < deps.getLength(); i++) {
      Element d = (Element) deps.item(i);
      if (d.getParentNode() instanceof Element p && p.getLocalName().equals("dependency")) {
        edges.add(p.getAttribute("ref") + " -> " + d.getAttribute("ref"));
      }
    }
    var components = root.getElementsByTagNameNS(root.getNamespaceURI(), "component");
    for (int i = 0; i < components.getLength(); i++) {
      Node c = components.item(i);
      if (c instanceof Element e && e.hasAttribute("bom-ref")) {
        refs.add(e.getAttribute("bom-ref"));
      }
    }
    assertThat(edges).hasSize(170);
    JsonNode written = roundTrip(in, name);
    assertThat(writtenRefs(written)).isEqualTo(refs);
    assertThat(writtenEdges(written)).isEqualTo(edges);
  }

  @Test
  void spdxRelationshipsBecomeEdgesBetweenTheirIds() throws Exception {
    JsonNode doc = JSON.readTree(Files.readAllBytes(Fixtures.path("app.spdx.json")));
    Set<String> edges = new TreeSet<>();
    for (JsonNode r : doc.path("relationships")) {
      String from = r.path("spdxElementId").asText();
      String to = r.path("relatedSpdxElement").asText();
      switch (r.path("relationshipType").asText()) {
        case "DEPENDS_ON", "CONTAINS" -> edges.add(from + " -> " + to);
        case "DEPENDENCY_OF", "CONTAINED_BY" -> edges.add(to + " -> " + from);
        default -> {}
      }
    }
    assertThat(edges).isNotEmpty();
    JsonNode written =
        roundTrip(Files.readAllBytes(Fixtures.path("app.spdx.json")), "app.spdx.json");
    assertThat(writtenEdges(written)).isEqualTo(edges);
  }

  @Test
  void twoDocumentsWithTheSameRefsKeepBothGraphsApart() throws Exception {
    byte[] in = bytes("bom-examples/laravel-7.12.0.bom.1.3.json");
    BillOfMaterials a = BomReaders.read(in, "a.cdx.json");
    BillOfMaterials b =
        BomReaders.read(bytes("bom-examples/laravel-7.12.0.bom.1.2.json"), "b.json");
    JsonNode written =
        JSON.readTree(CycloneDxWriter.builder().build().write(List.of(a, b), Catalog.empty()));
    assertThat(written.path("components")).hasSize(a.components().size() * 2);
    // the second document's refs are suffixed, and its edges follow them
    assertThat(writtenEdges(written)).hasSize(2 * jsonEdges(JSON.readTree(in)).size());
  }
}
