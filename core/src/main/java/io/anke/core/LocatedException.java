package io.anke.core;

import io.anke.crypto.Bilingual;
import java.util.Locale;

/**
 * The shared shape of {@link ConfigurationException} and {@link InputException}: an error that
 * names its source and, when known, the line, with a message prefixed the way compilers do ({@code
 * file:line: }) so that editors can jump to it. The two subtypes stay distinct because they map to
 * different exit codes.
 */
abstract class LocatedException extends RuntimeException implements Bilingual {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final transient Bilingual detail;

  LocatedException(String source, int line, String message, Throwable cause) {
    super(prefix(source, line) + message, cause);
    this.source = source;
    this.line = line;
    this.detail = null;
  }

  LocatedException(String source, int line, Bilingual message, Throwable cause) {
    super(prefix(source, line) + message.messageIn(Locale.ENGLISH), cause);
    this.source = source;
    this.line = line;
    this.detail = message;
  }

  /**
   * The message in the language of {@code locale}, behind the same {@code file:line: } prefix as
   * {@link #getMessage()} (which is the English one). A message given as a plain string reads the
   * same in both languages.
   */
  @Override
  public String messageIn(Locale locale) {
    return detail == null ? getMessage() : prefix(source, line) + detail.messageIn(locale);
  }

  /** {@link #messageIn(Locale)} of the JVM's default locale. */
  @Override
  public String getLocalizedMessage() {
    return messageIn(Locale.getDefault());
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
