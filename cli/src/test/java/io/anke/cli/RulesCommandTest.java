package io.anke.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.anke.cli.MainTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(EnglishLocale.class)
class RulesCommandTest {
  @Test
  void rulesListsEveryRuleAndTheEngineFindings() {
    Run r = MainTest.run("rules");
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith("RULE")
        .contains("ANKE-RULE-ERROR")
        .contains("ANKE-WAIVER-EXPIRED");
    assertThat(r.out()).containsPattern("\\d+ rule\\(s\\), plus the engine's own findings");
  }

  @Test
  void jsonIsMachineReadableAndBilingual() throws Exception {
    Run r = MainTest.run("rules", "--format", "json");
    assertThat(r.exit()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("schemaVersion").intValue()).isEqualTo(1);
    assertThat(root.get("profile").isNull()).isTrue();
    List<String> ids = new ArrayList<>();
    for (JsonNode rule : root.get("rules")) {
      ids.add(rule.get("id").textValue());
      assertThat(rule.at("/title/zh").textValue()).isNotBlank();
      assertThat(rule.at("/title/en").textValue()).isNotBlank();
      assertThat(rule.at("/remediation/zh").textValue()).isNotBlank();
      assertThat(rule.get("severity").textValue())
          .isIn("critical", "high", "medium", "low", "info");
    }
    assertThat(ids).contains("ANKE-RULE-ERROR", "ANKE-WAIVER-EXPIRED", "ANKE-WAIVER-UNUSED");
  }

  @Test
  void markdownReferenceIsCompleteAndDeterministic() {
    Run first = MainTest.run("rules", "--format", "markdown");
    Run second = MainTest.run("rules", "--format", "markdown");
    assertThat(first.exit()).isZero();
    assertThat(first.out()).isEqualTo(second.out());
    assertThat(first.out())
        .startsWith("# Anke 规则参考 / Rule reference\n")
        .contains("| [ANKE-WAIVER-EXPIRED](#anke-waiver-expired) | low | config |")
        .contains("\n## ANKE-WAIVER-EXPIRED\n")
        .contains("**理由 / Rationale**")
        .contains("**修复建议 / Remediation**")
        .contains("- 标准条款 / Standards: ");
    // Every rule in the summary table has its own section.
    long rows = first.out().lines().filter(l -> l.startsWith("| [")).count();
    long sections = first.out().lines().filter(l -> l.startsWith("## ")).count();
    assertThat(sections).isEqualTo(rows).isGreaterThanOrEqualTo(3);
  }

  @Test
  void profileSelectsRulesAndAUserFileCanExtendABundledOne(@TempDir Path dir) throws Exception {
    Run r = MainTest.run("rules", "--profile", "crypto-l3");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .startsWith("Profile crypto-l3: Commercial cryptography assessment, level 3");
    Path file = dir.resolve("team.yaml");
    Files.writeString(
        file,
        "id: team\ntitle: {zh: 团队, en: Team}\nextends: crypto-l3\nseverity:\n  \"ANKE-*\": high\n");
    Run own = MainTest.run("rules", "--profile", file.toString(), "--format", "json");
    assertThat(own.exit()).isZero();
    JsonNode root = new ObjectMapper().readTree(own.out());
    assertThat(root.get("profile").textValue()).isEqualTo("team");
    for (JsonNode rule : root.get("rules")) {
      if (rule.get("engine").booleanValue()) {
        assertThat(rule.get("severity").textValue()).isEqualTo("high");
      }
    }
  }

  @Test
  void unknownProfilesAndBadProfileFilesExitTwoWithFileAndLine(@TempDir Path dir) throws Exception {
    Run unknown = MainTest.run("rules", "--profile", "mlps-l9");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err())
        .contains("unknown profile 'mlps-l9'; known profiles: crypto-l2, crypto-l3,");
    assertThat(unknown.out()).isEmpty();

    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad, "id: bad\ntitle: {zh: 坏, en: Bad}\nextends: crypto-l2\nfailOn: sometimes\n");
    Run badFile = MainTest.run("rules", "--profile", bad.toString());
    assertThat(badFile.exit()).isEqualTo(2);
    assertThat(badFile.err()).contains(bad + ":4: failOn: unknown fail-on threshold 'sometimes'");
    assertThat(badFile.err()).doesNotContain("Exception").doesNotContain("\tat ");

    Run missing = MainTest.run("rules", "--profile", dir.resolve("none.yaml").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("none.yaml: no such file");

    Run format = MainTest.run("rules", "--format", "pdf");
    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.err()).contains("pdf");
  }

  @Test
  void profilesListsTheSixBundledProfiles() {
    Run r = MainTest.run("profiles");
    assertThat(r.exit()).isZero();
    assertThat(r.out().lines().skip(1).map(l -> l.split(" ")[0]).limit(6))
        .containsExactly(
            "crypto-l2",
            "crypto-l3",
            "gov-cloud-baseline*",
            "mlps-l2",
            "mlps-l3",
            "xinchuang-strict");
    assertThat(r.out())
        .contains("mlps-l2, crypto-l3")
        .contains("* default profile (gov-cloud-baseline)");
  }
}
