package io.anke.core;

import io.anke.crypto.Bilingual;

/**
 * A usage or configuration error (exit code 2): a malformed waiver file, an unknown profile, a
 * profile that extends itself. Names the file and, when known, the line ({@link #source()}, {@link
 * #line()}).
 */
public class ConfigurationException extends LocatedException {
  private static final long serialVersionUID = 1L;

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
    super(source, line, message, cause);
  }

  /**
   * Same as {@link #ConfigurationException(String, int, String)} with a message in both languages;
   * {@link #getMessage()} is the English one.
   */
  public ConfigurationException(String source, int line, Bilingual message) {
    this(source, line, message, null);
  }

  /** Same as {@link #ConfigurationException(String, int, Bilingual)}, keeping the cause. */
  public ConfigurationException(String source, int line, Bilingual message, Throwable cause) {
    super(source, line, message, cause);
  }
}
