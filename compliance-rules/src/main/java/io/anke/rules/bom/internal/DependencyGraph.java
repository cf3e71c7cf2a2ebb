package io.anke.rules.bom.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A dependency graph over document-local references (CycloneDX bom-refs, SPDX ids) that yields, for
 * each node, the shortest path from a root, breadth-first in document order, so that paths are
 * deterministic and cycles are harmless.
 */
public final class DependencyGraph {
  private final Map<String, Set<String>> edges = new LinkedHashMap<>();
  private final Set<String> hasParent = new java.util.HashSet<>();

  /** Adds an edge {@code from -> to} ("from depends on or contains to"). */
  public void edge(String from, String to) {
    if (from == null || to == null || from.equals(to)) {
      return;
    }
    edges.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
    edges.computeIfAbsent(to, k -> new LinkedHashSet<>());
    hasParent.add(to);
  }

  /** Registers a node without edges, so that it can be a root. */
  public void node(String ref) {
    if (ref != null) {
      edges.computeIfAbsent(ref, k -> new LinkedHashSet<>());
    }
  }

  /** True when no edge was added. */
  public boolean isEmpty() {
    return hasParent.isEmpty();
  }

  /**
   * The path (root first, the node last) to every reachable node.
   *
   * @param preferredRoots roots to start from first (the document's subject); nodes that nothing
   *     depends on are roots too, in document order
   */
  public Map<String, List<String>> paths(List<String> preferredRoots) {
    List<String> roots = new ArrayList<>();
    for (String r : preferredRoots) {
      if (r != null && edges.containsKey(r)) {
        roots.add(r);
      }
    }
    for (String n : edges.keySet()) {
      if (!hasParent.contains(n) && !roots.contains(n)) {
        roots.add(n);
      }
    }
    Map<String, String> parent = new HashMap<>();
    Set<String> seen = new java.util.HashSet<>(roots);
    Deque<String> queue = new ArrayDeque<>(roots);
    while (!queue.isEmpty()) {
      String n = queue.poll();
      for (String child : edges.getOrDefault(n, Set.of())) {
        if (seen.add(child)) {
          parent.put(child, n);
          queue.add(child);
        }
      }
    }
    Map<String, List<String>> result = new HashMap<>();
    for (String n : seen) {
      List<String> path = new ArrayList<>();
      for (String x = n; x != null; x = parent.get(x)) {
        path.add(x);
      }
      Collections.reverse(path);
      result.put(n, path);
    }
    return result;
  }
}
