package io.anke.crypto.internal;

import io.anke.crypto.Bilingual;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One message of this module with its arguments, rendered on demand in Chinese or English from the
 * {@code ErrorMessages} bundles. An argument that is itself {@link Bilingual} (a cause's message, a
 * nested message) is rendered in the same language; every other argument is written with {@link
 * String#valueOf(Object)}, so numbers never get locale-dependent grouping.
 */
public record Message(CryptoMessage id, Object... args) implements Bilingual {

  static final String BUNDLE = "io.anke.crypto.internal.ErrorMessages";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  @Override
  public String messageIn(Locale locale) {
    boolean chinese = locale != null && "zh".equals(locale.getLanguage());
    Locale lang = chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, lang, NO_FALLBACK).getString(id.name());
    } catch (MissingResourceException e) {
      // ErrorMessagesTest keeps every id in both bundles; this only guards a broken build.
      pattern = id.name();
    }
    Object[] rendered = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      rendered[i] = a instanceof Bilingual b ? b.messageIn(locale) : String.valueOf(a);
    }
    return new MessageFormat(pattern, lang).format(rendered);
  }

  /** The English text, the stable form for logs and {@link Throwable#getMessage()}. */
  @Override
  public String toString() {
    return messageIn(Locale.ENGLISH);
  }
}
