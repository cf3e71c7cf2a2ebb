package io.anke.core.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.Severity;
import io.anke.core.engine.TestRules;
import io.anke.core.rule.Finding;
import io.anke.core.rule.Location;
import io.anke.core.rule.Subject;
import io.anke.core.rule.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The edges of the report's building blocks: a dependency path at either end of a message, the
 * domestic-share chart's rows, paragraph joining, wrapping after a leading space, clause order.
 */
class ReportPartsEdgeCasesTest {
  static final Subject DRIVER =
      new Subject(
          Subject.COMPONENT,
          "pkg:maven/com.oracle.database.jdbc/ojdbc11@23.5",
          List.of("gov:app:1", "gov:shared:2", "com.oracle.database.jdbc:ojdbc11:23.5"));

  @Test
  void aPathParenthesisIsDroppedWhereverItStandsAndOnlyWhenItIsOne() {
    // The parenthesis opens the message: the rest stays.
    assertThat(HtmlFindings.withoutPath(Text.same("(gov:app:1 → gov:shared:2) uses MD5"), DRIVER))
        .isEqualTo(Text.same(" uses MD5"));
    // The path ends the message, with no parenthesis to close: kept as it is.
    Text atEnd = Text.same("uses MD5, pulled in by gov:app:1 → gov:shared:2");
    assertThat(HtmlFindings.withoutPath(atEnd, DRIVER)).isEqualTo(atEnd);
    // A closing parenthesis without an opening one: kept as it is.
    Text unopened = Text.same("uses MD5 gov:app:1 → gov:shared:2) here");
    assertThat(HtmlFindings.withoutPath(unopened, DRIVER)).isEqualTo(unopened);
  }

  @Test
  void aComponentWhoseNameOpensWithAParenthesisIsNoCrash() {
    // Names come from the scanned SBOM, so one may begin with "(" (an HTML report once threw
    // StringIndexOutOfBoundsException here). The path's own parenthesis is not the opening one.
    Subject odd = new Subject(Subject.COMPONENT, "pkg:generic/x", List.of("(evil", "x"));
    // The name's own parenthesis opens nothing: the message stays whole.
    Text bare = Text.same("uses MD5 (evil)");
    assertThat(HtmlFindings.withoutPath(bare, odd)).isEqualTo(bare);
    Text alone = Text.same("(evil) uses MD5");
    assertThat(HtmlFindings.withoutPath(alone, odd)).isEqualTo(alone);
    Text wrapped = Text.same("uses MD5 ((evil)");
    assertThat(HtmlFindings.withoutPath(wrapped, odd)).isEqualTo(Text.same("uses MD5"));
  }

  @Test
  void theDomesticShareChartShowsCategoriesWithUnitsUnderHardwareOrSoftware() {
    StringBuilder h = new StringBuilder();
    HtmlCharts.domesticShare(
        h,
        List.of(
            new DomesticShare("server", Text.of("服务器", "Server"), true, 3, 1, 0),
            new DomesticShare("cpu", Text.of("处理器", "Cpu"), true, 0, 0, 0),
            new DomesticShare("os", Text.of("操作系统", "Os"), false, 2, 0, 0)));
    String chart = h.toString();
    // A category without units is no row; one of two categories shown is entirely domestic.
    assertThat(chart).doesNotContain("data-category=\"cpu\"");
    assertThat(chart).contains("<span lang=\"en\">1 of 2 categories entirely domestic</span>");
    assertThat(chart)
        .contains(
            "<ul class=\"legend\"><li><svg class=\"swatch\" viewBox=\"0 0 10 10\""
                + " aria-hidden=\"true\"><rect class=\"domestic\" width=\"10\" height=\"10\"/>");
    // Hardware first, software after it, each category once.
    assertThat(chart)
        .containsSubsequence(
            "<span lang=\"en\">Hardware</span></h4>",
            "data-category=\"server\"",
            "<span lang=\"en\">Software and platforms</span></h4>",
            "data-category=\"os\"");
    assertThat(chart.split("data-category=\"server\"", -1)).hasSize(2);
    assertThat(chart.split("data-category=\"os\"", -1)).hasSize(2);
    // A bar has no segment for a part of no units; the parts are separated by a dot.
    assertThat(chart)
        .contains(
            "<rect class=\"domestic\" x=\"0\" y=\"0\" width=\"750\" height=\"10\"/>"
                + "<rect class=\"foreign\" x=\"750\" y=\"0\" width=\"250\" height=\"10\"/></svg>"
                + "<span class=\"row-value\"><span class=\"part\">"
                + "<span lang=\"zh-CN\">国产 3（75%）</span><span lang=\"en\">3 domestic (75%)</span>"
                + "</span> · <span class=\"part\">");
  }

  @Test
  void aCatalogCategoryIsNamedWithACapitalInEnglish() {
    Finding f =
        Finding.builder(TestRules.descriptor("HW-SHARE", Severity.INFO, "hw"))
            .subject(Subject.of(Subject.DEVICE, "inventory [server]"))
            .location(Location.of("hw.csv"))
            .message(Text.same("share"))
            .property(DomesticShare.CATEGORY, "server")
            .property(DomesticShare.DOMESTIC, "1")
            .property(DomesticShare.FOREIGN, "0")
            .property(DomesticShare.UNKNOWN, "0")
            .build();
    List<DomesticShare> shares = DomesticShare.of(List.of(f));
    assertThat(shares).hasSize(1);
    assertThat(shares.get(0).name()).isEqualTo(Text.of("服务器", "Server"));
  }

  @Test
  void paragraphSentencesJoinWithASpaceInEnglishAndNothingInChinese() {
    assertThat(Remediation.html("Remove MD5. Use SM3.", false))
        .isEqualTo("<p>Remove MD5. Use SM3.</p>");
    assertThat(Remediation.html("删除 MD5。改用 SM3。", true)).isEqualTo("<p>删除 MD5。改用 SM3。</p>");
  }

  @Test
  void aLeadingSpaceTakesNoColumnOfTheFirstLine() {
    assertThat(TextLayout.wrap(" abcd efgh", 9)).containsExactly("abcd efgh");
    assertThat(TextLayout.wrap(" abcd efgh", 8)).containsExactly("abcd", "efgh");
  }

  @Test
  void clausesCompareByEveryPartAndLongNumbersStillCompareAsNumbers() {
    // Same number, different letter; a clause before its sub-clauses.
    assertThat(Standards.ORDER.compare("GB/T 39786-2021 8.5(b)", "GB/T 39786-2021 8.5(c)"))
        .isNegative();
    assertThat(Standards.ORDER.compare("GB/T 22239-2019 8.1", "GB/T 22239-2019 8.1.2"))
        .isNegative();
    assertThat(Standards.ORDER.compare("GB/T 22239-2019 8.1.2", "GB/T 22239-2019 8.1"))
        .isPositive();
    // 18 digits still fit a long: 10^17 is after 9.
    assertThat(Standards.ORDER.compare("GB/T 22239-2019 100000000000000000", "GB/T 22239-2019 9"))
        .isPositive();
  }

  @Test
  void severityNamesInBothLanguages() {
    assertThat(ReportText.severityBoth(Severity.HIGH)).isEqualTo(Text.of("高危", "HIGH"));
  }
}
