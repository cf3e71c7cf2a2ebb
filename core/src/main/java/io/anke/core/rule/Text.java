package io.anke.core.rule;

import io.anke.crypto.Bilingual;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text a person reads, in Chinese and in English. Reports choose one by locale and may show the
 * other beside it.
 *
 * @param zh the Simplified Chinese text
 * @param en the English text
 */
public record Text(String zh, String en) implements Bilingual {

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
   * The texts as one list, each language punctuated its own way: a full-width {@code ；} between the
   * Chinese items and {@code ; } between the English ones.
   */
  public static Text listOf(List<Text> items) {
    List<String> zh = new ArrayList<>(items.size());
    List<String> en = new ArrayList<>(items.size());
    for (Text t : items) {
      zh.add(t.zh());
      en.add(t.en());
    }
    return new Text(String.join("；", zh), String.join("; ", en));
  }

  /**
   * The message of {@code cause} in both languages, for use as an argument of another message: its
   * own two languages when it is {@link Bilingual}, else its message (or, without one, its type
   * name) in both.
   */
  public static Text messageOf(Throwable cause) {
    Objects.requireNonNull(cause, "cause");
    if (cause instanceof Bilingual b) {
      return new Text(b.messageIn(Locale.SIMPLIFIED_CHINESE), b.messageIn(Locale.ENGLISH));
    }
    String m = cause.getMessage();
    return same(m == null ? cause.getClass().getName() : m);
  }

  /**
   * The text in the language of {@code locale}: Chinese for any {@code zh} locale, else English.
   */
  public String in(Locale locale) {
    return isChinese(locale) ? zh : en;
  }

  /** Same as {@link #in(Locale)}: the text as {@link Bilingual} callers read it. */
  @Override
  public String messageIn(Locale locale) {
    return in(locale);
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
