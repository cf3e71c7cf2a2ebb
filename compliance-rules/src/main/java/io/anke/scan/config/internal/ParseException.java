package io.anke.scan.config.internal;

import io.anke.core.rule.Text;
import io.anke.crypto.Bilingual;
import java.util.Locale;

/**
 * A configuration file that cannot be parsed, with the line where parsing stopped (0 if unknown).
 */
public final class ParseException extends Exception implements Bilingual {
  private static final long serialVersionUID = 1L;

  private final int line;

  private final transient Text text;

  /** A parse failure at {@code line}; the message reads the same in both languages. */
  public ParseException(int line, String message) {
    this(line, Text.same(message));
  }

  /** A parse failure at {@code line}; {@link #getMessage()} is the English message. */
  public ParseException(int line, Text message) {
    super(message.en());
    this.line = line;
    this.text = message;
  }

  @Override
  public String messageIn(Locale locale) {
    return text == null ? getMessage() : text.in(locale);
  }

  /** The 1-based line, or 0. */
  public int line() {
    return line;
  }
}
