package io.anke.core.bom;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * The coordinates from a root to a component, root first: an immutable list that shares its prefix
 * with the path of the component's parent. A reader gives each component {@code
 * parent.append(coordinate)}, so the paths of a whole graph take memory linear in the number of
 * components, however deep the graph is; a copied list per component would take the square of the
 * depth.
 *
 * <p>What a finding or message shows is {@link #bounded(List)}: long paths are elided in the
 * middle, so that a report grows linearly with the components too.
 */
public final class DependencyPath extends AbstractList<String> {
  /** Paths up to this many coordinates are shown whole. */
  public static final int SHOWN_WHOLE = 13;

  /** Coordinates kept at each end of a longer path; the middle becomes one marker. */
  public static final int KEPT_AT_EACH_END = 6;

  private static final DependencyPath EMPTY = new DependencyPath(null, null, 0, 1, new String[0]);

  private final DependencyPath parent;
  private final String last;
  private final int size;

  /** {@link List#hashCode()} of this path, computed once from the parent's. */
  private final int hash;

  /**
   * The first {@link #KEPT_AT_EACH_END} coordinates, shared with the parent once it has that many:
   * {@link #bounded} needs them without walking the whole path.
   */
  private final String[] head;

  private DependencyPath(DependencyPath parent, String last, int size, int hash, String[] head) {
    this.parent = parent;
    this.last = last;
    this.size = size;
    this.hash = hash;
    this.head = head;
  }

  /** The empty path. */
  public static DependencyPath empty() {
    return EMPTY;
  }

  /** The path itself when {@code coordinates} is one, else a path with the same elements. */
  public static DependencyPath of(List<String> coordinates) {
    if (coordinates == null) {
      return EMPTY;
    }
    if (coordinates instanceof DependencyPath p) {
      return p;
    }
    DependencyPath p = EMPTY;
    for (String c : coordinates) {
      p = p.append(c);
    }
    return p;
  }

  /** This path followed by {@code coordinate}; this path is shared, not copied. */
  public DependencyPath append(String coordinate) {
    Objects.requireNonNull(coordinate, "coordinate");
    String[] h = head;
    if (h.length < KEPT_AT_EACH_END) {
      h = Arrays.copyOf(head, head.length + 1);
      h[head.length] = coordinate;
    }
    return new DependencyPath(this, coordinate, size + 1, 31 * hash + coordinate.hashCode(), h);
  }

  /** The path without its last coordinate; the empty path for the empty path. */
  public DependencyPath parent() {
    return size == 0 ? EMPTY : parent;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public String get(int index) {
    Objects.checkIndex(index, size);
    DependencyPath p = this;
    for (int steps = size - 1 - index; steps > 0; steps--) {
      p = p.parent;
    }
    return p.last;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public boolean equals(Object o) {
    if (o instanceof DependencyPath p && (p.size != size || p.hash != hash)) {
      return false;
    }
    return super.equals(o);
  }

  @Override
  public Iterator<String> iterator() {
    return Collections.unmodifiableList(Arrays.asList(toArray())).iterator();
  }

  @Override
  public String[] toArray() {
    String[] out = new String[size];
    DependencyPath p = this;
    for (int i = size - 1; i >= 0; i--) {
      out[i] = p.last;
      p = p.parent;
    }
    return out;
  }

  /**
   * What a finding carries of a path: the whole path up to {@link #SHOWN_WHOLE} coordinates; beyond
   * that the first and last {@link #KEPT_AT_EACH_END}, with one marker between them that says how
   * many were left out ({@code "… 19988 …"}). The root (and the direct dependency that pulled the
   * component in) and the component's nearest parents are always shown.
   */
  public static List<String> bounded(List<String> path) {
    if (path == null || path.isEmpty()) {
      return List.of();
    }
    if (path.size() <= SHOWN_WHOLE) {
      return List.copyOf(path);
    }
    String[] out = new String[2 * KEPT_AT_EACH_END + 1];
    out[KEPT_AT_EACH_END] = elision(path.size() - 2 * KEPT_AT_EACH_END);
    if (path instanceof DependencyPath p) {
      // Both ends without walking the middle: a finding costs the same at any depth.
      System.arraycopy(p.head, 0, out, 0, KEPT_AT_EACH_END);
      DependencyPath q = p;
      for (int i = out.length - 1; i > KEPT_AT_EACH_END; i--) {
        out[i] = q.last;
        q = q.parent;
      }
    } else {
      String[] all = path.toArray(new String[0]);
      System.arraycopy(all, 0, out, 0, KEPT_AT_EACH_END);
      System.arraycopy(
          all, all.length - KEPT_AT_EACH_END, out, KEPT_AT_EACH_END + 1, KEPT_AT_EACH_END);
    }
    return List.of(out);
  }

  /** The marker that stands for {@code omitted} coordinates in a {@link #bounded} path. */
  public static String elision(int omitted) {
    return "… " + omitted + " …";
  }
}
