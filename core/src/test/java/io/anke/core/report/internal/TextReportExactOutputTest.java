package io.anke.core.report.internal;

import static io.anke.core.report.internal.ReportScans.EN;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text report's exact lines: groups, the baseline in the summary and its own section. */
class TextReportExactOutputTest {
  static final TextReport TEXT = new TextReport();

  @Test
  void aSeverityGroupIsSetApartAndItsFirstFindingFollowsItsHeading() {
    assertThat(TEXT.id()).isEqualTo("text");
    String text = ReportScans.render(TEXT, ReportScans.plain(), EN);
    assertThat(text)
        .startsWith(
            "Anke compliance report — Profile: (all rules, no profile)\n"
                + "Summary: 0 critical, 2 high, 3 medium, 0 low, 0 info; 1 waived, 0 in baseline"
                + " — fail-on high: FAILED\n"
                + "\n"
                + "== HIGH (2) ==\n"
                + "[CRYPTO-WEAK-HASH] Weak hash *MD5* [C:\\x]\n");
    assertThat(text).contains("\n\n== MEDIUM (3) ==\n[CONFIG-MANY] Many\n");
    // No baseline: neither a baseline line nor a baseline section.
    assertThat(text).doesNotContain("Baseline").doesNotContain("already in the baseline");
  }

  @Test
  void longHeadingsWrapUnderTheirText() {
    String text = ReportScans.render(TEXT, ReportScans.plain(), EN.withWidth(40));
    assertThat(text).startsWith("Anke compliance report — Profile: (all\n  rules, no profile)\n");
    assertThat(text).contains("\n[CRYPTO-WEAK-HASH] Weak hash *MD5*\n  [C:\\x]\n");
  }

  @Test
  void aCreatedBaselineLeavesNoCountingFindingAndIsListedAfterTheWaivers(@TempDir Path dir) {
    Path file = dir.resolve("created.json");
    String text = ReportScans.render(TEXT, ReportScans.created(file), EN.withWidth(400));
    assertThat(text)
        .isEqualTo(
            "Anke compliance report — Profile: (all rules, no profile)\n"
                + "Summary: 0 critical, 0 high, 0 medium, 0 low, 0 info; 1 waived, 5 in baseline"
                + " — fail-on high: PASSED\n"
                + "  Baseline "
                + file
                + " created with 5 finding(s); they will not fail later runs.\n"
                + "\n"
                + "No findings.\n"
                + "\n"
                + "== Waived findings (1) ==\n"
                + "[HOST-OS] os\n"
                + "  not-applicable, approved by Li, expires 2030-01-01 (waivers.yaml:2):"
                + " containers only\n"
                + "\n"
                + "== Findings already in the baseline (5) ==\n"
                + "[CRYPTO-WEAK-HASH] HIGH com.x.Bar\n"
                + "[CRYPTO-WEAK-HASH] HIGH pkg:maven/com.x/lib@1\n"
                + "[CONFIG-MANY] MEDIUM app.properties\n"
                + "[CONFIG-MANY] MEDIUM app.properties\n"
                + "[CONFIG-MANY] MEDIUM jvm\n");
  }

  @Test
  void anAppliedBaselineSaysWhatItKnew(@TempDir Path dir) {
    Path file = dir.resolve("applied.json");
    String text = ReportScans.render(TEXT, ReportScans.applied(file), EN.withWidth(400));
    assertThat(text)
        .contains(
            " — fail-on high: FAILED\n  Baseline "
                + file
                + ": 5 finding(s) known, 0 fixed since it was recorded.\n\n== HIGH (1) ==\n")
        .contains("\n== Findings already in the baseline (5) ==\n")
        .doesNotContain("No findings.");
  }
}
