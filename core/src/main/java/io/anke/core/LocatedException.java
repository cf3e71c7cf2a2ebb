package io.anke.core;

/**
 * The shared shape of {@link ConfigurationException} and {@link InputException}: an error that
 * names its source and, when known, the line, with a message prefixed the way compilers do ({@code
 * file:line: }) so that editors can jump to it. The two subtypes stay distinct because they map to
 * different exit codes.
 */
abstract class LocatedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  LocatedException(String source, int line, String message, Throwable cause) {
    super(prefix(source, line) + message, cause);
    this.source = source;
    this.line = line;
  }

  /** The file or stream the error is about, or null when it is not tied to one. */
  public String source() {
    return source;
  }

  /** 1-based line number, 0 when unknown. */
  public int line() {
    return line;
  }

  static String prefix(String source, int line) {
    if (source == null || source.isEmpty()) {
      return "";
    }
    return line > 0 ? source + ":" + line + ": " : source + ": ";
  }
}
