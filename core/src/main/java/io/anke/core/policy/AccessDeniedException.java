package io.anke.core.policy;

import io.anke.crypto.Bilingual;
import java.util.Locale;

/**
 * Thrown by {@link DataAccessGuard} when the policy denies an access; carries the {@link Decision}
 * with its reasons. The message gives them in Chinese and English.
 */
public final class AccessDeniedException extends RuntimeException implements Bilingual {
  private static final long serialVersionUID = 1L;

  private final transient Decision decision;

  AccessDeniedException(Decision decision) {
    super(message(decision));
    this.decision = decision;
  }

  /** The denial. */
  public Decision decision() {
    return decision;
  }

  private static String message(Decision d) {
    return message(d, null);
  }

  /** One line per reason: in {@code locale}, or in both languages when it is null. */
  private static String message(Decision d, Locale locale) {
    StringBuilder out = new StringBuilder();
    for (Reason r : d.reasons()) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(locale == null ? r.text().bothLanguages() : r.text().in(locale));
    }
    return out.toString();
  }

  /** The message in the language of {@code locale}. */
  @Override
  public String messageIn(Locale locale) {
    return decision == null ? getMessage() : message(decision, locale);
  }

  /** {@link #messageIn(Locale)} of the JVM's default locale. */
  @Override
  public String getLocalizedMessage() {
    return messageIn(Locale.getDefault());
  }
}
