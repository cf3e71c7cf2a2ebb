package io.anke.core.rule;

import java.util.Locale;
import java.util.Objects;

/**
 * A text a person reads, in Chinese and in English. Reports choose one by locale and may show the
 * other beside it.
 *
 * @param zh the Simplified Chinese text
 * @param en the English text
 */
public record Text(String zh, String en) {

  /** Rejects null halves: a missing translation is a bug, not an empty string. */
  public Text {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }

  /** A text with both languages. */
  public static Text of(String zh, String en) {
    return new Text(zh, en);
  }

  /** A text that reads the same in both languages, such as a class name or a version. */
  public static Text same(String both) {
    return new Text(both, both);
  }

  /**
   * The text in the language of {@code locale}: Chinese for any {@code zh} locale, else English.
   */
  public String in(Locale locale) {
    return isChinese(locale) ? zh : en;
  }

  /** The text in the other language than {@link #in(Locale)}. */
  public String otherThan(Locale locale) {
    return isChinese(locale) ? en : zh;
  }

  /**
   * Both languages on one line, Chinese first: {@code zh | en}, the form of log lines and exception
   * messages that readers of either language see.
   */
  public String bothLanguages() {
    return zh + " | " + en;
  }

  /** True when {@code locale} selects the Chinese half. */
  public static boolean isChinese(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage());
  }
}
