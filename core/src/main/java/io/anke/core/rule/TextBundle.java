package io.anke.core.rule;

import io.anke.crypto.Bilingual;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Reads bilingual {@link Text} from a pair of resource bundles: {@code Messages.properties}
 * (English) and {@code Messages_zh_CN.properties} (Chinese), both UTF-8. Rules use it for their
 * titles, descriptions, messages and remediations.
 *
 * <p>With arguments, both halves are formatted with {@link MessageFormat} (so a literal quote is
 * written {@code ''}), a {@link Text} (or any {@link Bilingual}, such as an exception) argument in
 * each half's language; without arguments the text is returned as written.
 */
public final class TextBundle {
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String baseName;
  private final ResourceBundle english;
  private final ResourceBundle chinese;

  private TextBundle(String baseName, ResourceBundle english, ResourceBundle chinese) {
    this.baseName = baseName;
    this.english = english;
    this.chinese = chinese;
  }

  /**
   * Loads both bundles.
   *
   * @param baseName the bundle's base name, such as {@code io.anke.rules.crypto.Messages}
   * @param loader the class loader that holds the bundle (usually {@code X.class.getClassLoader()})
   * @throws MissingResourceException when either language is missing
   */
  public static TextBundle of(String baseName, ClassLoader loader) {
    Objects.requireNonNull(baseName, "baseName");
    Objects.requireNonNull(loader, "loader");
    // No fallback: the English bundle must not silently become the JVM's default-locale bundle.
    ResourceBundle en = ResourceBundle.getBundle(baseName, Locale.ROOT, loader, NO_FALLBACK);
    ResourceBundle zh =
        ResourceBundle.getBundle(baseName, Locale.SIMPLIFIED_CHINESE, loader, NO_FALLBACK);
    if (zh.getLocale() == null || !"zh".equals(zh.getLocale().getLanguage())) {
      throw new MissingResourceException(
          "no zh_CN translation of bundle " + baseName, baseName, "");
    }
    return new TextBundle(baseName, en, zh);
  }

  /** True when both languages define {@code key}. */
  public boolean has(String key) {
    return english.containsKey(key) && chinese.containsKey(key);
  }

  /**
   * The text under {@code key}, formatted with {@code args} when there are any.
   *
   * @throws MissingResourceException naming the bundle and key when a language lacks it
   */
  public Text text(String key, Object... args) {
    return new Text(
        format(chinese, key, Locale.SIMPLIFIED_CHINESE, false, args),
        format(english, key, Locale.ENGLISH, false, args));
  }

  /**
   * The text under {@code key}, always formatted with {@link MessageFormat} (also without
   * arguments, so that a literal quote is written {@code ''} in every entry of the bundle): the
   * form of bundles of messages, such as a module's error messages. Numbers read as string
   * concatenation writes them ({@code 1234}, not {@code 1,234}).
   *
   * @throws MissingResourceException naming the bundle and key when a language lacks it
   */
  public Text format(String key, Object... args) {
    Object[] plain = args.clone();
    for (int i = 0; i < plain.length; i++) {
      if (plain[i] instanceof Number n) {
        plain[i] = String.valueOf(n);
      }
    }
    return new Text(
        format(chinese, key, Locale.SIMPLIFIED_CHINESE, true, plain),
        format(english, key, Locale.ENGLISH, true, plain));
  }

  private String format(
      ResourceBundle bundle, String key, Locale locale, boolean always, Object... args) {
    if (!bundle.containsKey(key)) {
      throw new MissingResourceException(
          "missing key '" + key + "' in " + baseName + " (" + locale + ")", baseName, key);
    }
    String pattern = bundle.getString(key);
    if (args.length == 0 && !always) {
      return pattern;
    }
    // A bilingual argument gives each language its own half.
    Object[] inLanguage = args.clone();
    for (int i = 0; i < inLanguage.length; i++) {
      if (inLanguage[i] instanceof Bilingual b) {
        inLanguage[i] = b.messageIn(locale);
      }
    }
    return new MessageFormat(pattern, locale).format(inLanguage);
  }
}
