package io.anke.core.rule;

import io.anke.core.bom.Origin;

/**
 * Where a finding was seen, with what is known.
 *
 * @param file the file relative to the scan's working directory (an SBOM, an inventory, an archive
 *     path such as {@code app.jar!/BOOT-INF/lib/x.jar!/com/x/Foo.class}, a {@code pom.xml}), or
 *     empty when not known
 * @param line 1-based line, or 0 when not known
 * @param className the binary class name for bytecode findings, else null
 * @param method the method name (with descriptor when useful), else null
 */
public record Location(String file, int line, String className, String method) {

  /** A location that is not known. Reports fall back to the scanned input. */
  public static final Location NONE = new Location("", 0, null, null);

  /** Validates the fields. */
  public Location {
    file = file == null ? "" : file;
    if (line < 0) {
      throw new IllegalArgumentException("line must be 0 (unknown) or positive, was " + line);
    }
    className = className == null || className.isEmpty() ? null : className;
    method = method == null || method.isEmpty() ? null : method;
  }

  /**
   * Where a component was read: the archive entry path when the origin has one ({@code
   * app.jar!/BOOT-INF/lib/x.jar}), else the origin's file, with its line.
   */
  public static Location of(Origin origin) {
    String pointer = origin.pointer();
    String file = pointer != null && pointer.contains("!/") ? pointer : origin.file();
    return new Location(file, origin.line(), null, null);
  }

  /** A file without a line. */
  public static Location of(String file) {
    return new Location(file, 0, null, null);
  }

  /** A file and a 1-based line. */
  public static Location of(String file, int line) {
    return new Location(file, line, null, null);
  }

  /** A class (and method) inside a file or archive. */
  public static Location inClass(String file, String className, String method) {
    return new Location(file, 0, className, method);
  }

  /** True when nothing is known. */
  public boolean isUnknown() {
    return file.isEmpty() && line == 0 && className == null && method == null;
  }

  /**
   * The outermost real file of {@link #file()}: {@code app.jar} for {@code
   * app.jar!/BOOT-INF/lib/x.jar}; the file itself otherwise.
   */
  public String outerFile() {
    int bang = file.indexOf("!/");
    return bang < 0 ? file : file.substring(0, bang);
  }

  /** {@code file:line class#method} with the parts that are known. */
  public String display() {
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(':').append(line);
    }
    if (className != null) {
      s.append(s.length() == 0 ? "" : " ").append(className);
      if (method != null) {
        s.append('#').append(method);
      }
    }
    return s.toString();
  }
}
