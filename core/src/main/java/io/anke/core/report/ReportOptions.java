package io.anke.core.report;

import io.anke.core.report.internal.ToolVersion;
import java.io.Console;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Objects;

/**
 * How to write a report.
 *
 * @param locale the report's language: Chinese for any {@code zh} locale, else English (the other
 *     language is kept where the format has room for it)
 * @param toolVersion the Anke version written into JSON and SARIF
 * @param color true to colour the text report with ANSI escapes
 */
public record ReportOptions(Locale locale, String toolVersion, boolean color) {

  /** Validates. */
  public ReportOptions {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(toolVersion, "toolVersion");
  }

  /** The JVM's default locale, this build's version, no colour. */
  public static ReportOptions defaults() {
    return new ReportOptions(Locale.getDefault(), ToolVersion.get(), false);
  }

  /** These options in another language. */
  public ReportOptions withLocale(Locale newLocale) {
    return new ReportOptions(newLocale, toolVersion, color);
  }

  /** These options with or without colour. */
  public ReportOptions withColor(boolean useColor) {
    return new ReportOptions(locale, toolVersion, useColor);
  }

  /**
   * True when text written to standard output should be coloured: standard output is a terminal and
   * {@code NO_COLOR} is not set (https://no-color.org convention).
   */
  public static boolean colorForStandardOutput() {
    String noColor = System.getenv("NO_COLOR");
    if (noColor != null && !noColor.isEmpty()) {
      return false;
    }
    Console console = System.console();
    if (console == null) {
      return false;
    }
    // From Java 22 the console exists even when redirected; isTerminal() then tells the truth.
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
