package io.anke.core.guard;

import io.anke.core.bom.BillOfMaterials;
import io.anke.core.catalog.Catalog;
import io.anke.core.rule.InputGap;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the class path a running application uses as bills of materials: the service through which
 * the start-up guard (in {@code core}) gets archives identified the way {@code anke scan}
 * identifies them (in {@code compliance-rules}). Found with {@link java.util.ServiceLoader}; the
 * first implementation found is used.
 */
public interface RuntimeClasspath {

  /**
   * Reads every archive and class directory the application runs with, and the declarations of the
   * application's own classes among them.
   *
   * @param loader the application's class loader; it and its parents are examined
   * @param catalog the catalog the components are identified against
   * @param displayName how reports name a file (relative to the working directory when inside it)
   * @return what was read; an archive that cannot be read is an {@link InputGap} in it, never an
   *     exception
   */
  Contents read(ClassLoader loader, Catalog catalog, Function<Path, String> displayName);

  /**
   * The class path as read.
   *
   * @param boms one bill of materials per archive or directory read, enriched from the catalog, in
   *     class-path order
   * @param archives the files and directories read, absolute, in the same order (the application's
   *     running programs, for integrity checks)
   * @param gaps the entries that could not be read, each naming the entry and why
   * @param facts what the application's own classes declare, for the rules that judge them (the
   *     data classifications of the {@code DATA-} rules); read from the application's own parts
   *     only, never from its libraries
   */
  record Contents(
      List<BillOfMaterials> boms, List<Path> archives, List<InputGap> gaps, List<Object> facts) {
    /** Copies the lists. */
    public Contents {
      boms = List.copyOf(boms);
      archives = List.copyOf(archives);
      gaps = List.copyOf(gaps);
      facts = List.copyOf(facts);
    }

    /** A class path without facts about the application's classes. */
    public Contents(List<BillOfMaterials> boms, List<Path> archives, List<InputGap> gaps) {
      this(boms, archives, gaps, List.of());
    }
  }
}
