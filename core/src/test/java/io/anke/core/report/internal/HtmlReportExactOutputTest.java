package io.anke.core.report.internal;

import static io.anke.core.report.internal.ReportScans.EN;
import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.FailOn;
import io.anke.core.Severity;
import io.anke.core.engine.Engine;
import io.anke.core.engine.ScanResult;
import io.anke.core.engine.TestRules;
import io.anke.core.rule.ScanContext;
import io.anke.core.waiver.WaiverSet;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report's exact markup: the toolbar, the group heads of the three views, the cards'
 * states, the clause chart's rows and headings, and the summary's verdict, tiles and notes.
 */
class HtmlReportExactOutputTest {
  static final HtmlReport HTML = new HtmlReport();

  static String html(ScanResult r) {
    return ReportScans.render(HTML, r, EN);
  }

  static String both(String zh, String en) {
    return "<span lang=\"zh-CN\">" + zh + "</span><span lang=\"en\">" + en + "</span>";
  }

  /** An expired and an unused waiver, a rule that fails, and a threshold that never fails. */
  static ScanResult troubled() {
    String waivers =
        """
        waivers:
          - rule: HOST-OS
            subject: "os"
            reason: not-applicable
            justification: old
            approvedBy: Li
            expires: 2020-01-01
          - rule: CRYPTO-*
            subject: nothing
            reason: accepted-risk
            justification: never used
            approvedBy: Li
            expires: 2030-01-01
        """;
    var broken =
        TestRules.rule(
            TestRules.descriptor("CONFIG-BROKEN", Severity.LOW, "config"),
            (ctx, sink) -> {
              throw new IllegalStateException("boom");
            });
    return Engine.builder()
        .addRules(ReportScans.rules(false))
        .addRules(List.of(broken))
        .waivers(WaiverSet.parse("waivers.yaml", waivers))
        .failOn(FailOn.NEVER)
        .clock(Clock.fixed(Instant.parse("2027-03-01T00:00:00Z"), ZoneOffset.UTC))
        .build()
        .run(ScanContext.empty());
  }

  @Test
  void thePageHoldsItsStylesheetAndScriptAndIsFlushed() throws Exception {
    assertThat(HTML.id()).isEqualTo("html");
    String page = ReportScans.flushedThroughBuffer(HTML, ReportScans.plain(), EN);
    assertThat(page).contains("<style>\n:root{--critical:").contains("<script>\n(function () {");
    assertThat(page).endsWith("</script>\n</body>\n</html>\n");
  }

  @Test
  void theToolbarOffersEveryGroupingSeverityAndState() {
    String page = html(ReportScans.plain());
    assertThat(page)
        .contains(
            "<input type=\"radio\" name=\"group\" value=\"subject\" checked><span>",
            "<input type=\"radio\" name=\"group\" value=\"rule\"><span>",
            "<input type=\"radio\" name=\"group\" value=\"clause\"><span>",
            "<option value=\"\" data-attr=\"text\" data-zh=\"全部级别\" data-en=\"All severities\">"
                + "All severities</option>\n<option value=\"critical\"",
            "<option value=\"\" data-attr=\"text\" data-zh=\"全部状态\" data-en=\"All states\">"
                + "All states</option>\n"
                + "<option value=\"active\" data-attr=\"text\" data-zh=\"计入结果\" data-en=\"Counts\">"
                + "Counts</option>\n"
                + "<option value=\"waived\" data-attr=\"text\" data-zh=\"已豁免\" data-en=\"Waived\">"
                + "Waived</option>\n"
                + "<option value=\"baselined\" data-attr=\"text\" data-zh=\"基线中\""
                + " data-en=\"In baseline\">In baseline</option>\n</select>");
  }

  @Test
  void groupHeadsNameTheirSubjectRuleOrClauseWithTheWorstSeverityAndTheCount() {
    String page = html(ReportScans.plain());
    // By subject: kind, id, count and the dependency path.
    assertThat(page)
        .contains(
            "<section class=\"group worst-high\">\n<header class=\"g-head\"><span class=\"kind\">"
                + both("类", "Class")
                + "</span> <code class=\"g-id\">com.x.Bar</code> <span class=\"g-count\">1</span>"
                + "</header>\n",
            "<section class=\"group worst-high\">\n<header class=\"g-head\"><span class=\"kind\">"
                + both("组件", "Component")
                + "</span> <code class=\"g-id\">pkg:maven/com.x/lib@1</code>"
                + " <span class=\"g-count\">1</span><div class=\"g-path\"><span class=\"label\">"
                + both("引入路径", "Pulled in by")
                + "</span><ol class=\"path\"><li>com.x:app:1</li><li>com.x:lib:1</li></ol></div>"
                + "</header>\n",
            "<section class=\"group worst-medium\">\n<header class=\"g-head\"><span class=\"kind\">"
                + both("配置", "Configuration")
                + "</span> <code class=\"g-id\">app.properties</code>"
                + " <span class=\"g-count\">2</span></header>\n");
    // By rule: id, title, count and the rule's description.
    assertThat(page)
        .contains(
            "<section class=\"group worst-high\">\n<header class=\"g-head\">"
                + "<code class=\"g-id\">CRYPTO-WEAK-HASH</code> <span class=\"g-title\">"
                + both("弱哈希 *MD5*", "Weak hash *MD5* [C:\\x]")
                + "</span> <span class=\"g-count\">2</span><details class=\"about\"><summary>"
                + both("规则说明", "About this rule")
                + "</summary><p>"
                + both("MD5 不安全", "MD5 is &lt;broken&gt; (since 2004)")
                + "</p></details></header>\n<div class=\"items\" data-members=\"0 1\"></div>");
    // By clause: a known standard's clause with its name, an unknown one without, then none.
    assertThat(page)
        .containsSubsequence(
            "<div class=\"view\" data-view=\"clause\" hidden>\n"
                + "<section class=\"group worst-high\">\n<header class=\"g-head\">"
                + "<span class=\"g-id\">GB/T 39786-2021 8.5(b)</span> <span class=\"g-title\">"
                + both(
                    "信息安全技术 信息系统密码应用基本要求",
                    "Baseline requirements for the application of cryptography to information"
                        + " systems")
                + "</span> <span class=\"g-count\">2</span></header>\n"
                + "<div class=\"items\" data-members=\"0 1\"></div>",
            "<section class=\"group worst-medium\">\n<header class=\"g-head\">"
                + "<span class=\"g-id\">ISO/IEC 27001 A.8.24</span> <span class=\"g-count\">1</span>"
                + "</header>\n<div class=\"items\" data-members=\"3\"></div>",
            "<section class=\"group worst-low\">\n<header class=\"g-head\"><span class=\"g-id\">"
                + both("未对应标准条款", "No standard clause")
                + "</span> <span class=\"g-count\">1</span></header>\n"
                + "<div class=\"items\" data-members=\"5\"></div>");
  }

  @Test
  void cardsShowTheirStateLocationClausesAndWaiver(@TempDir Path dir) {
    String page = html(ReportScans.plain());
    // An active card has no state label; its location and clauses are shown.
    assertThat(page)
        .contains(
            "<article class=\"finding active\" data-i=\"0\" data-severity=\"high\""
                + " data-state=\"active\" data-rule=\"CRYPTO-WEAK-HASH\">\n<details>\n"
                + "<summary><span class=\"badge sev-high\">"
                + both("高危", "High")
                + "</span><span class=\"f-head\"><span class=\"f-title\">"
                + both("弱哈希 *MD5*", "Weak hash *MD5* [C:\\x]")
                + "</span><span class=\"f-msg\">"
                + both("使用 MD5", "uses MD5")
                + "</span><span class=\"f-meta\"><code class=\"f-rule\">CRYPTO-WEAK-HASH</code>"
                + "<span class=\"f-loc\">src/main/java/com/x/Bar.java com.x.Bar</span></span>"
                + "</span></summary>\n<dl class=\"f-body\">\n<dt>"
                + both("标准条款", "Standard clauses")
                + "</dt><dd><ul class=\"refs\"><li>GB/T 39786-2021 8.5(b)</li></ul></dd>\n<dt>");
    // A fact is named in both languages.
    assertThat(page)
        .contains("<span class=\"f-loc\">" + both("JVM 系统属性", "JVM system properties") + "</span>");
    // The waived card: its state, no clauses, and every field of the waiver.
    assertThat(page)
        .contains(
            "<span class=\"f-title\">"
                + both("操作系统", "Operating system")
                + "</span> <span class=\"f-state\">"
                + both("已豁免", "Waived")
                + "</span><span class=\"f-msg\">",
            "<dl class=\"f-body\">\n<dt>"
                + both("修复建议", "How to fix")
                + "</dt><dd class=\"fix\"><div lang=\"zh-CN\"><p>修复</p></div><div lang=\"en\">"
                + "<p>Fix it</p></div></dd>\n<dt>"
                + both("豁免", "Waiver")
                + "</dt><dd><dl class=\"waiver\"><dt>"
                + both("理由", "Reason")
                + "</dt><dd>"
                + both("不适用", "Not applicable")
                + "</dd><dt>"
                + both("说明", "Justification")
                + "</dt><dd>containers only</dd><dt>"
                + both("批准人", "Approved by")
                + "</dt><dd>Li</dd><dt>"
                + both("有效期至", "Expires")
                + "</dt><dd>2030-01-01</dd><dt>"
                + both("豁免文件", "Waiver file")
                + "</dt><dd>waivers.yaml:2</dd></dl></dd>\n</dl>");
    assertThat(page).doesNotContain("<article class=\"finding baselined\"");

    // A baselined card says so in its head and body.
    String applied = html(ReportScans.applied(dir.resolve("baseline.json")));
    assertThat(applied)
        .contains(
            "<article class=\"finding baselined\" data-i=\"0\" data-severity=\"high\""
                + " data-state=\"baselined\"",
            "</span> <span class=\"f-state\">"
                + both("基线中", "In baseline")
                + "</span><span class=\"f-msg\">",
            "<dt>"
                + both("基线", "baseline")
                + "</dt><dd>"
                + both(
                    "已记录在基线中，不会使本次扫描失败。", "Recorded in the baseline: it does not fail this scan.")
                + "</dd>\n</dl>");
  }

  @Test
  void theClauseChartStacksSeveritiesOnOneScaleUnderAHeadingPerStandard(@TempDir Path dir) {
    String bar =
        "<svg class=\"bar\" viewBox=\"0 0 1000 10\" preserveAspectRatio=\"none\""
            + " aria-hidden=\"true\" focusable=\"false\"><rect class=\"track\" x=\"0\" y=\"0\""
            + " width=\"1000\" height=\"10\"/>";
    String page = html(ReportScans.plain());
    assertThat(page)
        .containsSubsequence(
            both("已豁免或基线中", "Waived or in baseline") + "</li></ul>\n<h4>GB/T 39786-2021 <small>",
            "<li class=\"row\" data-clause=\"GB/T 39786-2021 8.5(b)\" data-count=\"2\">"
                + "<span class=\"row-label\">8.5(b)</span>"
                + bar
                + "<rect class=\"sev-high\" x=\"0\" y=\"0\" width=\"1000\" height=\"10\"/></svg>"
                + "<span class=\"row-value\"><b>2</b> "
                + both("（高危 2）", "(2 high)")
                + "</span></li>\n</ul>\n<h4>GB/T 22239-2019 <small>",
            "</li>\n</ul>\n<h4>"
                + both("其他依据", "Other references")
                + "</h4>\n<ul class=\"rows\">\n",
            "<li class=\"row\" data-clause=\"ISO/IEC 27001 A.8.24\" data-count=\"1\">"
                + "<span class=\"row-label\">ISO/IEC 27001 A.8.24</span>"
                + bar
                + "<rect class=\"sev-medium\" x=\"0\" y=\"0\" width=\"500\" height=\"10\"/></svg>");
    // Waived and baselined findings are one grey segment after the counting ones.
    String applied = html(ReportScans.applied(dir.resolve("baseline.json")));
    assertThat(applied)
        .contains(
            "<li class=\"row\" data-clause=\"GB/T 39786-2021 8.5(b)\" data-count=\"3\">"
                + "<span class=\"row-label\">8.5(b)</span>"
                + bar
                + "<rect class=\"sev-high\" x=\"0\" y=\"0\" width=\"333.33\" height=\"10\"/>"
                + "<rect class=\"set\" x=\"333.33\" y=\"0\" width=\"666.67\" height=\"10\"/></svg>"
                + "<span class=\"row-value\"><b>3</b> "
                + both("（高危 1 · 已豁免或基线中 2）", "(1 high · 2 waived or in baseline)")
                + "</span></li>");
  }

  @Test
  void theSummaryStatesTheVerdictTheTilesAndWhatNeedsAttention(@TempDir Path dir) {
    String page = html(ReportScans.plain());
    assertThat(page)
        .contains(
            "<div class=\"verdict fail\" id=\"verdict\"><strong>"
                + both("未通过", "FAILED")
                + "</strong><p>"
                + both(
                    "2 个计入结果的发现项达到失败阈值（高危及以上）。",
                    "2 counting findings are at or above the threshold (high or above).")
                + "</p></div>\n");
    assertThat(page)
        .contains(
            "class=\"tile sev-critical zero\" data-sev=\"critical\"><b>0</b>",
            "class=\"tile sev-high\" data-sev=\"high\"><b>2</b>",
            "class=\"tile set\" data-state=\"waived\"><b>1</b>",
            "class=\"tile set zero\" data-state=\"baselined\"><b>0</b>");
    // Nothing to note: no list of notes.
    assertThat(page).doesNotContain("<ul class=\"notes\">");

    Path created = dir.resolve("created.json");
    assertThat(html(ReportScans.created(created)))
        .contains(
            "<div class=\"verdict pass\" id=\"verdict\"><strong>" + both("通过", "PASSED"),
            "class=\"tile set\" data-state=\"baselined\"><b>5</b>",
            "<ul class=\"notes\">\n<li><span lang=\"zh-CN\">已创建基线 "
                + created
                + "，记录 5 个发现项；以后的扫描不会因它们失败。</span><span lang=\"en\">Baseline "
                + created
                + " created with 5 finding(s); they will not fail later runs.</span></li>\n</ul>\n");
    Path applied = dir.resolve("applied.json");
    assertThat(html(ReportScans.applied(applied)))
        .contains(
            "<ul class=\"notes\">\n<li><span lang=\"zh-CN\">基线 "
                + applied
                + "：已知发现项 5 个，自记录以来已修复 0 个。</span><span lang=\"en\">Baseline "
                + applied
                + ": 5 finding(s) known, 0 fixed since it was recorded.</span></li>\n</ul>\n");

    String troubled = html(troubled());
    assertThat(troubled)
        .contains(
            "</strong><p>"
                + both(
                    "失败阈值为“从不”：本次扫描只报告，不判定失败。",
                    "The threshold is never: this scan reports without failing.")
                + " "
                + both("1 条规则运行出错，结果不完整。", "1 rule failed to run; the result is incomplete.")
                + "</p></div>\n",
            "<ul class=\"notes\">\n<li>"
                + both(
                    "1 条豁免已过期：其覆盖的发现项重新计入结果",
                    "1 expired waiver: the findings it covered count again")
                + "</li>\n<li>"
                + both("1 条豁免未匹配任何发现项", "1 waiver matched nothing")
                + "</li>\n</ul>\n");
  }
}
