package io.anke.core.report.internal;

import io.anke.core.Severity;
import io.anke.core.engine.ScanResult;
import io.anke.core.engine.ScanResult.BaselineStatus;
import io.anke.core.engine.Summary;
import io.anke.core.report.ReportFormat;
import io.anke.core.report.ReportOptions;
import io.anke.core.rule.Finding;
import io.anke.core.rule.Text;
import io.anke.core.waiver.Waiver;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The text report for terminals: the verdict and counts first, then the counting findings grouped
 * by severity (most severe first), each naming rule, subject, what pulled it in (unless the problem
 * says it), location, problem, clauses and fix under aligned labels, long values wrapped at {@link
 * ReportOptions#width()} and indented under their value; then waived and baselined findings in
 * short. ANSI colour only when the options ask for it.
 */
public final class TextReport implements ReportFormat {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String GREEN = "\u001b[32m";
  private static final String BOLD_RED = "\u001b[1;31m";
  private static final List<String> LABELS =
      List.of(
          "label.subject",
          "label.path",
          "label.location",
          "label.problem",
          "label.standards",
          "label.fix");
  // Continuation lines of a value indented this far at least, however wide the labels.
  private static final int MIN_VALUE_COLUMNS = 30;

  @Override
  public String id() {
    return "text";
  }

  @Override
  public String fileName() {
    return "anke-report.txt";
  }

  @Override
  public void write(ScanResult result, ReportOptions options, OutputStream out) throws IOException {
    ReportText t = new ReportText(options.locale());
    boolean color = options.color();
    int width = options.width();
    PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    String profile =
        result
            .profileUsed()
            .map(p -> p.id() + " (" + clean(t.in(p.title())) + ")")
            .orElse(t.get("report.noProfile"));
    String title = t.get("report.title");
    List<String> head =
        TextLayout.wrap(title + " — " + t.get("report.profile") + ": " + profile, width);
    w.print(style(color, BOLD, title) + head.get(0).substring(title.length()) + '\n');
    for (String l : head.subList(1, head.size())) {
      w.print("  " + l + '\n');
    }
    summary(w, t, result, color, width);

    List<Finding> counting = result.findings().stream().filter(Finding::counts).toList();
    if (counting.isEmpty()) {
      w.print('\n' + t.get("report.none") + '\n');
    }
    Fields fields = new Fields(w, t, width);
    for (Severity s : Severity.values()) {
      List<Finding> group = counting.stream().filter(f -> f.severity() == s).toList();
      if (group.isEmpty()) {
        continue;
      }
      w.print('\n');
      w.print(style(color, colorOf(s), "== " + t.severity(s) + " (" + group.size() + ") =="));
      w.print('\n');
      for (int i = 0; i < group.size(); i++) {
        if (i > 0) {
          w.print('\n');
        }
        writeFinding(fields, t, group.get(i), color);
      }
    }

    List<Finding> waived = result.findings().stream().filter(Finding::waived).toList();
    if (!waived.isEmpty()) {
      w.print(
          '\n'
              + style(color, BOLD, "== " + t.get("section.waived") + " (" + waived.size() + ") ==")
              + '\n');
      for (Finding f : waived) {
        Waiver v = f.waiver();
        w.print("[" + f.ruleId() + "] " + clean(f.subject().id()) + '\n');
        indented(
            w,
            t.get(
                "waiver.text",
                v.reason().id(),
                v.approvedBy(),
                v.expires().toString(),
                v.where(),
                clean(v.justification())),
            width);
      }
    }
    List<Finding> baselined =
        result.findings().stream().filter(f -> !f.waived() && f.baselined()).toList();
    if (!baselined.isEmpty()) {
      w.print(
          '\n'
              + style(
                  color,
                  BOLD,
                  "== " + t.get("section.baselined") + " (" + baselined.size() + ") ==")
              + '\n');
      for (Finding f : baselined) {
        w.print(
            "["
                + f.ruleId()
                + "] "
                + t.severity(f.severity())
                + " "
                + clean(f.subject().id())
                + '\n');
      }
    }
    w.flush();
  }

  /** The counts and the verdict, and what the baseline did: before any finding. */
  private static void summary(
      PrintWriter w, ReportText t, ScanResult result, boolean color, int width) {
    Summary s = result.summary();
    String verdict = t.get(s.passed() ? "summary.passed" : "summary.failed");
    String text =
        t.get("summary.label")
            + ": "
            + t.get(
                "summary.counts",
                s.count(Severity.CRITICAL),
                s.count(Severity.HIGH),
                s.count(Severity.MEDIUM),
                s.count(Severity.LOW),
                s.count(Severity.INFO))
            + "; "
            + t.get("summary.extra", s.waived(), s.baselined())
            + " — "
            + t.get("summary.failOn", s.failOn().id())
            + ": ";
    // The verdict is wrapped as one word of its width (never broken), then put in coloured.
    String placeholder = "x".repeat(TextLayout.width(verdict));
    List<String> lines = TextLayout.wrap(text + placeholder, width);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i == lines.size() - 1) {
        line =
            line.substring(0, line.length() - placeholder.length())
                + style(color, s.passed() ? GREEN : BOLD_RED, verdict);
      }
      w.print((i == 0 ? "" : "  ") + line + '\n');
    }
    BaselineStatus b = result.baseline();
    if (b.mode() == BaselineStatus.Mode.CREATED) {
      indented(w, t.get("baseline.created", b.file(), b.entries()), width);
    } else if (b.mode() == BaselineStatus.Mode.APPLIED) {
      indented(w, t.get("baseline.applied", b.file(), b.matched(), b.stale()), width);
    }
  }

  private static void writeFinding(Fields w, ReportText t, Finding f, boolean color) {
    String id = "[" + f.ruleId() + "]";
    List<String> head = TextLayout.wrap(id + " " + clean(t.in(f.title())), w.width);
    w.out.print(style(color, BOLD, id) + head.get(0).substring(id.length()) + '\n');
    for (String l : head.subList(1, head.size())) {
      w.out.print("  " + l + '\n');
    }
    // English keeps the kind's id (component, host, …); Chinese names it.
    String kind =
        Text.isChinese(t.locale()) ? Html.kind(f.subject().kind()).zh() : f.subject().kind();
    w.field("label.subject", kind + " " + f.subject().id());
    String pulledInBy = ReportText.pulledInBy(f, t.locale());
    if (pulledInBy != null) {
      w.field("label.path", pulledInBy);
    }
    if (!f.location().isUnknown()) {
      w.field("label.location", Html.location(f.location()).in(t.locale()));
    }
    w.field("label.problem", t.in(f.message()));
    if (!f.standards().isEmpty()) {
      w.field(
          "label.standards",
          String.join(
              "; ", f.standards().stream().map(s -> Standards.label(s).in(t.locale())).toList()));
    }
    w.field("label.fix", t.in(f.remediation()));
  }

  /** Two spaces in, wrapped, continuation lines four spaces in. */
  private static void indented(PrintWriter w, String text, int width) {
    List<String> lines = TextLayout.wrap(clean(text), width - 2);
    for (int i = 0; i < lines.size(); i++) {
      w.print((i == 0 ? "  " : "    ") + lines.get(i) + '\n');
    }
  }

  /** {@code label: value} lines with the values of one language's labels in one column. */
  private static final class Fields {
    final PrintWriter out;
    private final ReportText t;
    final int width;
    private final int valueColumn;

    Fields(PrintWriter out, ReportText t, int width) {
      this.out = out;
      this.t = t;
      this.width = width;
      int widest = 0;
      for (String key : LABELS) {
        widest = Math.max(widest, TextLayout.width(t.get(key)));
      }
      // "  " + label + ":" + at least one space
      this.valueColumn = Math.min(2 + widest + 2, width - MIN_VALUE_COLUMNS);
    }

    void field(String key, String value) {
      String label = t.get(key) + ":";
      // On a narrow line a long label pushes its value (and the value's other lines) further.
      int column = Math.max(valueColumn, 2 + TextLayout.width(label) + 1);
      int pad = column - 2 - TextLayout.width(label);
      List<String> lines = TextLayout.wrap(clean(value), width - column);
      String indent = " ".repeat(column);
      out.print("  " + label + " ".repeat(pad) + lines.get(0) + '\n');
      for (String l : lines.subList(1, lines.size())) {
        out.print(indent + l + '\n');
      }
    }
  }

  // Control characters (newlines, ANSI escapes) from scanned input must not reach the terminal.
  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(Character.isISOControl(c) ? ' ' : c);
    }
    return b.toString();
  }

  private static String colorOf(Severity s) {
    return switch (s) {
      case CRITICAL -> BOLD_RED;
      case HIGH -> "\u001b[31m";
      case MEDIUM -> "\u001b[33m";
      case LOW -> "\u001b[36m";
      case INFO -> "\u001b[2m";
    };
  }

  private static String style(boolean color, String code, String text) {
    return color ? code + text + RESET : text;
  }
}
