package io.anke.core;

import io.anke.crypto.Bilingual;

/**
 * Unreadable or invalid input (exit code 3): a malformed SBOM, a CSV with a bad row, a zip bomb, a
 * nested-archive loop, XML with external entities. It names the source and, when known, the line
 * ({@link #source()}, {@link #line()}), so that the message reads {@code hw.csv:12: quantity 'x' is
 * not a number}.
 */
public class InputException extends LocatedException {
  private static final long serialVersionUID = 1L;

  /**
   * @param source the file (or "standard input", or an archive path such as {@code app.jar!/x})
   * @param line 1-based line number, or 0 when not known
   * @param message what is wrong, without secrets
   */
  public InputException(String source, int line, String message) {
    this(source, line, message, null);
  }

  /** Same as {@link #InputException(String, int, String)}, keeping the cause. */
  public InputException(String source, int line, String message, Throwable cause) {
    super(source, line, message, cause);
  }

  /**
   * Same as {@link #InputException(String, int, String)} with a message in both languages; {@link
   * #getMessage()} is the English one.
   */
  public InputException(String source, int line, Bilingual message) {
    this(source, line, message, null);
  }

  /** Same as {@link #InputException(String, int, Bilingual)}, keeping the cause. */
  public InputException(String source, int line, Bilingual message, Throwable cause) {
    super(source, line, message, cause);
  }
}
