package io.anke.scan.bom.internal;

import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.bom.DependencyPath;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A dependency graph over document-local references (CycloneDX bom-refs, SPDX ids, archive paths)
 * as the document states it, which also yields, for each node, the shortest path from a root,
 * breadth-first in document order, so that paths are deterministic and cycles are harmless.
 */
public final class DependencyGraph {
  /** Every node met, in document order: the candidates for roots. */
  private final Set<String> nodes = new LinkedHashSet<>();

  /** What the document states: each declared node and its edges, in document order. */
  private final Map<String, Set<String>> declared = new LinkedHashMap<>();

  private final Set<String> hasParent = new HashSet<>();

  /** Adds an edge {@code from -> to} ("from depends on or contains to"). */
  public void edge(String from, String to) {
    if (from == null || to == null) {
      return;
    }
    declare(from);
    declared.get(from).add(to);
    nodes.add(to);
    if (!from.equals(to)) {
      hasParent.add(to);
    }
  }

  /**
   * Declares a node's dependencies known, even when it has none (a CycloneDX {@code dependencies}
   * entry without {@code dependsOn} says "depends on nothing", which is not the same as not
   * saying).
   */
  public void declare(String ref) {
    if (ref != null) {
      nodes.add(ref);
      declared.computeIfAbsent(ref, k -> new LinkedHashSet<>());
    }
  }

  /** Registers a node without saying anything about its dependencies, so that it can be a root. */
  public void node(String ref) {
    if (ref != null) {
      nodes.add(ref);
    }
  }

  /** True when no edge was added. */
  public boolean isEmpty() {
    return hasParent.isEmpty();
  }

  /** The graph as stated: each declared node to its dependencies, in document order. */
  public Map<String, List<String>> asMap() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    declared.forEach((from, to) -> out.put(from, List.copyOf(to)));
    return out;
  }

  /**
   * A bill of materials of {@code components} (each identified by its {@link Component#ref()}) with
   * this graph, each component given its shortest path from {@code roots}.
   */
  public BillOfMaterials bom(String source, List<Component> components, List<String> roots) {
    Map<String, String> coordinates = new HashMap<>();
    for (Component c : components) {
      if (c.ref() != null) {
        coordinates.putIfAbsent(c.ref(), CycloneDxReader.coordinate(c));
      }
    }
    Map<String, DependencyPath> paths =
        isEmpty() ? Map.of() : paths(roots, x -> coordinates.getOrDefault(x, x));
    List<Component> out = new ArrayList<>(components.size());
    for (Component c : components) {
      DependencyPath path = c.ref() == null ? null : paths.get(c.ref());
      out.add(path == null ? c : c.toBuilder().dependencyPath(path).build());
    }
    return new BillOfMaterials(source, out, asMap());
  }

  /**
   * The path (root first, the node last) to every reachable node. Paths share their prefixes, so
   * that all of them together take memory linear in the size of the graph.
   *
   * @param preferredRoots roots to start from first (the document's subject); nodes that nothing
   *     depends on are roots too, in document order
   * @param coordinate how a path names a node ({@code group:name:version})
   */
  public Map<String, DependencyPath> paths(
      List<String> preferredRoots, Function<String, String> coordinate) {
    List<String> roots = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String r : preferredRoots) {
      if (r != null && nodes.contains(r) && seen.add(r)) {
        roots.add(r);
      }
    }
    for (String n : nodes) {
      if (!hasParent.contains(n) && seen.add(n)) {
        roots.add(n);
      }
    }
    Map<String, DependencyPath> result = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    for (String r : roots) {
      result.put(r, DependencyPath.empty().append(coordinate.apply(r)));
      queue.add(r);
    }
    while (!queue.isEmpty()) {
      String n = queue.poll();
      DependencyPath here = result.get(n);
      for (String child : declared.getOrDefault(n, Set.of())) {
        if (seen.add(child)) {
          result.put(child, here.append(coordinate.apply(child)));
          queue.add(child);
        }
      }
    }
    return result;
  }
}
