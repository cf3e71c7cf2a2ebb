package io.anke.core.classification;

import io.anke.core.rule.Text;
import io.anke.crypto.Bilingual;
import java.util.Locale;

/**
 * A type's classification annotations contradict each other or the protection level (thrown at the
 * type's first use). The message names the type and the field, in Chinese and English.
 */
public final class ClassificationException extends IllegalStateException implements Bilingual {
  private static final long serialVersionUID = 1L;

  private final transient Class<?> type;
  private final String field;

  private final transient Text text;

  /** {@link #getMessage()} shows both languages, {@code Chinese | English}. */
  ClassificationException(Class<?> type, String field, Text message) {
    super(message.bothLanguages());
    this.type = type;
    this.field = field;
    this.text = message;
  }

  /** The type whose annotations are wrong. */
  public Class<?> type() {
    return type;
  }

  /** The field concerned, or null when the type's own annotation is wrong. */
  public String field() {
    return field;
  }

  /** The message in both languages. */
  Text text() {
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
