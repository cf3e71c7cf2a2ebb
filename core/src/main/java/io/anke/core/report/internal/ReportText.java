package io.anke.core.report.internal;

import io.anke.core.Severity;
import io.anke.core.rule.Finding;
import io.anke.core.rule.Subject;
import io.anke.core.rule.Text;
import io.anke.core.rule.TextBundle;
import java.util.List;
import java.util.Locale;

/** The reports' own bilingual labels. */
final class ReportText {
  private static final TextBundle BUNDLE =
      TextBundle.of("io.anke.core.report.Messages", ReportText.class.getClassLoader());

  private final Locale locale;

  ReportText(Locale locale) {
    this.locale = locale;
  }

  /** Both languages. */
  static Text both(String key, Object... args) {
    return BUNDLE.text(key, args);
  }

  /** The report's language. */
  String get(String key, Object... args) {
    return BUNDLE.text(key, args).in(locale);
  }

  /** A bilingual text in the report's language. */
  String in(Text t) {
    return t.in(locale);
  }

  String severity(Severity s) {
    return get("severity." + s.id());
  }

  static Text severityBoth(Severity s) {
    return both("severity." + s.id());
  }

  Locale locale() {
    return locale;
  }

  /**
   * What pulled a finding's subject in ({@code a → b}, the subject's path without the subject), or
   * null when there is no such path or the finding's message in {@code locale} already gives it
   * (the software rules' messages do): reports give the dependency path once.
   */
  static String pulledInBy(Finding f, Locale locale) {
    String chain = chain(f.subject());
    return chain == null || f.message().in(locale).contains(chain) ? null : chain;
  }

  /**
   * The subject's dependency path without the subject itself, as the rules' messages write it
   * ({@code a → b}), or null when nothing pulled the subject in.
   */
  static String chain(Subject subject) {
    List<String> path = subject.path();
    return path.size() < 2 ? null : String.join(" → ", path.subList(0, path.size() - 1));
  }
}
