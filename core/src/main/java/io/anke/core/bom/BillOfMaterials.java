package io.anke.core.bom;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The components read from one source: an SBOM, an inventory, an archive or the probed host, with
 * the dependency graph as the source states it and any further typed evidence it states.
 *
 * @param source a display name of the source (a relative path, or {@code host})
 * @param components the components in the order the source listed them
 * @param dependencies the graph as read, by {@link Component#ref()}: each node to the nodes it
 *     depends on (or contains), in document order; a node listed without dependencies maps to an
 *     empty list. Empty when the source states no graph
 * @param facts typed evidence the document states besides its components, which a scan hands to the
 *     rules with the document (see {@link io.anke.core.rule.ScanContext#facts(Class)}): for example
 *     the algorithms, protocols and certificates of a CycloneDX CBOM as crypto-usage facts. Core
 *     does not know their types; empty for most documents
 */
public record BillOfMaterials(
    String source,
    List<Component> components,
    Map<String, List<String>> dependencies,
    List<Object> facts) {

  /** Copies the lists and the graph so that the record stays immutable. */
  public BillOfMaterials {
    Objects.requireNonNull(source, "source");
    components = List.copyOf(components);
    Map<String, List<String>> graph = new LinkedHashMap<>();
    if (dependencies != null) {
      dependencies.forEach(
          (from, to) -> graph.put(Objects.requireNonNull(from, "ref"), List.copyOf(to)));
    }
    dependencies = Collections.unmodifiableMap(graph);
    facts = facts == null ? List.of() : List.copyOf(facts);
  }

  /** A bill of materials that states no dependency graph and nothing besides its components. */
  public BillOfMaterials(String source, List<Component> components) {
    this(source, components, Map.of(), List.of());
  }

  /** A bill of materials with its dependency graph and nothing else besides its components. */
  public BillOfMaterials(
      String source, List<Component> components, Map<String, List<String>> dependencies) {
    this(source, components, dependencies, List.of());
  }

  /**
   * The same source, graph and facts with other components (enriched, filtered): a step that
   * rewrites the components never drops what else the document stated.
   */
  public BillOfMaterials withComponents(List<Component> replaced) {
    return new BillOfMaterials(source, replaced, dependencies, facts);
  }

  /** The facts of this document that are instances of {@code type}, in document order. */
  public <T> List<T> facts(Class<T> type) {
    Objects.requireNonNull(type, "type");
    return facts.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The same document with these facts added to the ones it states. */
  public BillOfMaterials withFacts(List<?> added) {
    List<Object> all = new ArrayList<>(facts);
    all.addAll(added);
    return new BillOfMaterials(source, components, dependencies, all);
  }

  /** Every edge {@code from -> to} of {@link #dependencies()}, in document order. */
  public List<Map.Entry<String, String>> edges() {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    dependencies.forEach((from, tos) -> tos.forEach(to -> out.add(Map.entry(from, to))));
    return out;
  }
}
