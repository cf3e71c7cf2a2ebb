package io.anke.scan.config.internal;

/**
 * A configuration file that cannot be parsed, with the line where parsing stopped (0 if unknown).
 */
public final class ParseException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;

  /** A parse failure at {@code line}. */
  public ParseException(int line, String message) {
    super(message);
    this.line = line;
  }

  /** The 1-based line, or 0. */
  public int line() {
    return line;
  }
}
