package io.anke.core.report.internal;

import io.anke.core.Severity;
import io.anke.core.rule.Location;
import io.anke.core.rule.Text;
import io.anke.core.rule.TextBundle;

/**
 * Markup helpers of the HTML report: escaping, and the bilingual convention of the page. Every text
 * a person reads is written in both languages, each in an element with a {@code lang} attribute;
 * the page's stylesheet shows the selected language's and hides the other's, so switching language
 * needs no second page. Attribute texts (placeholders, labels) carry both languages in {@code
 * data-zh} and {@code data-en}, which the page's script copies into the attribute it names.
 */
final class Html {
  private static final TextBundle BUNDLE =
      TextBundle.of("io.anke.core.report.Html", Html.class.getClassLoader());

  private Html() {}

  /** A label of the HTML report's own bundle, in both languages. */
  static Text text(String key, Object... args) {
    return BUNDLE.text(key, args);
  }

  /**
   * Where a finding was found, as a person reads it: a fact that is not a file ({@code JVM system
   * properties}) in the page's languages, anything else as {@link Location#display()} writes it.
   */
  static Text location(Location location) {
    if (location.fact()) {
      String key = "fact." + location.file().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
      if (has(key)) {
        return text(key);
      }
    }
    return Text.same(location.display());
  }

  /** A subject kind's name ("Component" / "组件"), or the kind as written when it has none. */
  static Text kind(String kind) {
    String key = "kind." + kind;
    return has(key) ? text(key) : Text.same(kind);
  }

  /** True when the HTML bundle has {@code key} in both languages. */
  static boolean has(String key) {
    return BUNDLE.has(key);
  }

  /** A severity's name ("High" / "高危"). */
  static Text severity(Severity s) {
    return text("sev." + s.id());
  }

  /**
   * Both languages as inline elements; the stylesheet shows one. Identical halves are written once,
   * without a language.
   */
  static String both(Text t) {
    if (t.zh().equals(t.en())) {
      return esc(t.en());
    }
    return "<span lang=\"zh-CN\">"
        + esc(t.zh())
        + "</span><span lang=\"en\">"
        + esc(t.en())
        + "</span>";
  }

  /**
   * The attributes {@code data-attr}, {@code data-zh} and {@code data-en} by which the page's
   * script sets the attribute {@code attr} to the selected language, plus that attribute in the
   * report's language for a page read without script.
   */
  static String attr(String attr, Text t, boolean zh) {
    return " "
        + attr
        + "=\""
        + esc(zh ? t.zh() : t.en())
        + "\" data-attr=\""
        + attr
        + "\" data-zh=\""
        + esc(t.zh())
        + "\" data-en=\""
        + esc(t.en())
        + "\"";
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7f) {
            b.append(' ');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
