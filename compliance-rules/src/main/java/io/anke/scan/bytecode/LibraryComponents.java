package io.anke.scan.bytecode;

import io.anke.core.bom.Component;
import io.anke.core.bom.Purl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The components of a scan's bills of materials by package URL, to name the library a class belongs
 * to: the {@code CRYPTO-} rules name a library class's finding by it (with its dependency path),
 * and a CycloneDX output links the cryptographic assets a library's code uses to it.
 */
public final class LibraryComponents {
  private final Map<Purl, List<Component>> byPurl;

  private LibraryComponents(Map<Purl, List<Component>> byPurl) {
    this.byPurl = byPurl;
  }

  /** The components that have a package URL, indexed by it (version included, qualifiers not). */
  public static LibraryComponents of(Stream<Component> components) {
    Map<Purl, List<Component>> m = new HashMap<>();
    components.forEach(
        c -> {
          Purl p = c.purl() == null ? null : Purl.parse(c.purl());
          if (p != null) {
            m.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
          }
        });
    return new LibraryComponents(m);
  }

  /**
   * The component that holds a class: the one with the class's package URL read from the very
   * archive the class is in (the same library bundled by two archives has two paths), else the one
   * with the shortest dependency path; null when the class has no package URL or none matches.
   */
  public Component holding(CodeLocation at) {
    return find(at.purl(), c -> at.archive().equals(c.origin().pointer()));
  }

  /**
   * The component with a package URL: the first that is {@code preferred}, else the one with the
   * shortest dependency path; null when none has it (or {@code purl} is null or malformed).
   */
  public Component find(String purl, Predicate<Component> preferred) {
    Purl wanted = purl == null ? null : Purl.parse(purl);
    if (wanted == null) {
      return null;
    }
    Component best = null;
    for (Component c : byPurl.getOrDefault(wanted, List.of())) {
      if (preferred.test(c)) {
        return c;
      }
      if (best == null || c.dependencyPath().size() < best.dependencyPath().size()) {
        best = c;
      }
    }
    return best;
  }
}
