package io.anke.rules.bom;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.bom.DependencyPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The read model takes memory linear in the graph: each component's dependency path is its parent's
 * path plus one coordinate, shared, not a copied list (a 20,000-deep chain would otherwise hold 200
 * million references).
 */
class SharedPathsTest {

  static String chain(int depth) {
    StringBuilder c = new StringBuilder();
    StringBuilder d = new StringBuilder("{\"ref\":\"app\",\"dependsOn\":[\"c0\"]}");
    for (int i = 0; i < depth; i++) {
      c.append(i == 0 ? "" : ",")
          .append("{\"bom-ref\":\"c")
          .append(i)
          .append("\",\"type\":\"library\",\"group\":\"org.example\",\"name\":\"lib")
          .append(i)
          .append("\",\"version\":\"1.0\"}");
      d.append(",{\"ref\":\"c").append(i).append("\",\"dependsOn\":[");
      if (i + 1 < depth) {
        d.append("\"c").append(i + 1).append('"');
      }
      d.append("]}");
    }
    return "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,\"metadata\":"
        + "{\"component\":{\"bom-ref\":\"app\",\"type\":\"application\",\"name\":\"app\"}},"
        + "\"components\":["
        + c
        + "],\"dependencies\":["
        + d
        + "]}";
  }

  @Test
  void aDeepChainSharesEveryPrefix() {
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
