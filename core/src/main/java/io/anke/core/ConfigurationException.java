package io.anke.core;

/**
 * A usage or configuration error (exit code 2): a malformed waiver file, an unknown profile, a
 * profile that extends itself. Names the file and, when known, the line.
 */
public class ConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  /**
   * @param source the configuration file, or null when the error is not tied to a file
   * @param line 1-based line number, or 0 when not known
   * @param message what is wrong and, where possible, how to fix it
   */
  public ConfigurationException(String source, int line, String message) {
    this(source, line, message, null);
  }

  /** Same as {@link #ConfigurationException(String, int, String)}, keeping the cause. */
  public ConfigurationException(String source, int line, String message, Throwable cause) {
    super(Locations.prefix(source, line) + message, cause);
    this.source = source;
    this.line = line;
  }

  /** The configuration file, or null. */
  public String source() {
    return source;
  }

  /** 1-based line number, 0 when unknown. */
  public int line() {
    return line;
  }
}
