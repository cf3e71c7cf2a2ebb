package io.anke.core.masking.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The field paths named for masking ({@code name}, {@code address.street}), as a tree: each node
 * says whether the path up to it is named ({@link #named()}) and which field names continue it.
 * {@link #NONE} is the node below which nothing is named.
 */
public final class FieldPaths {
  /** No path named here or below. */
  public static final FieldPaths NONE = new FieldPaths("", false, Map.of());

  private final String path;
  private final boolean named;
  private final Map<String, FieldPaths> children;

  private FieldPaths(String path, boolean named, Map<String, FieldPaths> children) {
    this.path = path;
    this.named = named;
    this.children = children;
  }

  /**
   * The tree of {@code paths}.
   *
   * @throws io.anke.core.masking.MaskingException when a path is not field names joined by dots
   */
  public static FieldPaths of(Set<String> paths) {
    Builder root = new Builder("");
    for (String p : paths) {
      if (p == null || !isPath(p)) {
        throw Problems.badPath(String.valueOf(p));
      }
      Builder node = root;
      for (String name : p.split("\\.", -1)) {
        String prefix = node.path.isEmpty() ? name : node.path + "." + name;
        node = node.children.computeIfAbsent(name, n -> new Builder(prefix));
      }
      node.named = true;
    }
    return root.build();
  }

  /** True when the path up to here was named: the field is masked as a whole. */
  public boolean named() {
    return named;
  }

  /** The node for field {@code name} below this one, or {@link #NONE}. */
  public FieldPaths child(String name) {
    return children.getOrDefault(name, NONE);
  }

  /** The path from the root to this node, empty at the root. */
  String path() {
    return path;
  }

  /** The field names that continue a named path below this node. */
  Set<String> childNames() {
    return children.keySet();
  }

  /** The named path that continues with {@code name}, for messages. */
  String pathTo(String name) {
    FieldPaths c = children.get(name);
    return c != null ? c.path : name;
  }

  private static boolean isPath(String p) {
    if (p.isEmpty()) {
      return false;
    }
    for (String name : p.split("\\.", -1)) {
      if (name.isEmpty() || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
        return false;
      }
      if (!name.codePoints().allMatch(Character::isJavaIdentifierPart)) {
        return false;
      }
    }
    return true;
  }

  private static final class Builder {
    final String path;
    final Map<String, Builder> children = new LinkedHashMap<>();
    boolean named;

    Builder(String path) {
      this.path = path;
    }

    FieldPaths build() {
      if (!named && children.isEmpty()) {
        return NONE;
      }
      Map<String, FieldPaths> built = new LinkedHashMap<>();
      children.forEach((name, b) -> built.put(name, b.build()));
      return new FieldPaths(path, named, Collections.unmodifiableMap(built));
    }
  }
}
