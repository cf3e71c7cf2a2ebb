package io.anke.core.bom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exact values of the bill-of-materials types: purl edges, path bounds, builder, graph. */
class BomValuesExactTest {

  @Test
  void aPurlWhoseTypeIsCutAwayIsMalformed() {
    // a fragment, qualifiers or a version right after "pkg:" leave no type
    assertThat(Purl.parse("pkg:#x/y/z")).isNull();
    assertThat(Purl.parse("pkg:?a=b/c/d")).isNull();
    assertThat(Purl.parse("pkg:@1/x/y")).isNull();
    assertThat(Purl.parse("pkg:x/y/z#f")).isEqualTo(new Purl("x", "y", "z", null));
  }

  @Test
  void anEmptyNamespaceBeforeTheNameIsNoNamespace() {
    assertThat(Purl.parse("pkg:npm//left-pad@1.3.0"))
        .isEqualTo(new Purl("npm", "", "left-pad", "1.3.0"));
    assertThat(Purl.parse("pkg:npm/left-pad")).isEqualTo(new Purl("npm", "", "left-pad", null));
  }

  private static DependencyPath chain(int length) {
    DependencyPath p = DependencyPath.empty();
    for (int i = 0; i < length; i++) {
      p = p.append("c" + i);
    }
    return p;
  }

  @Test
  void thirteenCoordinatesAreShownWholeFourteenAreElided() {
    assertThat(DependencyPath.bounded(chain(13)))
        .containsExactly(
            "c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11", "c12");
    assertThat(DependencyPath.bounded(chain(14)))
        .containsExactly(
            "c0", "c1", "c2", "c3", "c4", "c5", "… 2 …", "c8", "c9", "c10", "c11", "c12", "c13");
    assertThat(DependencyPath.bounded(new ArrayList<>(chain(14))))
        .isEqualTo(DependencyPath.bounded(chain(14)));
    assertThat(DependencyPath.elision(19988)).isEqualTo("… 19988 …");
  }

  @Test
  void pathsAreEqualByTheirElementsOnly() {
    // "Aa" and "BB" have the same hash code: equal size and hash, different elements
    assertThat(DependencyPath.of(List.of("Aa"))).isNotEqualTo(DependencyPath.of(List.of("BB")));
    assertThat(DependencyPath.of(List.of("Aa")).hashCode())
        .isEqualTo(DependencyPath.of(List.of("BB")).hashCode());
    assertThat(DependencyPath.of(List.of("a", "b")))
        .isEqualTo(DependencyPath.of(List.of("a", "b")));
    assertThat(DependencyPath.of(List.of("a", "b"))).isNotEqualTo(DependencyPath.of(List.of("a")));
    assertThat(DependencyPath.of(List.of("a", "b"))).isEqualTo(List.of("a", "b"));
    assertThat(DependencyPath.of(List.of("a", "b")).equals(List.of("a", "c"))).isFalse();
    assertThat(DependencyPath.of(null)).isSameAs(DependencyPath.empty());
  }

  @Test
  void builderSettersChainAndAnEmptyRefIsNone() {
    Component c =
        Component.builder()
            .name("box")
            .country("CN")
            .properties(Map.of("k1", "v1", "k2", "v2"))
            .ref("bom-ref-1")
            .build();
    assertThat(c.country()).isEqualTo("CN");
    assertThat(c.property("k1")).isEqualTo("v1");
    assertThat(c.property("k2")).isEqualTo("v2");
    assertThat(c.ref()).isEqualTo("bom-ref-1");
    assertThat(Component.builder().name("x").ref("").build().ref()).isNull();
    assertThat(Origin.of("inventory.csv")).isEqualTo(new Origin("inventory.csv", 0, null));
  }

  @Test
  void aPlausibleVersionIsStrippedAndAnythingElseIsNull() {
    assertThat(ArchiveFacts.plausibleVersion(null)).isNull();
    assertThat(ArchiveFacts.plausibleVersion(" 1.2.3 ")).isEqualTo("1.2.3");
    assertThat(ArchiveFacts.plausibleVersion("${project.version}")).isNull();
  }

  @Test
  void theGraphIsCopiedInDocumentOrderAndEdgesFollowIt() {
    Map<String, List<String>> graph = new LinkedHashMap<>();
    graph.put("root", List.of("a", "b"));
    graph.put("a", List.of("c"));
    BillOfMaterials bom = new BillOfMaterials("s.json", List.of(), graph, List.of("fact", 7));
    graph.put("late", List.of("x"));
    assertThat(bom.dependencies()).containsOnlyKeys("root", "a");
    assertThat(bom.edges())
        .containsExactly(Map.entry("root", "a"), Map.entry("root", "b"), Map.entry("a", "c"));
    assertThat(bom.facts(Integer.class)).containsExactly(7);
    assertThat(bom.facts(String.class)).containsExactly("fact");
    BillOfMaterials noGraph = new BillOfMaterials("s.json", List.of(), null, null);
    assertThat(noGraph.dependencies()).isEmpty();
    assertThat(noGraph.facts()).isEmpty();
    assertThat(noGraph.edges()).isEmpty();
  }
}
