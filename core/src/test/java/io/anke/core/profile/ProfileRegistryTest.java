package io.anke.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.ConfigurationException;
import io.anke.core.FailOn;
import io.anke.core.Severity;
import io.anke.core.engine.TestRules;
import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileRegistryTest {

  static final List<Rule> RULES = TestRules.sample();
  static final Map<String, RuleDescriptor> BY_ID =
      RULES.stream()
          .map(Rule::descriptor)
          .collect(Collectors.toMap(RuleDescriptor::id, Function.identity()));

  static final String CRYPTO_L2 =
      """
      id: crypto-l2
      title: {zh: 密评二级, en: Crypto level 2}
      failOn: high
      """;
  static final String CRYPTO_L3 =
      """
      id: crypto-l3
      title:
        zh: 密评三级
        en: Crypto level 3
      extends: crypto-l2
      severity:
        CRYPTO-WEAK-HASH: critical
      """;

  static ProfileRegistry bundledLike() {
    return ProfileRegistry.empty()
        .withDocument("crypto-l2.yaml", CRYPTO_L2)
        .withDocument("crypto-l3.yaml", CRYPTO_L3);
  }

  static List<String> selected(Profile p) {
    return p.select(RULES).stream().map(r -> r.descriptor().id()).toList();
  }

  @Test
  void membershipAndExtendsSelectRules() {
    ProfileRegistry reg = bundledLike();
    assertThat(selected(reg.get("crypto-l2"))).containsExactly("CRYPTO-WEAK-HASH");
    assertThat(selected(reg.get("crypto-l3"))).containsExactly("CRYPTO-ECB", "CRYPTO-WEAK-HASH");
    assertThat(reg.get("crypto-l3").parents()).extracting(Profile::id).containsExactly("crypto-l2");
    assertThat(reg.get("crypto-l3").title().zh()).isEqualTo("密评三级");
  }

  @Test
  void severityOverridesAndFailOnAreInherited() {
    ProfileRegistry reg =
        bundledLike()
            .withDocument(
                "mine.yaml",
                """
                id: mine
                title: {zh: 我的, en: Mine}
                extends: [crypto-l3]
                severity:
                  "CRYPTO-*": low
                """);
    Profile l3 = reg.get("crypto-l3");
    assertThat(l3.severityOverride(BY_ID.get("CRYPTO-WEAK-HASH"))).contains(Severity.CRITICAL);
    assertThat(l3.severityOverride(BY_ID.get("CRYPTO-ECB"))).isEmpty();
    assertThat(l3.failOn()).contains(FailOn.atOrAbove(Severity.HIGH));
    Profile mine = reg.get("mine");
    // The child's glob wins over the parent's exact id: the child decides.
    assertThat(mine.severityOverride(BY_ID.get("CRYPTO-WEAK-HASH"))).contains(Severity.LOW);
    assertThat(mine.failOn()).contains(FailOn.atOrAbove(Severity.HIGH));
  }

  @Test
  void withinOneProfileAnExactIdBeatsAGlob() {
    Profile p =
        ProfileRegistry.empty()
            .withDocument(
                "p.yaml",
                """
                id: p
                title: {zh: 甲, en: P}
                include: {categories: [crypto]}
                severity:
                  CRYPTO-WEAK-HASH: info
                  "CRYPTO-*": critical
                """)
            .get("p");
    assertThat(p.severityOverride(BY_ID.get("CRYPTO-WEAK-HASH"))).contains(Severity.INFO);
    assertThat(p.severityOverride(BY_ID.get("CRYPTO-ECB"))).contains(Severity.CRITICAL);
  }

  @Test
  void includeByIdGlobCategoryAndProfileAndExclude() {
    ProfileRegistry reg =
        bundledLike()
            .withDocument(
                "wide.yaml",
                """
                id: wide
                title: {zh: 宽, en: Wide}
                extends: crypto-l3
                include:
                  rules: ["HOST-*"]
                  categories: bom
                  profiles: [xinchuang]
                exclude:
                  rules: [CRYPTO-ECB]
                failOn: never
                """);
    Profile wide = reg.get("wide");
    assertThat(selected(wide))
        .containsExactly("BOM-NON-DOMESTIC-DB", "CRYPTO-WEAK-HASH", "HOST-OS");
    assertThat(wide.failOn()).contains(FailOn.NEVER);
  }

  @Test
  void userFileExtendsBundledProfile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("team.yaml");
    Files.writeString(
        file,
        """
        id: team
        title: {zh: 团队, en: Team}
        extends: crypto-l2
        include: {rules: [HOST-OS]}
        """);
    Profile p = bundledLike().resolve(file.toString());
    assertThat(p.id()).isEqualTo("team");
    assertThat(p.bundled()).isFalse();
    assertThat(selected(p)).containsExactly("CRYPTO-WEAK-HASH", "HOST-OS");
    assertThat(bundledLike().withFile(file).all())
        .extracting(Profile::id)
        .containsExactly("crypto-l2", "crypto-l3", "team");
  }

  @Test
  void cycleIsAConfigurationErrorWithFileAndLine() {
    ProfileRegistry reg =
        ProfileRegistry.empty()
            .withDocument("a.yaml", "id: a\ntitle: {zh: 甲, en: A}\nextends: b\n")
            .withDocument("b.yaml", "id: b\ntitle: {zh: 乙, en: B}\nextends: [a]\n");
    assertThatThrownBy(() -> reg.get("a"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageMatching("[ab]\\.yaml:3: profiles extend each other in a cycle: .*");
    assertThatThrownBy(
            () ->
                ProfileRegistry.empty()
                    .withDocument("self.yaml", "id: s\ntitle: {zh: 自, en: S}\nextends: s\n")
                    .all())
        .hasMessage("self.yaml:3: profile 's' extends itself");
  }

  @Test
  void filesMayArriveChildFirst() {
    ProfileRegistry reg =
        ProfileRegistry.empty()
            .withDocument("crypto-l3.yaml", CRYPTO_L3)
            .withDocument("crypto-l2.yaml", CRYPTO_L2);
    assertThat(selected(reg.get("crypto-l3"))).containsExactly("CRYPTO-ECB", "CRYPTO-WEAK-HASH");
  }

  @Test
  void unknownParentIsAnErrorAtItsLine() {
    assertThatThrownBy(
            () ->
                bundledLike()
                    .withDocument(
                        "x.yaml",
                        "id: x\ntitle: {zh: 甲, en: X}\nextends:\n  - crypto-l2\n  - crypto-l9\n")
                    .get("x"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("x.yaml:5: profile extends unknown profile 'crypto-l9'")
        .hasMessageContaining("crypto-l2, crypto-l3");
  }

  @Test
  void unknownKeysBadSeveritiesAndMissingFieldsAreErrorsWithLines() {
    ProfileRegistry reg = ProfileRegistry.empty();
    assertThatThrownBy(
            () -> reg.withDocument("k.yaml", "id: k\ntitle: {zh: 甲, en: K}\nrules: [X]\n"))
        .hasMessageStartingWith("k.yaml:3: a profile: unknown key 'rules'; allowed keys:");
    assertThatThrownBy(
            () ->
                reg.withDocument(
                    "s.yaml", "id: s\ntitle: {zh: 甲, en: S}\nseverity:\n  X-Y: severe\n"))
        .hasMessageStartingWith("s.yaml:4: severity of X-Y: unknown severity 'severe'");
    assertThatThrownBy(() -> reg.withDocument("t.yaml", "id: t\n"))
        .hasMessage("t.yaml:1: a profile needs 'title'");
    assertThatThrownBy(() -> reg.withDocument("z.yaml", "id: z\ntitle: {en: Z}\n"))
        .hasMessage("z.yaml:2: title needs both 'zh' and 'en'");
    assertThatThrownBy(
            () -> reg.withDocument("f.yaml", "id: f\ntitle: {zh: 甲, en: F}\nfailOn: sometimes\n"))
        .hasMessageStartingWith("f.yaml:3: failOn: unknown fail-on threshold 'sometimes'");
    assertThatThrownBy(() -> reg.withDocument("i.yaml", "id: Bad_Id\ntitle: {zh: 甲, en: F}\n"))
        .hasMessageStartingWith("i.yaml:1: profile id 'Bad_Id' must be lower-case");
    assertThatThrownBy(() -> reg.withDocument("y.yaml", "id: [unclosed\n"))
        .hasMessageStartingWith("y.yaml:2: not valid YAML");
    assertThatThrownBy(() -> reg.withDocument("d.yaml", "id: d\ntitle: {zh: 甲, en: D}\nid: e\n"))
        .hasMessage("d.yaml:3: a profile: duplicate key 'id'");
  }

  @Test
  void unknownExactRuleIdsAreReportedAtTheirLine() {
    Profile p =
        ProfileRegistry.empty()
            .withDocument(
                "typo.yaml",
                """
                id: typo
                title: {zh: 甲, en: Typo}
                include:
                  rules:
                    - "CRYPTO-*"
                    - CRYPTO-WEAK-HASSH
                """)
            .get("typo");
    List<String> known = List.copyOf(BY_ID.keySet());
    assertThatThrownBy(() -> p.checkRuleIds(known))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("typo.yaml:6: unknown rule 'CRYPTO-WEAK-HASSH'");
    Profile sev =
        ProfileRegistry.empty()
            .withDocument(
                "sev.yaml", "id: sev\ntitle: {zh: 甲, en: S}\nseverity:\n  NOPE-RULE: low\n")
            .get("sev");
    assertThatThrownBy(() -> sev.checkRuleIds(known))
        .hasMessage("sev.yaml:4: unknown rule 'NOPE-RULE'");
  }

  @Test
  void duplicateIdsAndUnknownProfilesAndMissingFiles(@TempDir Path dir) {
    assertThatThrownBy(() -> bundledLike().withDocument("again.yaml", CRYPTO_L2))
        .hasMessageStartingWith(
            "again.yaml:1: profile 'crypto-l2' is already defined in crypto-l2.yaml");
    assertThatThrownBy(() -> bundledLike().get("mlps-l9"))
        .hasMessage("unknown profile 'mlps-l9'; known profiles: crypto-l2, crypto-l3");
    Path missing = dir.resolve("missing.yaml");
    assertThatThrownBy(() -> bundledLike().resolve(missing.toString()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(missing + ": no such file");
  }
}
