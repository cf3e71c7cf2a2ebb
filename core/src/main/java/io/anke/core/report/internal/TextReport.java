package io.anke.core.report.internal;

import io.anke.core.Severity;
import io.anke.core.engine.ScanResult;
import io.anke.core.engine.ScanResult.BaselineStatus;
import io.anke.core.engine.Summary;
import io.anke.core.report.ReportFormat;
import io.anke.core.report.ReportOptions;
import io.anke.core.rule.Finding;
import io.anke.core.waiver.Waiver;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The text report for terminals: counting findings grouped by severity (most severe first), each
 * naming rule, subject, dependency path, location, clause and fix; then waived and baselined
 * findings in short; then the summary line. ANSI colour only when the options ask for it.
 */
public final class TextReport implements ReportFormat {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";

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
    PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    w.print(style(color, BOLD, t.get("report.title")));
    w.print(" — " + t.get("report.profile") + ": ");
    w.print(
        result
            .profileUsed()
            .map(p -> p.id() + " (" + t.in(p.title()) + ")")
            .orElse(t.get("report.noProfile")));
    w.print('\n');

    List<Finding> counting = result.findings().stream().filter(Finding::counts).toList();
    if (counting.isEmpty()) {
      w.print('\n' + t.get("report.none") + '\n');
    }
    for (Severity s : Severity.values()) {
      List<Finding> group = counting.stream().filter(f -> f.severity() == s).toList();
      if (group.isEmpty()) {
        continue;
      }
      w.print('\n');
      w.print(style(color, colorOf(s), "== " + t.severity(s) + " (" + group.size() + ") =="));
      w.print('\n');
      for (Finding f : group) {
        writeFinding(w, t, f, color);
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
        w.print(
            "  "
                + t.get(
                    "waiver.text",
                    v.reason().id(),
                    v.approvedBy(),
                    v.expires().toString(),
                    v.where(),
                    clean(v.justification()))
                + '\n');
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

    BaselineStatus b = result.baseline();
    if (b.mode() == BaselineStatus.Mode.CREATED) {
      w.print('\n' + t.get("baseline.created", b.file(), b.entries()) + '\n');
    } else if (b.mode() == BaselineStatus.Mode.APPLIED) {
      w.print('\n' + t.get("baseline.applied", b.file(), b.matched(), b.stale()) + '\n');
    }

    Summary s = result.summary();
    String verdict =
        s.passed()
            ? style(color, "\u001b[32m", t.get("summary.passed"))
            : style(color, "\u001b[1;31m", t.get("summary.failed"));
    w.print('\n');
    w.print(t.get("summary.label") + ": ");
    w.print(
        t.get(
            "summary.counts",
            s.count(Severity.CRITICAL),
            s.count(Severity.HIGH),
            s.count(Severity.MEDIUM),
            s.count(Severity.LOW),
            s.count(Severity.INFO)));
    w.print("; " + t.get("summary.extra", s.waived(), s.baselined()));
    w.print(" — " + t.get("summary.failOn", s.failOn().id()) + ": " + verdict + '\n');
    w.flush();
  }

  private static void writeFinding(PrintWriter w, ReportText t, Finding f, boolean color) {
    w.print(style(color, BOLD, "[" + f.ruleId() + "]") + " " + clean(t.in(f.title())) + '\n');
    line(w, t.get("label.subject"), f.subject().kind() + " " + f.subject().id());
    if (!f.subject().path().isEmpty()) {
      line(w, t.get("label.path"), String.join(" -> ", f.subject().path()));
    }
    if (!f.location().isUnknown()) {
      line(w, t.get("label.location"), f.location().display());
    }
    line(w, t.get("label.problem"), t.in(f.message()));
    if (!f.standards().isEmpty()) {
      line(w, t.get("label.standards"), String.join("; ", f.standards()));
    }
    line(w, t.get("label.fix"), t.in(f.remediation()));
  }

  private static void line(PrintWriter w, String label, String value) {
    w.print("  " + label + ": " + clean(value) + '\n');
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
      case CRITICAL -> "\u001b[1;31m";
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
