package io.anke.scan.config;

import java.util.Locale;
import java.util.Objects;

/**
 * One setting of a configuration file.
 *
 * @param key the key as written: {@code spring.datasource.password} in properties, the dotted path
 *     in YAML ({@code spring.datasource.password}, list items as {@code key[0]}), the element path
 *     in XML with 1-based sibling indexes ({@code web-app[1]/session-config[1]/session-timeout[1]})
 *     and {@code /@name} for an attribute
 * @param value the value as text (never logged or reported by the rules when it may be secret)
 * @param line the 1-based line of the setting, 0 when unknown
 */
public record ConfigEntry(String key, String value, int line) {

  /** Validates. */
  public ConfigEntry {
    Objects.requireNonNull(key, "key");
    value = value == null ? "" : value;
  }

  /**
   * The key as Spring's relaxed binding compares it: lower case, without {@code -} and {@code _},
   * and without XML sibling indexes ({@code spring.datasource.hikari.password}, {@code
   * web-app/session-config/session-timeout} becomes {@code webapp/sessionconfig/sessiontimeout}).
   */
  public String canonicalKey() {
    return canonical(key);
  }

  /** The canonical form of any key. */
  public static String canonical(String key) {
    StringBuilder b = new StringBuilder(key.length());
    boolean inIndex = false;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '[' && key.indexOf(']', i) > 0 && isXmlIndex(key, i)) {
        inIndex = true;
        continue;
      }
      if (inIndex) {
        if (c == ']') {
          inIndex = false;
        }
        continue;
      }
      if (c != '-' && c != '_') {
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  // "[3]" after an element name in an XML path; YAML list indexes "[0]" are kept as part of the
  // key.
  private static boolean isXmlIndex(String key, int open) {
    int close = key.indexOf(']', open);
    return key.indexOf('/') >= 0
        && close > open + 1
        && key.substring(open + 1, close).chars().allMatch(Character::isDigit);
  }

  /**
   * The JDBC URL the value holds, written out ({@code jdbc:dm://db:5236/APP}) or as the default of
   * a placeholder ({@code ${DB_URL:jdbc:mysql://localhost/app}}, which applies whenever the
   * variable is unset); null when the value holds none.
   */
  public String jdbcUrl() {
    String v = value.strip();
    if (v.startsWith("${") && v.endsWith("}") && v.indexOf(':') > 0) {
      v = v.substring(v.indexOf(':') + 1, v.length() - 1).strip();
    }
    return v.regionMatches(true, 0, "jdbc:", 0, 5) ? v : null;
  }

  /** The last segment of the canonical key: after the last {@code .}, {@code /} or {@code @}. */
  public String lastSegment() {
    String k = canonicalKey();
    int cut = Math.max(k.lastIndexOf('.'), Math.max(k.lastIndexOf('/'), k.lastIndexOf('@')));
    return cut < 0 ? k : k.substring(cut + 1);
  }

  /** For an XML attribute or child element: the key of its element ({@code a[1]/b[2]}). */
  public String elementKey() {
    int at = key.lastIndexOf("/@");
    if (at >= 0) {
      return key.substring(0, at);
    }
    int slash = key.lastIndexOf('/');
    return slash < 0 ? key : key.substring(0, slash);
  }
}
