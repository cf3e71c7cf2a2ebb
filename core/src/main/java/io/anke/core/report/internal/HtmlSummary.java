package io.anke.core.report.internal;

import static io.anke.core.report.internal.Html.both;
import static io.anke.core.report.internal.Html.text;

import io.anke.core.Severity;
import io.anke.core.engine.ScanResult;
import io.anke.core.engine.ScanResult.BaselineStatus;
import io.anke.core.engine.Summary;
import io.anke.core.rule.Finding;
import io.anke.core.rule.Text;
import java.util.Locale;

/**
 * The top of the page, made to be looked at: the verdict against the profile, the counting findings
 * by severity (each a button that filters the findings), notes on waivers and the baseline, and the
 * two charts.
 */
final class HtmlSummary {
  private HtmlSummary() {}

  static void write(StringBuilder h, ScanResult result) {
    Summary s = result.summary();
    h.append("<section class=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">")
        .append(both(text("summary")))
        .append("</h2>\n");
    verdict(h, result);
    tiles(h, s);
    notes(h, result);
    h.append("<div class=\"charts\">\n");
    HtmlCharts.domesticShare(h, DomesticShare.of(result.findings()));
    HtmlCharts.clauses(h, result.findings());
    h.append("</div>\n</section>\n");
  }

  private static void verdict(StringBuilder h, ScanResult result) {
    Summary s = result.summary();
    h.append("<div class=\"verdict ")
        .append(s.passed() ? "pass" : "fail")
        .append("\" id=\"verdict\"><strong>")
        .append(both(ReportText.both(s.passed() ? "summary.passed" : "summary.failed")))
        .append("</strong><p>");
    if (s.failOn().isNever()) {
      h.append(both(text("verdict.never")));
    } else {
      Severity threshold = Severity.parse(s.failOn().id());
      long atOrAbove = result.findings().stream().filter(f -> failing(s, f)).count();
      Text name = Html.severity(threshold);
      String key = atOrAbove == 0 ? "verdict.passed" : "verdict.failed";
      h.append(
          both(
              Text.of(
                  text(key, name.zh(), atOrAbove).zh(),
                  text(key, name.en().toLowerCase(Locale.ROOT), atOrAbove).en())));
    }
    if (s.ruleErrors() > 0) {
      h.append(' ').append(both(text("verdict.ruleErrors", s.ruleErrors())));
    }
    h.append("</p></div>\n");
  }

  private static void tiles(StringBuilder h, Summary s) {
    h.append("<h3 class=\"tiles-h\">").append(both(text("tiles"))).append("</h3>\n");
    h.append("<ul class=\"tiles\">\n");
    for (Severity sev : Severity.values()) {
      int n = s.count(sev);
      h.append("<li><button type=\"button\" class=\"tile sev-")
          .append(sev.id())
          .append(n == 0 ? " zero" : "")
          .append("\" data-sev=\"")
          .append(sev.id())
          .append("\"><b>")
          .append(n)
          .append("</b><span>")
          .append(both(Html.severity(sev)))
          .append("</span></button></li>\n");
    }
    for (String state : new String[] {"waived", "baselined"}) {
      int n = state.equals("waived") ? s.waived() : s.baselined();
      h.append("<li><button type=\"button\" class=\"tile set")
          .append(n == 0 ? " zero" : "")
          .append("\" data-state=\"")
          .append(state)
          .append("\"><b>")
          .append(n)
          .append("</b><span>")
          .append(both(text("state." + state)))
          .append("</span></button></li>\n");
    }
    h.append("</ul>\n");
  }

  private static void notes(StringBuilder h, ScanResult result) {
    Summary s = result.summary();
    BaselineStatus b = result.baseline();
    StringBuilder notes = new StringBuilder();
    if (b.mode() == BaselineStatus.Mode.CREATED) {
      note(notes, ReportText.both("baseline.created", b.file(), b.entries()));
    } else if (b.mode() == BaselineStatus.Mode.APPLIED) {
      note(notes, ReportText.both("baseline.applied", b.file(), b.matched(), b.stale()));
    }
    if (s.expiredWaivers() > 0) {
      note(notes, text("waivers.expired", s.expiredWaivers()));
    }
    if (s.unusedWaivers() > 0) {
      note(notes, text("waivers.unused", s.unusedWaivers()));
    }
    if (!notes.isEmpty()) {
      h.append("<ul class=\"notes\">\n").append(notes).append("</ul>\n");
    }
  }

  private static void note(StringBuilder h, Text t) {
    h.append("<li>").append(both(t)).append("</li>\n");
  }

  /** True when {@code f} counts and is at or above the threshold. */
  private static boolean failing(Summary s, Finding f) {
    return f.counts() && s.failOn().failsOn(f.severity());
  }
}
