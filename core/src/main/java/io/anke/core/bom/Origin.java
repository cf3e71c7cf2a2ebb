package io.anke.core.bom;

import io.anke.core.internal.CoreMessage;

/**
 * Where a component was read, so that a finding can point a reviewer at it.
 *
 * @param file the SBOM, inventory or archive path relative to the scan's working directory (or a
 *     host file such as {@code /etc/os-release}); never null, may be empty when unknown
 * @param line 1-based line number, or 0 when the parser does not know it
 * @param pointer an optional JSON pointer or archive entry path such as {@code
 *     app.jar!/BOOT-INF/lib/x.jar}; null when there is none
 * @param fact true when {@code file} names something read that is not a file (the running JVM's
 *     system properties); then there is no line and no pointer
 */
public record Origin(String file, int line, String pointer, boolean fact) {

  /** An origin for components whose source is not known. */
  public static final Origin UNKNOWN = new Origin("", 0, null);

  /** Validates the fields. */
  public Origin {
    file = file == null ? "" : file;
    if (line < 0) {
      throw new IllegalArgumentException(CoreMessage.LINE_NOT_NEGATIVE.english(line));
    }
    pointer = pointer == null || pointer.isEmpty() ? null : pointer;
    if (fact && (file.isEmpty() || line != 0 || pointer != null)) {
      throw new IllegalArgumentException(CoreMessage.FACT_NAMED_BY_DESCRIPTION.english(file));
    }
  }

  /** An origin in a file (or an archive entry). */
  public Origin(String file, int line, String pointer) {
    this(file, line, pointer, false);
  }

  /**
   * Something read that is not a file, such as {@code JVM system properties}.
   *
   * @throws IllegalArgumentException when {@code what} is null or empty
   */
  public static Origin fact(String what) {
    return new Origin(what, 0, null, true);
  }

  /** An origin that names only the file. */
  public static Origin of(String file) {
    return new Origin(file, 0, null);
  }

  /** An origin with a file and a 1-based line. */
  public static Origin of(String file, int line) {
    return new Origin(file, line, null);
  }

  /** {@code file:line (pointer)} with the parts that are known, for messages and reports. */
  public String display() {
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(':').append(line);
    }
    if (pointer != null) {
      s.append(s.length() == 0 ? "" : " ").append('(').append(pointer).append(')');
    }
    return s.toString();
  }
}
