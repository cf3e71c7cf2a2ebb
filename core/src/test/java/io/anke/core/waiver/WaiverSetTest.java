package io.anke.core.waiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WaiverSetTest {

  static final String ENTRY =
      """
      waivers:
        - rule: CRYPTO-WEAK-HASH
          subject: "pkg:maven/com.acme/legacy@*"
          reason: migration-planned
          justification: MD5 only names cache files; replaced in 2.4
          approvedBy: 李伟 (security officer)
          expires: 2026-12-31
      """;

  @Test
  void parsesEveryField() {
    WaiverSet set = WaiverSet.parse("waivers.yaml", ENTRY);
    assertThat(set.waivers()).hasSize(1);
    Waiver w = set.waivers().get(0);
    assertThat(w.rule()).isEqualTo("CRYPTO-WEAK-HASH");
    assertThat(w.subject()).isEqualTo("pkg:maven/com.acme/legacy@*");
    assertThat(w.reason()).isEqualTo(WaiverReason.MIGRATION_PLANNED);
    assertThat(w.justification()).startsWith("MD5 only");
    assertThat(w.approvedBy()).isEqualTo("李伟 (security officer)");
    assertThat(w.expires()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(w.where()).isEqualTo("waivers.yaml:2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rule", "subject", "reason", "justification", "approvedBy", "expires"})
  void everyMissingFieldIsAnErrorWithFileAndLine(String field) {
    String yaml =
        ENTRY
            .lines()
            .filter(
                l ->
                    !l.strip().startsWith(field + ":") && !l.strip().startsWith("- " + field + ":"))
            .reduce("", (a, b) -> a + b + "\n");
    if (field.equals("rule")) {
      // The list item then starts at "subject".
      yaml = yaml.replace("    subject:", "  - subject:");
    }
    String finalYaml = yaml;
    assertThatThrownBy(() -> WaiverSet.parse("waivers.yaml", finalYaml))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("waivers.yaml:2: waiver entry is missing '" + field + "'");
  }

  @Test
  void badReasonNamesTheAllowedOnesAndTheLine() {
    assertThatThrownBy(
            () -> WaiverSet.parse("w.yaml", ENTRY.replace("migration-planned", "because")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "w.yaml:4: unknown reason 'because'; expected one of false-positive,"
                + " migration-planned, compensating-control, not-applicable, accepted-risk");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-13-01", "31.12.2026", "next year", "2026-02-30"})
  void badDatesAreErrorsAtTheirLine(String date) {
    assertThatThrownBy(
            () -> WaiverSet.parse("w.yaml", ENTRY.replace("2026-12-31", "\"" + date + "\"")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "w.yaml:7: expires '"
                + date
                + "' is not a date; write it as YYYY-MM-DD, e.g. 2026-12-31");
  }

  @Test
  void unknownFieldsEmptyValuesAndNonListsAreErrors() {
    assertThatThrownBy(() -> WaiverSet.parse("w.yaml", ENTRY + "    ticket: SEC-12\n"))
        .hasMessageStartingWith("w.yaml:8: a waiver entry: unknown key 'ticket'; allowed keys:");
    assertThatThrownBy(
            () -> WaiverSet.parse("w.yaml", ENTRY.replace("李伟 (security officer)", "\"\"")))
        .hasMessage("w.yaml:6: approvedBy must not be empty");
    assertThatThrownBy(() -> WaiverSet.parse("w.yaml", "waivers: CRYPTO-WEAK-HASH\n"))
        .hasMessage("w.yaml:1: 'waivers' must be a list");
    assertThatThrownBy(() -> WaiverSet.parse("w.yaml", "suppressions: []\n"))
        .hasMessageStartingWith("w.yaml:1: the waiver file: unknown key 'suppressions'");
    assertThatThrownBy(() -> WaiverSet.parse("w.yaml", "waivers:\n  - rule: [a\n"))
        .hasMessageStartingWith("w.yaml:3: not valid YAML");
  }

  @Test
  void emptyFilesAndBareListsAreAccepted() {
    assertThat(WaiverSet.parse("w.yaml", "").isEmpty()).isTrue();
    assertThat(WaiverSet.parse("w.yaml", "waivers:\n").isEmpty()).isTrue();
    String bare =
        """
        - rule: R-1
          subject: "*"
          reason: false-positive
          justification: j
          approvedBy: a
          expires: 2030-01-01
        """;
    assertThat(WaiverSet.parse("w.yaml", bare).waivers()).hasSize(1);
  }

  @Test
  void globsMatchRuleIgnoringCaseAndSubjectExactly() {
    Waiver w =
        new Waiver(
            "crypto-*",
            "pkg:maven/com.acme/*",
            WaiverReason.FALSE_POSITIVE,
            "j",
            "a",
            LocalDate.of(2030, 1, 1),
            "w.yaml",
            1);
    assertThat(w.matches("CRYPTO-WEAK-HASH", "pkg:maven/com.acme/x@1")).isTrue();
    assertThat(w.matches("BOM-X", "pkg:maven/com.acme/x@1")).isFalse();
    assertThat(w.matches("CRYPTO-WEAK-HASH", "pkg:maven/com.ACME/x@1")).isFalse();
    assertThat(w.matches("CRYPTO-WEAK-HASH", "xpkg:maven/com.acme/x@1")).isFalse();
    Waiver one =
        new Waiver(
            "R-1", "a?c", WaiverReason.NOT_APPLICABLE, "j", "a", LocalDate.of(2030, 1, 1), "", 0);
    assertThat(one.matches("R-1", "abc")).isTrue();
    assertThat(one.matches("R-1", "abbc")).isFalse();
    assertThat(one.matches("R-10", "abc")).isFalse();
  }

  @Test
  void aWaiverIsInForceThroughItsExpiryDayAndNamesWhereItStands() {
    Waiver w =
        new Waiver(
            "R-1",
            "s",
            WaiverReason.NOT_APPLICABLE,
            "j",
            "a",
            LocalDate.of(2030, 1, 1),
            "w.yaml",
            1);
    assertThat(w.isExpired(LocalDate.of(2029, 12, 31))).isFalse();
    assertThat(w.isExpired(LocalDate.of(2030, 1, 1))).isFalse();
    assertThat(w.isExpired(LocalDate.of(2030, 1, 2))).isTrue();
    assertThat(w.where()).isEqualTo("w.yaml:1");
    // line 0: made in code, no line to name
    Waiver inCode =
        new Waiver(
            "R-1", "s", WaiverReason.NOT_APPLICABLE, "j", "a", LocalDate.of(2030, 1, 1), "api", 0);
    assertThat(inCode.where()).isEqualTo("api");
  }

  @Test
  void expiredWaiversStopApplyingAndUnusedOnesAreListed() {
    WaiverSet set =
        WaiverSet.parse(
            "w.yaml",
            ENTRY
                + """
                  - rule: BOM-*
                    subject: "*"
                    reason: accepted-risk
                    justification: accepted by the board
                    approvedBy: CISO
                    expires: 2030-01-01
                """);
    // The expiry day itself still applies.
    WaiverSet.Matching lastDay = set.start(LocalDate.of(2026, 12, 31));
    assertThat(lastDay.match("CRYPTO-WEAK-HASH", "pkg:maven/com.acme/legacy@1.0")).isPresent();
    assertThat(lastDay.expired()).isEmpty();
    assertThat(lastDay.unused()).extracting(Waiver::rule).containsExactly("BOM-*");

    WaiverSet.Matching later = set.start(LocalDate.of(2027, 1, 1));
    assertThat(later.match("CRYPTO-WEAK-HASH", "pkg:maven/com.acme/legacy@1.0")).isEmpty();
    assertThat(later.match("CRYPTO-WEAK-HASH", "pkg:maven/com.acme/legacy@2.0")).isEmpty();
    assertThat(later.match("BOM-NON-DOMESTIC", "pkg:maven/x/y@1")).isPresent();
    assertThat(later.expired()).hasSize(1).containsValue(2);
    assertThat(later.unused()).isEmpty();
  }

  @Test
  void readsFilesAndNamesMissingOnes(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("waivers.yaml");
    Files.writeString(f, ENTRY);
    assertThat(WaiverSet.read(f).waivers()).hasSize(1);
    assertThatThrownBy(() -> WaiverSet.read(dir.resolve("nope.yaml")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageEndingWith("nope.yaml: no such file");
    Path bin = dir.resolve("bin.yaml");
    Files.write(bin, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    assertThatThrownBy(() -> WaiverSet.read(bin)).hasMessageEndingWith("bin.yaml: not UTF-8 text");
  }
}
