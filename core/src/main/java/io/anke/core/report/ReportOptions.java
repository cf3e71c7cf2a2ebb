package io.anke.core.report;

import io.anke.core.internal.CoreMessage;
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
 * @param width the columns the text report wraps long lines at ({@value #MIN_WIDTH} or more; a
 *     Chinese character takes two)
 */
public record ReportOptions(Locale locale, String toolVersion, boolean color, int width) {

  /** The width of the text report when nothing else is asked for. */
  public static final int DEFAULT_WIDTH = 100;

  /** The narrowest width the text report wraps at. */
  public static final int MIN_WIDTH = 40;

  /** Validates. */
  public ReportOptions {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(toolVersion, "toolVersion");
    if (width < MIN_WIDTH) {
      throw new IllegalArgumentException(
          CoreMessage.REPORT_WIDTH_TOO_SMALL.english(MIN_WIDTH, width));
    }
  }

  /** Options of the {@link #DEFAULT_WIDTH default width}. */
  public ReportOptions(Locale locale, String toolVersion, boolean color) {
    this(locale, toolVersion, color, DEFAULT_WIDTH);
  }

  /** The JVM's default locale, this build's version, no colour, the default width. */
  public static ReportOptions defaults() {
    return new ReportOptions(Locale.getDefault(), ToolVersion.get(), false);
  }

  /** These options in another language. */
  public ReportOptions withLocale(Locale newLocale) {
    return new ReportOptions(newLocale, toolVersion, color, width);
  }

  /** These options with or without colour. */
  public ReportOptions withColor(boolean useColor) {
    return new ReportOptions(locale, toolVersion, useColor, width);
  }

  /**
   * These options wrapping the text report at {@code columns}.
   *
   * @throws IllegalArgumentException when {@code columns} is below {@link #MIN_WIDTH}
   */
  public ReportOptions withWidth(int columns) {
    return new ReportOptions(locale, toolVersion, color, columns);
  }

  /**
   * The width for text written to standard output: the terminal's width when the shell exports it
   * ({@code COLUMNS}) and it is narrower than {@link #DEFAULT_WIDTH}, else the default (longer
   * lines are hard to read even where they fit).
   */
  public static int widthForStandardOutput() {
    return widthFor(System.getenv("COLUMNS"));
  }

  static int widthFor(String columns) {
    if (columns == null) {
      return DEFAULT_WIDTH;
    }
    try {
      int n = Integer.parseInt(columns.strip());
      return Math.max(MIN_WIDTH, Math.min(DEFAULT_WIDTH, n));
    } catch (NumberFormatException e) {
      return DEFAULT_WIDTH;
    }
  }

  /**
   * True when text written to standard output should be coloured: standard output is a terminal
   * other than {@code TERM=dumb} and {@code NO_COLOR} is not set (https://no-color.org convention).
   */
  public static boolean colorForStandardOutput() {
    String noColor = System.getenv("NO_COLOR");
    if (noColor != null && !noColor.isEmpty()) {
      return false;
    }
    if ("dumb".equals(System.getenv("TERM"))) {
      return false; // a terminal that does not understand escape sequences
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
