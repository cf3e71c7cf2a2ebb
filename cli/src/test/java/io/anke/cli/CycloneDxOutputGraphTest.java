package io.anke.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code anke scan --sbom X --format cyclonedx} writes the graph it read: on keycloak-10.0.2's
 * published SBOM (903 components whose purls differ only in qualifiers, 994 edges) every edge comes
 * out as it went in, through the whole scan (catalog enrichment included).
 */
@ExtendWith(EnglishLocale.class)
class CycloneDxOutputGraphTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static Set<String> edges(JsonNode doc) {
    Set<String> edges = new TreeSet<>();
    for (JsonNode d : doc.path("dependencies")) {
      for (JsonNode to : d.path("dependsOn")) {
        edges.add(d.path("ref").asText() + " -> " + to.asText());
      }
    }
    return edges;
  }

  @Test
  void scanKeepsEveryEdgeOfARealSbom(@TempDir Path dir) throws IOException {
    Path gz =
        RuleReferenceDocTest.doc("formats.md")
            .getParent()
            .resolveSibling(
                "compliance-rules/src/test/resources/io/anke/scan/bom/real/bom-examples/"
                    + "keycloak-10.0.2.bom.json.gz");
    Path sbom = dir.resolve("keycloak-10.0.2.cdx.json");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      Files.write(sbom, in.readAllBytes());
    }
    Path out = dir.resolve("out");
    MainTest.Run r =
        MainTest.run(
            "scan",
            "--sbom",
            sbom.toString(),
            "--format",
            "cyclonedx",
            "--fail-on",
            "never",
            "--output",
            out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    Set<String> in = edges(JSON.readTree(sbom.toFile()));
    assertThat(in).hasSize(994);
    JsonNode written = JSON.readTree(out.resolve("anke-report.cdx.json").toFile());
    assertThat(written.path("components")).hasSize(904);
    assertThat(edges(written)).isEqualTo(in);
  }
}
