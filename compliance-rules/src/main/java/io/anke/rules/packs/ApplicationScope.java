package io.anke.rules.packs;

import io.anke.rules.archive.ArchiveEntry;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells the application's own entries from those of the libraries it bundles, during one archive
 * walk: a nested archive under {@code BOOT-INF/lib/}, {@code WEB-INF/lib/} or an ear's (or
 * directory's) {@code lib/} is a library, and so is everything inside it. The configuration and
 * data rules judge only the application's own files: a library's bundled defaults are not the
 * deployment's configuration. Not thread-safe; one instance per walk.
 */
public final class ApplicationScope {
  private static final Pattern LIBRARY =
      Pattern.compile("(?:.*/)?(?:BOOT-INF/lib|WEB-INF/lib|lib)/[^/]+", Pattern.CASE_INSENSITIVE);

  private final Set<String> libraries = new HashSet<>();

  /**
   * Records a container met by the walker; returns true when it belongs to the application (the
   * walk root, a war inside an ear, an application module), false for a bundled library.
   */
  public boolean enter(ArchiveEntry archive) {
    boolean library =
        !archive.chain().isEmpty()
            && (LIBRARY.matcher(archive.name()).matches() || !own(archive.chain()));
    if (library) {
      libraries.add(archive.path());
    }
    return !library;
  }

  /** True when the entry is the application's own (no library among its containers). */
  public boolean own(ArchiveEntry entry) {
    return own(entry.chain());
  }

  private boolean own(Iterable<String> chain) {
    for (String container : chain) {
      if (libraries.contains(container)) {
        return false;
      }
    }
    return true;
  }
}
