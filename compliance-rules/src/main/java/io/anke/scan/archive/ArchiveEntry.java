package io.anke.scan.archive;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One file met while walking a target: a class or resource inside an archive (at any nesting depth)
 * or inside a directory, or a container itself (an archive or a directory root) when passed to
 * {@link ArchiveVisitor#enterArchive} and {@link ArchiveVisitor#leaveArchive}.
 *
 * @param path full display path, e.g. {@code app.jar!/BOOT-INF/lib/x.jar!/com/x/Foo.class}; inside
 *     a directory {@code target/classes/com/x/Foo.class}
 * @param chain display paths of the containers holding this entry, outermost first, e.g. {@code
 *     [app.jar, app.jar!/BOOT-INF/lib/x.jar]}; empty for a walk root
 * @param name the entry name inside its innermost container, e.g. {@code com/x/Foo.class}
 * @param size uncompressed size in bytes when the container declares it, otherwise -1
 * @param release the Java release of a multi-release entry ({@code META-INF/versions/N/...}), 0 for
 *     an ordinary entry
 */
public record ArchiveEntry(String path, List<String> chain, String name, long size, int release) {

  private static final String VERSIONS = "META-INF/versions/";

  /**
   * Folders whose archives are libraries the target bundles, not its own code: Spring Boot's {@code
   * BOOT-INF/lib}, a war's {@code WEB-INF/lib}, an ear's or a distribution's {@code lib/}, and the
   * usual variants.
   */
  private static final Set<String> LIBRARY_FOLDERS =
      Set.of("lib", "libs", "lib-provided", "dependency", "dependencies");

  /** Validates and copies the chain. */
  public ArchiveEntry {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    chain = List.copyOf(chain);
  }

  /** Creates an entry, deriving {@link #release()} from a {@code META-INF/versions/N/} name. */
  public static ArchiveEntry of(String path, List<String> chain, String name, long size) {
    return new ArchiveEntry(path, chain, name, size, releaseOf(name));
  }

  /** Display path of the innermost container (archive or directory), or "" for a walk root. */
  public String container() {
    return chain.isEmpty() ? "" : chain.get(chain.size() - 1);
  }

  /** The outermost container: the target the walk was started on. */
  public String root() {
    return chain.isEmpty() ? path : chain.get(0);
  }

  /** Number of containers around this entry: 1 for an entry of the target itself. */
  public int depth() {
    return chain.size();
  }

  /**
   * True when the entry lies inside a library the walk target bundles: one of its containers is an
   * archive in a library folder ({@code BOOT-INF/lib/x.jar}, {@code WEB-INF/lib/x.jar}, an ear's
   * {@code lib/x.jar}, …) of the container around it. The walk target itself, a war inside an ear
   * and the classes of {@code BOOT-INF/classes} are the application's own. This is the one place
   * that tells bundled libraries from the application, for the bytecode scanner and the
   * configuration and data collectors alike.
   */
  public boolean inBundledLibrary() {
    for (int i = 1; i < chain.size(); i++) {
      if (inLibraryFolder(chain.get(i - 1), chain.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * For a nested archive (as passed to {@link ArchiveVisitor#enterArchive}): true when it is a
   * bundled library itself or lies inside one.
   */
  public boolean isBundledLibrary() {
    return inBundledLibrary() || (!chain.isEmpty() && inLibraryFolder(container(), path));
  }

  /** True when {@code inner}, a path inside {@code outer}, sits in a library folder of it. */
  private static boolean inLibraryFolder(String outer, String inner) {
    if (!inner.startsWith(outer) || inner.length() <= outer.length()) {
      return false;
    }
    String nested = inner.substring(outer.length());
    nested = nested.startsWith("!/") ? nested.substring(2) : nested.substring(1);
    String[] segments = nested.split("/");
    for (int s = 0; s < segments.length - 1; s++) {
      if (LIBRARY_FOLDERS.contains(segments[s].toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** True when the entry is a class file (by name). */
  public boolean isClass() {
    return name.endsWith(".class");
  }

  /**
   * The binary class name this entry should hold, with the layout prefixes of Spring Boot ({@code
   * BOOT-INF/classes/}), web archives ({@code WEB-INF/classes/}) and multi-release jars removed,
   * e.g. {@code com/x/Foo}; null when the entry is not a class file. The name inside the class file
   * is authoritative; this is what the layout implies.
   */
  public String className() {
    if (!isClass()) {
      return null;
    }
    String n = name;
    if (release > 0) {
      n = n.substring(n.indexOf('/', VERSIONS.length()) + 1);
    }
    for (String prefix : new String[] {"BOOT-INF/classes/", "WEB-INF/classes/"}) {
      if (n.startsWith(prefix)) {
        n = n.substring(prefix.length());
        break;
      }
    }
    return n.substring(0, n.length() - ".class".length());
  }

  /** The release number of a {@code META-INF/versions/N/...} name, 0 otherwise. */
  static int releaseOf(String name) {
    if (!name.startsWith(VERSIONS)) {
      return 0;
    }
    int slash = name.indexOf('/', VERSIONS.length());
    if (slash <= VERSIONS.length()) {
      return 0;
    }
    String digits = name.substring(VERSIONS.length(), slash);
    if (digits.length() > 4 || !digits.chars().allMatch(Character::isDigit)) {
      return 0;
    }
    return Integer.parseInt(digits);
  }
}
