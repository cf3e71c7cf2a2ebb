package io.anke.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.bom.DependencyPath;
import io.anke.scan.bom.BomReaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vendor's SBOM cannot make a report grow with the square of its dependency depth: on a chain of
 * watch-listed drivers, each one pulled in by the one before (every component a finding, every path
 * as deep as the component), the JSON, SARIF and HTML reports grow linearly with the depth.
 */
@ExtendWith(EnglishLocale.class)
class BoundedReportTest {
  static final ObjectMapper JSON = new ObjectMapper();

  /** A CycloneDX 1.5 document: the application, then a chain of {@code depth} libraries. */
  static String chain(int depth) {
    StringBuilder components = new StringBuilder();
    StringBuilder deps = new StringBuilder("{\"ref\":\"app\",\"dependsOn\":[\"c0\"]}");
    for (int i = 0; i < depth; i++) {
      components
          .append(i == 0 ? "" : ",")
          .append("{\"bom-ref\":\"c")
          .append(i)
          .append("\",\"type\":\"library\",\"group\":\"com.mysql\",")
          .append("\"name\":\"mysql-connector-j\",\"version\":\"8.0.")
          .append(i)
          .append("\",\"purl\":\"pkg:maven/com.mysql/mysql-connector-j@8.0.")
          .append(i)
          .append("\"}");
      deps.append(",{\"ref\":\"c").append(i).append("\",\"dependsOn\":[");
      if (i + 1 < depth) {
        deps.append("\"c").append(i + 1).append('"');
      }
      deps.append("]}");
    }
    return "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.5\",\"version\":1,"
        + "\"metadata\":{\"component\":{\"bom-ref\":\"app\",\"type\":\"application\","
        + "\"group\":\"gov.example\",\"name\":\"permit-service\",\"version\":\"2.3.0\"}},"
        + "\"components\":["
        + components
        + "],\"dependencies\":["
        + deps
        + "]}";
  }

  /** Report sizes in bytes by file name, for a chain of {@code depth}. */
  static Map<String, Long> scan(Path dir, int depth) throws IOException {
    Path sbom = dir.resolve("chain-" + depth + ".cdx.json");
    Files.writeString(sbom, chain(depth), StandardCharsets.UTF_8);
    Path out = dir.resolve("out-" + depth);
    MainTest.Run r =
        MainTest.run(
            "scan",
            "--sbom",
            sbom.toString(),
            "--profile",
            "xinchuang-strict",
            "--format",
            "json,sarif,html",
            "--fail-on",
            "never",
            "--output",
            out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    Map<String, Long> sizes = new TreeMap<>();
    try (var files = Files.list(out)) {
      for (Path f : files.toList()) {
        sizes.put(f.getFileName().toString(), Files.size(f));
      }
    }
    JsonNode report = JSON.readTree(out.resolve("anke-report.json").toFile());
    JsonNode deepest = null;
    for (JsonNode f : report.path("findings")) {
      if (f.path("subject").path("id").asText().endsWith("@8.0." + (depth - 1))) {
        deepest = f;
      }
    }
    assertThat(deepest).as("a finding on the deepest driver").isNotNull();
    JsonNode path = deepest.path("subject").path("path");
    assertThat(path.size()).isLessThanOrEqualTo(2 * DependencyPath.KEPT_AT_EACH_END + 1);
    assertThat(path.get(0).asText()).isEqualTo("gov.example:permit-service:2.3.0");
    assertThat(path.get(path.size() - 1).asText())
        .isEqualTo("com.mysql:mysql-connector-j:8.0." + (depth - 1));
    assertThat(deepest.path("properties").path("pathDepth").asText())
        .isEqualTo(Integer.toString(depth + 1));
    return sizes;
  }

  @Test
  void reportsGrowLinearlyWithDependencyDepth(@TempDir Path dir) throws IOException {
    Map<String, Long> shallow = scan(dir, 150);
    Map<String, Long> deep = scan(dir, 600);
    assertThat(deep.keySet())
        .containsExactly("anke-report.html", "anke-report.json", "anke-report.sarif");
    for (String file : deep.keySet()) {
      // four times the components: linear growth gives about four times the bytes, quadratic
      // growth (each finding carrying its whole path) gave more than ten
      double ratio = (double) deep.get(file) / shallow.get(file);
      assertThat(ratio)
          .as(file + ": " + shallow.get(file) + " -> " + deep.get(file))
          .isLessThan(4.6);
    }
  }

  /**
   * The read model is linear too: each component's dependency path is its parent's path plus one
   * coordinate, shared, not a copied list (a 20,000-deep chain would otherwise hold 200 million
   * references).
   */
  @Test
  void theReadModelSharesEveryPathPrefix() {
    int depth = 2_000;
    BillOfMaterials bom =
        BomReaders.read(chain(depth).getBytes(StandardCharsets.UTF_8), "chain.cdx.json");
    List<Component> list = bom.components();
    assertThat(list).hasSize(depth + 1);
    for (int i = 2; i < list.size(); i++) {
      DependencyPath path = (DependencyPath) list.get(i).dependencyPath();
      assertThat(path.parent()).isSameAs(list.get(i - 1).dependencyPath());
    }
    assertThat(list.get(depth).dependencyPath()).hasSize(depth + 1);
    assertThat(bom.edges()).hasSize(depth);
  }
}
