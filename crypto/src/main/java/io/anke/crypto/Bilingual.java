package io.anke.crypto;

import java.util.Locale;

/**
 * A failure whose message exists in Chinese and in English. Anke's exceptions implement it so that
 * a program choosing its language per request or per command (as the {@code anke} command's {@code
 * --lang} does) can show the message in that language without changing the JVM's default locale.
 *
 * <p>{@link Throwable#getMessage()} of these exceptions stays English, the stable form for logs and
 * bug reports; {@link Throwable#getLocalizedMessage()} is {@link #messageIn(Locale)} of the default
 * locale.
 */
public interface Bilingual {

  /**
   * The message in the language of {@code locale}: Chinese for any {@code zh} locale, else English.
   */
  String messageIn(Locale locale);
}
