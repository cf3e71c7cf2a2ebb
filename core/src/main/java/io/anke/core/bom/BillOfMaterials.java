package io.anke.core.bom;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The components read from one source: an SBOM, an inventory, an archive or the probed host, with
 * the dependency graph as the source states it.
 *
 * @param source a display name of the source (a relative path, or {@code host})
 * @param components the components in the order the source listed them
 * @param dependencies the graph as read, by {@link Component#ref()}: each node to the nodes it
 *     depends on (or contains), in document order; a node listed without dependencies maps to an
 *     empty list. Empty when the source states no graph
 */
public record BillOfMaterials(
    String source, List<Component> components, Map<String, List<String>> dependencies) {

  /** Copies the list and the graph so that the record stays immutable. */
  public BillOfMaterials {
    Objects.requireNonNull(source, "source");
    components = List.copyOf(components);
    Map<String, List<String>> graph = new LinkedHashMap<>();
    if (dependencies != null) {
      dependencies.forEach(
          (from, to) -> graph.put(Objects.requireNonNull(from, "ref"), List.copyOf(to)));
    }
    dependencies = Collections.unmodifiableMap(graph);
  }

  /** A bill of materials that states no dependency graph. */
  public BillOfMaterials(String source, List<Component> components) {
    this(source, components, Map.of());
  }

  /**
   * The same source and graph with other components (such as the same ones enriched): a derived
   * bill of materials keeps the graph it was read with.
   */
  public BillOfMaterials withComponents(List<Component> replaced) {
    return new BillOfMaterials(source, replaced, dependencies);
  }

  /** Every edge {@code from -> to} of {@link #dependencies()}, in document order. */
  public List<Map.Entry<String, String>> edges() {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    dependencies.forEach((from, tos) -> tos.forEach(to -> out.add(Map.entry(from, to))));
    return out;
  }
}
