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
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One self-contained HTML file: inline CSS and JavaScript, no external URL (a Content Security
 * Policy forbids loading anything), both languages in the page with a toggle, a summary by severity
 * and by standard clause, and a findings table filtered by text, severity and state. Every text
 * from the scan is HTML-escaped.
 */
public final class HtmlReport implements ReportFormat {

  @Override
  public String id() {
    return "html";
  }

  @Override
  public String fileName() {
    return "anke-report.html";
  }

  @Override
  public void write(ScanResult result, ReportOptions options, OutputStream out) throws IOException {
    boolean zh = Text.isChinese(options.locale());
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"").append(zh ? "zh-CN" : "en").append("\">\n<head>\n");
    h.append("<meta charset=\"utf-8\">\n");
    h.append(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
            + " style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n");
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.append("<title>").append(esc(ReportText.both("report.title").in(options.locale())));
    h.append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n");
    h.append("<body class=\"").append(zh ? "show-zh" : "show-en").append("\">\n");

    h.append("<header>\n<h1>").append(both(ReportText.both("report.title"))).append("</h1>\n");
    h.append("<button type=\"button\" id=\"lang\">")
        .append(esc(ReportText.both("html.language").en()))
        .append("</button>\n");
    h.append("<p>").append(both(ReportText.both("report.profile"))).append(": ");
    if (result.profile() == null) {
      h.append(both(ReportText.both("report.noProfile")));
    } else {
      h.append("<code>").append(esc(result.profile().id())).append("</code> ");
      h.append(both(result.profile().title()));
    }
    h.append(" · ").append(both(ReportText.both("report.tool"))).append(": anke ");
    h.append(esc(options.toolVersion())).append("</p>\n");
    writeVerdict(h, result.summary());
    writeBaseline(h, result.baseline());
    h.append("</header>\n<main>\n");

    writeSeveritySummary(h, result);
    writeClauseSummary(h, result);
    writeFindings(h, result);

    h.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    out.write(h.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static void writeVerdict(StringBuilder h, Summary s) {
    h.append("<p class=\"verdict ").append(s.passed() ? "pass" : "fail").append("\">");
    h.append(both(ReportText.both(s.passed() ? "summary.passed" : "summary.failed")));
    h.append(" — ").append(both(ReportText.both("summary.failOn", s.failOn().id())));
    h.append(" · ")
        .append(
            both(
                ReportText.both(
                    "summary.counts",
                    s.count(Severity.CRITICAL),
                    s.count(Severity.HIGH),
                    s.count(Severity.MEDIUM),
                    s.count(Severity.LOW),
                    s.count(Severity.INFO))));
    h.append(" · ").append(both(ReportText.both("summary.extra", s.waived(), s.baselined())));
    h.append("</p>\n");
  }

  private static void writeBaseline(StringBuilder h, BaselineStatus b) {
    if (b.mode() == BaselineStatus.Mode.CREATED) {
      h.append("<p>").append(both(ReportText.both("baseline.created", b.file(), b.entries())));
      h.append("</p>\n");
    } else if (b.mode() == BaselineStatus.Mode.APPLIED) {
      h.append("<p>")
          .append(both(ReportText.both("baseline.applied", b.file(), b.matched(), b.stale())));
      h.append("</p>\n");
    }
  }

  private static void writeSeveritySummary(StringBuilder h, ScanResult result) {
    Summary s = result.summary();
    h.append("<section>\n<h2>").append(both(ReportText.both("html.bySeverity"))).append("</h2>\n");
    h.append("<table class=\"summary\">\n<tr>");
    for (Severity sev : Severity.values()) {
      h.append("<th class=\"sev-").append(sev.id()).append("\">");
      h.append(both(ReportText.severityBoth(sev))).append("</th>");
    }
    h.append("<th>").append(both(ReportText.both("html.state.waived"))).append("</th>");
    h.append("<th>").append(both(ReportText.both("html.state.baselined"))).append("</th>");
    h.append("</tr>\n<tr>");
    for (Severity sev : Severity.values()) {
      h.append("<td>").append(s.count(sev)).append("</td>");
    }
    h.append("<td>").append(s.waived()).append("</td><td>").append(s.baselined());
    h.append("</td></tr>\n</table>\n</section>\n");
  }

  private static void writeClauseSummary(StringBuilder h, ScanResult result) {
    Map<String, EnumMap<Severity, Integer>> counting = new TreeMap<>();
    Map<String, Integer> waived = new TreeMap<>();
    for (Finding f : result.findings()) {
      for (String clause : f.standards()) {
        if (f.counts()) {
          counting
              .computeIfAbsent(clause, c -> new EnumMap<>(Severity.class))
              .merge(f.severity(), 1, Integer::sum);
        } else {
          counting.computeIfAbsent(clause, c -> new EnumMap<>(Severity.class));
          waived.merge(clause, 1, Integer::sum);
        }
      }
    }
    h.append("<section>\n<h2>").append(both(ReportText.both("html.byStandard"))).append("</h2>\n");
    h.append("<table class=\"summary\">\n<tr><th>");
    h.append(both(ReportText.both("html.col.clause"))).append("</th>");
    for (Severity sev : Severity.values()) {
      h.append("<th class=\"sev-").append(sev.id()).append("\">");
      h.append(both(ReportText.severityBoth(sev))).append("</th>");
    }
    h.append("<th>").append(both(ReportText.both("html.col.waived"))).append("</th></tr>\n");
    for (Map.Entry<String, EnumMap<Severity, Integer>> e : counting.entrySet()) {
      h.append("<tr><td class=\"clause\">").append(esc(e.getKey())).append("</td>");
      for (Severity sev : Severity.values()) {
        h.append("<td>").append(e.getValue().getOrDefault(sev, 0)).append("</td>");
      }
      h.append("<td>").append(waived.getOrDefault(e.getKey(), 0)).append("</td></tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  private static void writeFindings(StringBuilder h, ScanResult result) {
    h.append("<section>\n<h2>").append(both(ReportText.both("html.findings"))).append("</h2>\n");
    h.append("<div class=\"filters\">\n");
    Text filter = ReportText.both("html.filter");
    h.append("<input type=\"search\" id=\"q\" data-zh=\"").append(esc(filter.zh()));
    h.append("\" data-en=\"").append(esc(filter.en())).append("\" placeholder=\"");
    h.append(esc(filter.en())).append("\">\n");
    // <option> shows plain text only, so both languages are written side by side.
    h.append("<select id=\"sev\">\n<option value=\"\">")
        .append(plainBoth(ReportText.both("html.allSeverities")))
        .append("</option>\n");
    for (Severity sev : Severity.values()) {
      h.append("<option value=\"").append(sev.id()).append("\">");
      h.append(plainBoth(ReportText.severityBoth(sev))).append("</option>\n");
    }
    h.append("</select>\n<select id=\"state\">\n<option value=\"\">");
    h.append(plainBoth(ReportText.both("html.allStates"))).append("</option>\n");
    for (String state : List.of("active", "waived", "baselined")) {
      Text t = ReportText.both("html.state." + state);
      h.append("<option value=\"").append(state).append("\">");
      h.append(plainBoth(t)).append("</option>\n");
    }
    h.append("</select>\n<span id=\"count\"></span> ")
        .append(both(ReportText.both("html.shown")))
        .append("\n</div>\n");
    if (result.findings().isEmpty()) {
      h.append("<p>").append(both(ReportText.both("report.none"))).append("</p>\n");
    }
    h.append("<table id=\"findings\">\n<thead><tr>");
    for (String col : List.of("severity", "rule", "subject", "location", "details")) {
      h.append("<th>").append(both(ReportText.both("html.col." + col))).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (Finding f : result.findings()) {
      writeRow(h, f);
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private static void writeRow(StringBuilder h, Finding f) {
    String state = f.waived() ? "waived" : f.baselined() ? "baselined" : "active";
    h.append("<tr data-severity=\"").append(f.severity().id());
    h.append("\" data-state=\"").append(state).append("\" class=\"").append(state).append("\">");
    h.append("<td class=\"sev-").append(f.severity().id()).append("\">");
    h.append(both(ReportText.severityBoth(f.severity()))).append("</td>");
    h.append("<td><code>").append(esc(f.ruleId())).append("</code><br>");
    h.append(both(f.title())).append("</td>");
    h.append("<td><code>").append(esc(f.subject().id())).append("</code>");
    if (!f.subject().path().isEmpty()) {
      h.append("<br><small>").append(both(ReportText.both("label.path"))).append(": ");
      h.append(esc(String.join(" → ", f.subject().path()))).append("</small>");
    }
    h.append("</td><td>").append(esc(f.location().display())).append("</td>");
    h.append("<td><p>").append(both(f.message())).append("</p>");
    if (!f.standards().isEmpty()) {
      h.append("<p><b>").append(both(ReportText.both("label.standards"))).append(":</b> ");
      h.append(esc(String.join("; ", f.standards()))).append("</p>");
    }
    h.append("<p><b>").append(both(ReportText.both("label.fix"))).append(":</b> ");
    h.append(both(f.remediation())).append("</p>");
    if (f.waived()) {
      Waiver w = f.waiver();
      h.append("<p class=\"note\"><b>").append(both(ReportText.both("label.waiver")));
      h.append(":</b> ")
          .append(
              both(
                  ReportText.both(
                      "waiver.text",
                      w.reason().id(),
                      w.approvedBy(),
                      w.expires().toString(),
                      w.where(),
                      w.justification())));
      h.append("</p>");
    } else if (f.baselined()) {
      h.append("<p class=\"note\">").append(both(ReportText.both("html.state.baselined")));
      h.append("</p>");
    }
    h.append("</td></tr>\n");
  }

  /** Both languages; CSS shows the selected one. Identical halves are written once. */
  private static String both(Text t) {
    if (t.zh().equals(t.en())) {
      return esc(t.en());
    }
    return "<span lang=\"zh-CN\">"
        + esc(t.zh())
        + "</span><span lang=\"en\">"
        + esc(t.en())
        + "</span>";
  }

  /** Both languages as plain text, for places where markup is not rendered. */
  private static String plainBoth(Text t) {
    return t.zh().equals(t.en()) ? esc(t.en()) : esc(t.en()) + " / " + esc(t.zh());
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
          if (c < 0x20 && c != '\n' && c != '\t') {
            b.append(' ');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  private static final String CSS =
      """
      body{font-family:system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;\
      margin:0;color:#1d2330;background:#f6f7f9}
      header,main{max-width:1200px;margin:0 auto;padding:1rem 1.5rem}
      header{background:#fff;border-bottom:1px solid #dde1e7}
      h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.15rem;margin-top:1.5rem}
      body.show-zh [lang=en]{display:none}body.show-en [lang=zh-CN]{display:none}
      #lang{float:right}
      .verdict{font-weight:600;padding:.4rem .6rem;border-radius:4px;display:inline-block}
      .pass{background:#e3f5e6;color:#1b5e20}.fail{background:#fde7e7;color:#8e1b1b}
      table{border-collapse:collapse;width:100%;background:#fff}
      th,td{border:1px solid #dde1e7;padding:.35rem .5rem;text-align:left;vertical-align:top}
      th{background:#eef1f5}table.summary{width:auto}table.summary td{text-align:right}
      table.summary td:first-child.clause{text-align:left}
      .sev-critical{color:#fff;background:#8e1b1b}.sev-high{color:#fff;background:#c62828}
      .sev-medium{background:#ffe08a}.sev-low{background:#d7ecff}.sev-info{background:#eceff1}
      tr.waived,tr.baselined{opacity:.65}.note{color:#555}
      #findings th,#findings td:first-child{white-space:nowrap}
      #findings td:nth-child(2){min-width:12rem}#findings td:nth-child(3){min-width:14rem}
      code{font-size:.9em;word-break:break-all}td p{margin:.2rem 0}
      .filters{margin:.5rem 0;display:flex;gap:.5rem;align-items:center;flex-wrap:wrap}
      .filters input{flex:1;min-width:12rem;padding:.3rem}
      """;

  private static final String SCRIPT =
      """
      (function () {
        var body = document.body;
        var q = document.getElementById('q');
        var sev = document.getElementById('sev');
        var state = document.getElementById('state');
        var count = document.getElementById('count');
        var rows = Array.prototype.slice.call(document.querySelectorAll('#findings tbody tr'));
        function apply() {
          var text = q.value.trim().toLowerCase();
          var shown = 0;
          rows.forEach(function (r) {
            var ok = (!sev.value || r.getAttribute('data-severity') === sev.value)
              && (!state.value || r.getAttribute('data-state') === state.value)
              && (!text || r.textContent.toLowerCase().indexOf(text) >= 0);
            r.style.display = ok ? '' : 'none';
            if (ok) { shown++; }
          });
          count.textContent = String(shown);
        }
        function language() {
          var zh = body.classList.contains('show-zh');
          q.placeholder = zh ? q.getAttribute('data-zh') : q.getAttribute('data-en');
          document.documentElement.lang = zh ? 'zh-CN' : 'en';
        }
        document.getElementById('lang').addEventListener('click', function () {
          body.classList.toggle('show-zh');
          body.classList.toggle('show-en');
          language();
        });
        q.addEventListener('input', apply);
        sev.addEventListener('change', apply);
        state.addEventListener('change', apply);
        language();
        apply();
      })();
      """;
}
