package io.anke.core.audit;

import io.anke.core.rule.Text;
import io.anke.crypto.Bilingual;
import java.util.Locale;

/**
 * The audit trail cannot keep a record: the directory is locked by another process, a write or a
 * force failed, the log is closed, or its last record does not verify. Once a write has failed,
 * every later append fails too, so no record goes missing silently. The message names the file and
 * says what to do, in Chinese and English.
 */
public class AuditException extends RuntimeException implements Bilingual {
  private static final long serialVersionUID = 1L;

  private final transient Text text;

  /**
   * @param text what went wrong, in both languages
   * @param cause the underlying failure, or null
   */
  public AuditException(Text text, Throwable cause) {
    super(text.bothLanguages(), cause);
    this.text = text;
  }

  /** The message in both languages. */
  public Text text() {
    return text;
  }

  /** The message in the language of {@code locale}. */
  @Override
  public String messageIn(Locale locale) {
    return text == null ? getMessage() : text.in(locale);
  }

  /** {@link #messageIn(Locale)} of the JVM's default locale. */
  @Override
  public String getLocalizedMessage() {
    return messageIn(Locale.getDefault());
  }
}
