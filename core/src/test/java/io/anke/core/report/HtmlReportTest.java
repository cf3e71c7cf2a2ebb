package io.anke.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.Severity;
import io.anke.core.engine.Engine;
import io.anke.core.engine.ScanResult;
import io.anke.core.engine.TestRules;
import io.anke.core.rule.Location;
import io.anke.core.rule.RuleDescriptor;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.core.rule.Text;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The HTML report's markup: escaping, self-containment, both languages, one card per finding and
 * the three groupings, and the domestic-share chart drawn from the figures findings carry. How it
 * looks and behaves in a browser is {@code HtmlReportBrowserTest} in the cli module.
 */
class HtmlReportTest {
  static final ReportOptions EN = new ReportOptions(Locale.ENGLISH, "1.2.3", false);
  static final ReportOptions ZH = new ReportOptions(Locale.SIMPLIFIED_CHINESE, "1.2.3", false);

  static String html(ScanResult r, ReportOptions o) {
    return new String(
        ReportFormats.render(ReportFormats.builtIn().get("html"), r, o), StandardCharsets.UTF_8);
  }

  static int count(String s, String regex) {
    Matcher m = Pattern.compile(regex).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void escapesEverythingAndLoadsNothing() {
    String html = html(SampleScan.result(), ZH);
    assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>soon</b>");
    assertThat(html).contains("uses MD5 &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    assertThat(html).contains("&lt;b&gt;soon&lt;/b&gt;");
    assertThat(html).doesNotContain("\u001b");
    assertThat(count(html, "<script")).isEqualTo(1);
    assertThat(count(html, "<style")).isEqualTo(1);
    assertThat(html)
        .doesNotContainIgnoringCase("http://")
        .doesNotContainIgnoringCase("https://")
        .doesNotContain(" src=")
        .doesNotContain(" href=")
        .doesNotContain("@import")
        .doesNotContain("url(");
    assertThat(html)
        .contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                + " style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none';"
                + " form-action 'none'\">");
  }

  @Test
  void opensInTheOptionsLanguageWithBothInThePage() {
    String zh = html(SampleScan.result(), ZH);
    assertThat(zh).contains("<html lang=\"zh-CN\">").contains("<body class=\"show-zh\">");
    assertThat(zh)
        .contains(
            "<span lang=\"zh-CN\">Anke 合规检查报告</span><span lang=\"en\">Anke compliance report</span>");
    // Texts that render no markup are in the report's language, with both for the switch.
    assertThat(zh)
        .contains(
            "<option value=\"high\" data-attr=\"text\" data-zh=\"高危\" data-en=\"High\">高危</option>");
    assertThat(zh)
        .contains(
            "placeholder=\"筛选发现项\" data-attr=\"placeholder\" data-zh=\"筛选发现项\""
                + " data-en=\"Filter findings\"");
    assertThat(zh).contains("<title data-attr=\"text\"").contains(">Anke 合规检查报告</title>");
    assertThat(zh).doesNotContainPattern("<option[^>]*>[^<]*<span");
    String en = html(SampleScan.result(), EN);
    assertThat(en).contains("<html lang=\"en\">").contains("<body class=\"show-en\">");
    assertThat(en).contains("\">High</option>").contains(">Anke compliance report</title>");
    // Severity names and standard names in both languages.
    assertThat(zh)
        .contains("<span lang=\"zh-CN\">严重</span><span lang=\"en\">Critical</span>")
        .contains(
            "<span lang=\"zh-CN\">信息安全技术 信息系统密码应用基本要求</span>"
                + "<span lang=\"en\">Baseline requirements for the application of cryptography"
                + " to information systems</span>");
  }

  @Test
  void eachFindingIsOneCardThatTheRuleAndClauseViewsName() {
    String html = html(SampleScan.result(), EN);
    assertThat(count(html, "<article class=\"finding ")).isEqualTo(7);
    assertThat(count(html, "<article class=\"finding waived\"")).isEqualTo(1);
    assertThat(html).contains("<div class=\"view\" data-view=\"subject\">");
    assertThat(html).contains("<div class=\"view\" data-view=\"rule\" hidden>");
    assertThat(html).contains("<div class=\"view\" data-view=\"clause\" hidden>");
    // The rule view: one group per rule, in order of severity.
    assertThat(html)
        .containsSubsequence(
            "data-view=\"rule\"",
            "data-members=\"0 1\"",
            "data-members=\"2 3\"",
            "data-members=\"4\"",
            "data-members=\"5\"",
            "data-members=\"6\"",
            "data-view=\"clause\"");
    // The clause view: the rules' one clause, then the engine's own finding, which has none.
    assertThat(html)
        .containsSubsequence(
            "data-view=\"clause\"",
            "GB/T 39786-2021 8.5(b)",
            "data-members=\"0 1 2 3 5 6\"",
            "No standard clause",
            "data-members=\"4\"");
    assertThat(count(html, "<div class=\"items\" data-members=")).isEqualTo(5 + 2);
    // The subject view shows the dependency path once, in the group's head.
    assertThat(count(html, "<div class=\"g-path\">")).isEqualTo(2);
    // The summary counts and the verdict.
    assertThat(html).contains("data-sev=\"critical\"><b>1</b>");
    assertThat(html).contains("<div class=\"verdict fail\" id=\"verdict\">");
    assertThat(html).contains("2 counting findings are at or above the threshold (high or above).");
    assertThat(html).contains("data-clause=\"GB/T 39786-2021 8.5(b)\" data-count=\"6\"");
  }

  static final RuleDescriptor SHARE =
      TestRules.descriptor("HW-SHARE", Severity.INFO, "hw", "sample");

  /** A scan whose findings state the domestic share of three categories, one of them twice. */
  static ScanResult shares() {
    var rule =
        TestRules.rule(
            SHARE,
            (ctx, sink) -> {
              for (String[] c :
                  List.of(
                      new String[] {"server", "16", "2", "0"},
                      new String[] {"os", "3", "0", "1"},
                      new String[] {"cpu", "8", "0", "0"},
                      new String[] {"network", "1", "3", "0"},
                      new String[] {"network", "3", "0", "0"},
                      new String[] {"storage", "x", "0", "0"})) {
                var b =
                    sink.finding()
                        .subject(Subject.of(Subject.DEVICE, "inventory [" + c[0] + "]"))
                        .location(Location.of("hw.csv"))
                        .message(Text.same("share"));
                b.property("category", c[0])
                    .property("domestic", c[1])
                    .property("foreign", c[2])
                    .property("unknown", c[3]);
                sink.report(b.key(c[0] + c[1]).build());
              }
            });
    return Engine.builder().addRules(List.of(rule)).build().run(ScanContext.empty());
  }

  @Test
  void theDomesticShareChartIsDrawnFromTheFiguresFindingsCarry() {
    String html = html(shares(), EN);
    String chart = html.substring(html.indexOf("<figure class=\"chart\" id=\"share\">"));
    chart = chart.substring(0, chart.indexOf("</figure>"));
    // Hardware first (server, cpu, network in the catalog's order), then software; the network's
    // two
    // findings are added up; a finding whose figures are not numbers is no figure.
    assertThat(chart)
        .containsSubsequence(
            "Hardware",
            "data-category=\"server\"",
            "data-category=\"cpu\"",
            "data-category=\"network\"",
            "Software");
    assertThat(chart).contains("data-category=\"os\"").doesNotContain("storage");
    assertThat(chart)
        .contains("data-category=\"network\" data-domestic=\"4\" data-foreign=\"3\"")
        .contains("16 domestic (89%)")
        .contains("2 foreign (11%)")
        .contains("18 in all")
        .contains("1 unknown (25%)");
    // The bar: domestic 16 of 18 units of a 1000-wide bar, then foreign after it.
    assertThat(chart)
        .contains(
            "<rect class=\"domestic\" x=\"0\" y=\"0\" width=\"888.89\" height=\"10\"/>"
                + "<rect class=\"foreign\" x=\"888.89\" y=\"0\" width=\"111.11\" height=\"10\"/>");
    assertThat(chart).contains("1 of 4 categories entirely domestic");
    String zh = html(shares(), ZH);
    assertThat(zh).contains("国产 16（89%）").contains("4 个类别中 1 个全部国产").contains("服务器");
    // No figures: the chart says where they come from.
    assertThat(html(SampleScan.result(), EN)).contains("No domestic-share figures in this scan.");
  }

  @Test
  void everyFixedLabelExistsInBothLanguages() throws Exception {
    java.util.Properties en = new java.util.Properties();
    java.util.Properties zh = new java.util.Properties();
    try (var a = getClass().getResourceAsStream("Html.properties");
        var b = getClass().getResourceAsStream("Html_zh_CN.properties")) {
      en.load(new java.io.InputStreamReader(a, StandardCharsets.UTF_8));
      zh.load(new java.io.InputStreamReader(b, StandardCharsets.UTF_8));
    }
    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (Map.Entry<Object, Object> e : zh.entrySet()) {
      String key = (String) e.getKey();
      String words = ((String) e.getValue()).replaceAll("\\{[^}]*}", "");
      if (key.startsWith("std.") && key.endsWith(".label")
          || key.equals("switchTo")
          || words.codePoints().noneMatch(Character::isLetter)) {
        continue;
      }
      // Chinese texts are Chinese (keys, ids and numbers aside).
      assertThat(((String) e.getValue()).codePoints().anyMatch(Character::isIdeographic))
          .as(key)
          .isTrue();
    }
  }
}
