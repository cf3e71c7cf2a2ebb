package io.anke.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.ConfigurationException;
import io.anke.core.ExitCode;
import io.anke.core.FailOn;
import io.anke.core.Severity;
import io.anke.core.baseline.Baseline;
import io.anke.core.engine.ScanResult.BaselineStatus;
import io.anke.core.profile.Profile;
import io.anke.core.profile.ProfileRegistry;
import io.anke.core.rule.FactKey;
import io.anke.core.rule.Finding;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.InputGap;
import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleDescriptor;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Text;
import io.anke.core.waiver.WaiverSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {
  static final RuleDescriptor HASH =
      TestRules.descriptor("CRYPTO-WEAK-HASH", Severity.HIGH, "crypto", "p");
  static final RuleDescriptor DB =
      TestRules.descriptor("BOM-NON-DOMESTIC-DB", Severity.MEDIUM, "bom", "p");
  static final RuleDescriptor OS = TestRules.descriptor("HOST-OS", Severity.LOW, "host");

  static final Clock JAN_2027 = Clock.fixed(Instant.parse("2027-01-15T00:00:00Z"), ZoneOffset.UTC);

  static Engine.Builder engine(Rule... rules) {
    return Engine.builder().addRules(List.of(rules)).clock(JAN_2027);
  }

  static List<String> ids(ScanResult r) {
    return r.findings().stream().map(f -> f.ruleId() + "/" + f.subject().id()).toList();
  }

  @Test
  void findingsAreSortedBySeverityThenRuleThenSubject() {
    ScanResult r =
        engine(
                TestRules.reporting(OS, "z"),
                TestRules.reporting(DB, "b", "a"),
                TestRules.reporting(HASH, "c"))
            .build()
            .run(ScanContext.empty());
    assertThat(ids(r))
        .containsExactly(
            "CRYPTO-WEAK-HASH/c", "BOM-NON-DOMESTIC-DB/a", "BOM-NON-DOMESTIC-DB/b", "HOST-OS/z");
    assertThat(r.summary().total()).isEqualTo(4);
    assertThat(r.summary().count(Severity.HIGH)).isEqualTo(1);
    assertThat(r.summary().count(Severity.MEDIUM)).isEqualTo(2);
    assertThat(r.summary().passed()).isFalse();
    assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.rules())
        .extracting(RuleDescriptor::id)
        .containsExactly("BOM-NON-DOMESTIC-DB", "CRYPTO-WEAK-HASH", "HOST-OS");
  }

  @Test
  void failOnThresholdDecidesTheExitCode() {
    Rule medium = TestRules.reporting(DB, "a");
    assertThat(engine(medium).build().run(ScanContext.empty()).exitCode()).isEqualTo(ExitCode.OK);
    ScanResult strict =
        engine(medium).failOn(FailOn.atOrAbove(Severity.MEDIUM)).build().run(ScanContext.empty());
    assertThat(strict.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(strict.summary().failOn().id()).isEqualTo("medium");
    Rule high = TestRules.reporting(HASH, "a");
    assertThat(engine(high).failOn(FailOn.NEVER).build().run(ScanContext.empty()).exitCode())
        .isEqualTo(ExitCode.OK);
  }

  @Test
  void profileSelectsRulesOverridesSeverityAndSetsFailOn() {
    Profile p =
        ProfileRegistry.empty()
            .withDocument(
                "p.yaml",
                """
                id: p
                title: {zh: 甲, en: P}
                severity: {BOM-NON-DOMESTIC-DB: critical}
                failOn: critical
                """)
            .get("p");
    Engine e =
        engine(
                TestRules.reporting(HASH, "a"),
                TestRules.reporting(DB, "b"),
                TestRules.reporting(OS, "c"))
            .profile(p)
            .build();
    assertThat(e.selectedRules())
        .extracting(x -> x.descriptor().id())
        .containsExactly("BOM-NON-DOMESTIC-DB", "CRYPTO-WEAK-HASH");
    ScanResult r = e.run(ScanContext.empty());
    assertThat(ids(r)).containsExactly("BOM-NON-DOMESTIC-DB/b", "CRYPTO-WEAK-HASH/a");
    assertThat(r.findings().get(0).severity()).isEqualTo(Severity.CRITICAL);
    assertThat(r.rule("BOM-NON-DOMESTIC-DB").orElseThrow().severity()).isEqualTo(Severity.CRITICAL);
    assertThat(r.summary().failOn()).isEqualTo(FailOn.atOrAbove(Severity.CRITICAL));
    assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.profileUsed()).contains(p);
  }

  /** A fact kind for the tests below. */
  record Usage(String algorithm) {}

  static final FactKey<Usage> USAGES = FactKey.of("usages", Usage.class);

  /** A rule that requires {@link #USAGES} and reports one finding per usage. */
  static Rule requiringUsages(RuleDescriptor d) {
    return new Rule() {
      @Override
      public RuleDescriptor descriptor() {
        return d;
      }

      @Override
      public Set<FactKey<?>> requires() {
        return Set.of(USAGES);
      }

      @Override
      public void evaluate(ScanContext context, FindingSink sink) {
        for (Usage u : context.facts(USAGES)) {
          sink.report(TestRules.finding(d, u.algorithm()));
        }
      }
    };
  }

  @Test
  void aRuleWhoseFactsTheContextDoesNotAccountForDoesNotRunAndIsReportedNotPassed() {
    boolean[] ran = {false};
    Rule watched =
        TestRules.rule(
            OS,
            (ctx, sink) -> {
              ran[0] = true;
            });
    Rule needsUsagesToo =
        new Rule() {
          @Override
          public RuleDescriptor descriptor() {
            return TestRules.descriptor("CRYPTO-OTHER", Severity.LOW, "crypto");
          }

          @Override
          public Set<FactKey<?>> requires() {
            return Set.of(USAGES);
          }

          @Override
          public void evaluate(ScanContext context, FindingSink sink) {
            ran[0] = true;
          }
        };
    // The caller forgot the usages: neither attached nor said it looked for them.
    ScanResult r =
        engine(requiringUsages(HASH), needsUsagesToo, TestRules.reporting(DB, "d"))
            .build()
            .run(ScanContext.empty());
    assertThat(ran[0]).isFalse();
    assertThat(ids(r)).containsExactly("ANKE-INPUT-MISSING/facts usages", "BOM-NON-DOMESTIC-DB/d");
    Finding f = r.findings().get(0);
    assertThat(f.severity()).isEqualTo(Severity.HIGH);
    assertThat(f.message().en())
        .isEqualTo(
            "The scan did not account for usages facts (neither attached them, nor looked for them"
                + " and found none, nor declared that it does not gather them): 2 rule(s) of this"
                + " profile that need them did not run (CRYPTO-OTHER, CRYPTO-WEAK-HASH)");
    assertThat(f.message().zh()).contains("usages").contains("CRYPTO-OTHER, CRYPTO-WEAK-HASH");
    assertThat(f.properties()).containsEntry("rules", "CRYPTO-OTHER, CRYPTO-WEAK-HASH");
    // what to do about forgotten facts, not the input gap's "compile the module first"
    assertThat(f.remediation().en()).contains("usages facts").contains("notGathered");
    assertThat(f.remediation().en()).doesNotContain("compile");
    assertThat(r.summary().passed()).isFalse();
    assertThat(r.rule("ANKE-INPUT-MISSING")).isPresent();
    // A rule without declared facts is not affected.
    assertThat(engine(watched).build().run(ScanContext.empty()).findings()).isEmpty();
    assertThat(ran[0]).isTrue();
  }

  @Test
  void factsAttachedLookedForOrOutOfScopeLetTheRuleRunAsBefore() {
    Rule rule = requiringUsages(HASH);
    ScanResult attached =
        engine(rule).build().run(ScanContext.builder().fact(new Usage("MD5")).build());
    assertThat(ids(attached)).containsExactly("CRYPTO-WEAK-HASH/MD5");

    // Looked for, none found: a real pass.
    ScanResult none = engine(rule).build().run(ScanContext.builder().gathered(USAGES).build());
    assertThat(none.findings()).isEmpty();
    assertThat(none.summary().passed()).isTrue();

    // This kind of scan does not gather them, and says so.
    ScanResult outOfScope =
        engine(rule).build().run(ScanContext.builder().notGathered(USAGES).build());
    assertThat(outOfScope.findings()).isEmpty();

    // Another kind gathered does not account for this one.
    FactKey<String> other = FactKey.of("other", String.class);
    ScanResult wrong = engine(rule).build().run(ScanContext.builder().gathered(other).build());
    assertThat(ids(wrong)).containsExactly("ANKE-INPUT-MISSING/facts usages");
  }

  @Test
  void factKeyNamesAreLowerCaseWords() {
    assertThatThrownBy(() -> FactKey.of("Usages", Usage.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FactKey.of("usages ", Usage.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(FactKey.of("crypto-usages", Usage.class).name()).isEqualTo("crypto-usages");
  }

  @Test
  void anInputTheSelectedRulesNeedButNeverSawFailsTheRunAndCannotBeBaselined(@TempDir Path dir) {
    // A module whose sources were never compiled: the crypto rule ran over nothing.
    InputGap notCompiled =
        InputGap.missing(
            "target/classes",
            Set.of("crypto", "config"),
            Text.of("没有编译", "src/main/java holds 3 source files but no class was compiled"));
    ScanContext context = ScanContext.builder().fact(notCompiled).build();
    ScanResult r =
        engine(TestRules.reporting(HASH), TestRules.reporting(DB))
            .baselineFile(dir.resolve("baseline.json"))
            .build()
            .run(context);
    assertThat(ids(r)).containsExactly("ANKE-INPUT-MISSING/target/classes");
    Finding f = r.findings().get(0);
    assertThat(f.severity()).isEqualTo(Severity.HIGH);
    assertThat(f.message().en())
        .isEqualTo(
            "target/classes was not examined: src/main/java holds 3 source files but no class was"
                + " compiled; 1 rule(s) of this profile (CRYPTO-*) had nothing to judge there");
    assertThat(f.message().zh()).contains("没有编译").contains("CRYPTO-*");
    // A first run with a baseline file records nothing for it: "not compiled" must never become a
    // known, accepted finding that lets later uncompiled builds pass.
    assertThat(f.baselined()).isFalse();
    assertThat(r.summary().passed()).isFalse();
    assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.rule("ANKE-INPUT-MISSING")).isPresent();

    // Only a profile that judges such input cares: a BOM-only selection reports nothing.
    ScanResult bomOnly = engine(TestRules.reporting(DB)).build().run(context);
    assertThat(bomOnly.findings()).isEmpty();
    assertThat(bomOnly.summary().passed()).isTrue();
  }

  @Test
  void anInputLeftOutByConfigurationIsReportedAsInfo() {
    ScanContext context =
        ScanContext.builder()
            .fact(
                InputGap.excluded(
                    "target/classes",
                    Set.of("crypto"),
                    Text.of("已关闭", "anke.scanProjectClasses is false")))
            .build();
    ScanResult r = engine(TestRules.reporting(HASH)).build().run(context);
    assertThat(ids(r)).containsExactly("ANKE-INPUT-EXCLUDED/target/classes");
    assertThat(r.findings().get(0).severity()).isEqualTo(Severity.INFO);
    assertThat(r.summary().passed()).isTrue();
  }

  @Test
  void profileNamingAnUnknownRuleFailsAtBuild() {
    Profile p =
        ProfileRegistry.empty()
            .withDocument("p.yaml", "id: p\ntitle: {zh: 甲, en: P}\ninclude: {rules: [NOPE]}\n")
            .get("p");
    assertThatThrownBy(() -> engine(TestRules.reporting(HASH, "a")).profile(p).build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("p.yaml:3: unknown rule 'NOPE'");
  }

  @Test
  void aThrowingRuleBecomesAnInternalErrorFindingAndOthersStillRun() {
    Rule broken =
        TestRules.rule(
            OS,
            (ctx, sink) -> {
              sink.report(TestRules.finding(OS, "half"));
              throw new IllegalStateException("boom");
            });
    ScanResult r = engine(broken, TestRules.reporting(DB, "b")).build().run(ScanContext.empty());
    assertThat(ids(r)).containsExactly("ANKE-RULE-ERROR/HOST-OS", "BOM-NON-DOMESTIC-DB/b");
    Finding err = r.findings().get(0);
    assertThat(err.message().en())
        .startsWith("Rule HOST-OS failed: java.lang.IllegalStateException at ")
        .contains(EngineTest.class.getName() + ".lambda$")
        .doesNotContain("boom");
    assertThat(err.message().zh()).contains("HOST-OS");
    assertThat(r.ruleErrors()).containsExactly("HOST-OS");
    assertThat(r.exitCode()).isEqualTo(ExitCode.INTERNAL_ERROR);
    assertThat(r.summary().passed()).isFalse();
    assertThat(r.rule("ANKE-RULE-ERROR")).isPresent();
  }

  @Test
  void aRuleReportingAnotherRulesFindingIsAnError() {
    Rule liar = TestRules.rule(OS, (ctx, sink) -> sink.report(TestRules.finding(HASH, "x")));
    ScanResult r = engine(liar).build().run(ScanContext.empty());
    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("ANKE-RULE-ERROR");
              assertThat(f.message().en()).contains("reported a finding of rule CRYPTO-WEAK-HASH");
            });
  }

  @Test
  void duplicateRuleIdsAndReservedIdsAreRejected() {
    assertThatThrownBy(() -> engine(TestRules.reporting(HASH, "a"), TestRules.reporting(HASH, "b")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("two rules share the id CRYPTO-WEAK-HASH");
    RuleDescriptor reserved = TestRules.descriptor("ANKE-MINE", Severity.LOW, "config");
    assertThatThrownBy(() -> engine(TestRules.reporting(reserved, "a")))
        .hasMessageContaining("ANKE-MINE")
        .hasMessageContaining("reserved");
  }

  @Test
  void rulesAreDiscoveredThroughServiceLoader() {
    RuleRegistry reg = RuleRegistry.discover();
    assertThat(reg.get("TEST-DISCOVERED")).isPresent();
    assertThat(reg.knownIds())
        .contains("TEST-DISCOVERED", "ANKE-RULE-ERROR", "ANKE-WAIVER-EXPIRED");
  }

  static final String WAIVERS =
      """
      waivers:
        - rule: "CRYPTO-*"
          subject: "pkg:maven/g/a@*"
          reason: false-positive
          justification: checksum only
          approvedBy: Wang
          expires: 2027-06-30
        - rule: BOM-NON-DOMESTIC-DB
          subject: "*"
          reason: migration-planned
          justification: moving to DM8
          approvedBy: Zhao
          expires: 2026-12-31
        - rule: HOST-OS
          subject: nothing-matches
          reason: not-applicable
          justification: container
          approvedBy: Sun
          expires: 2027-12-31
      """;

  @Test
  void waiversApplyExpiredOnesCountAgainAndBothKindsAreReported() {
    ScanResult r =
        engine(
                TestRules.reporting(HASH, "pkg:maven/g/a@1.0", "pkg:maven/g/b@1.0"),
                TestRules.reporting(DB, "pkg:maven/com.mysql/mysql-connector-j@8.4.0"))
            .waivers(WaiverSet.parse("waivers.yaml", WAIVERS))
            .build()
            .run(ScanContext.empty());
    assertThat(ids(r))
        .containsExactly(
            "CRYPTO-WEAK-HASH/pkg:maven/g/a@1.0",
            "CRYPTO-WEAK-HASH/pkg:maven/g/b@1.0",
            "BOM-NON-DOMESTIC-DB/pkg:maven/com.mysql/mysql-connector-j@8.4.0",
            "ANKE-WAIVER-EXPIRED/waiver BOM-NON-DOMESTIC-DB *",
            "ANKE-WAIVER-UNUSED/waiver HOST-OS nothing-matches");
    Finding waived = r.findings().get(0);
    assertThat(waived.waived()).isTrue();
    assertThat(waived.waiver().approvedBy()).isEqualTo("Wang");
    assertThat(r.findings().get(2).waived()).isFalse();
    Finding expired = r.findings().get(3);
    assertThat(expired.location().display()).isEqualTo("waivers.yaml:8");
    assertThat(expired.message().en())
        .isEqualTo(
            "Waiver for BOM-NON-DOMESTIC-DB on * expired on 2026-12-31; it would have covered 1"
                + " finding(s), which count again");
    assertThat(r.findings().get(4).location().display()).isEqualTo("waivers.yaml:14");
    assertThat(r.expiredWaivers()).hasSize(1);
    assertThat(r.unusedWaivers()).extracting(w -> w.approvedBy()).containsExactly("Sun");
    Summary s = r.summary();
    assertThat(s.waived()).isEqualTo(1);
    assertThat(s.expiredWaivers()).isEqualTo(1);
    assertThat(s.unusedWaivers()).isEqualTo(1);
    assertThat(s.count(Severity.HIGH)).isEqualTo(1);
    assertThat(r.rules())
        .extracting(RuleDescriptor::id)
        .contains("ANKE-WAIVER-EXPIRED", "ANKE-WAIVER-UNUSED");
  }

  @Test
  void baselineIsCreatedWhenMissingAndLaterRunsFailOnlyOnNewFindings(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("anke-baseline.json");
    ScanResult first =
        engine(TestRules.reporting(HASH, "pkg:maven/g/a@1.0"))
            .waivers(WaiverSet.parse("w.yaml", WAIVERS))
            .baselineFile(file)
            .build()
            .run(ScanContext.empty());
    assertThat(Files.exists(file)).isTrue();
    assertThat(first.baseline().mode()).isEqualTo(BaselineStatus.Mode.CREATED);
    // The waived finding is not recorded: when its waiver expires it must count again.
    assertThat(Baseline.read(file).size()).isZero();

    Files.delete(file);
    ScanResult created =
        engine(TestRules.reporting(HASH, "pkg:maven/g/a@1.0", "pkg:maven/g/b@1.0"))
            .baselineFile(file)
            .build()
            .run(ScanContext.empty());
    assertThat(created.baseline())
        .isEqualTo(new BaselineStatus(BaselineStatus.Mode.CREATED, file.toString(), 2, 2, 0));
    assertThat(created.findings()).allMatch(Finding::baselined);
    assertThat(created.exitCode()).isEqualTo(ExitCode.OK);
    byte[] recorded = Files.readAllBytes(file);

    ScanResult later =
        engine(TestRules.reporting(HASH, "pkg:maven/g/a@1.1", "pkg:maven/g/c@1.0"))
            .baselineFile(file)
            .build()
            .run(ScanContext.empty());
    assertThat(later.baseline())
        .isEqualTo(new BaselineStatus(BaselineStatus.Mode.APPLIED, file.toString(), 2, 1, 1));
    assertThat(later.findings())
        .filteredOn(Finding::baselined)
        .extracting(f -> f.subject().id())
        .containsExactly("pkg:maven/g/a@1.1");
    assertThat(later.summary().baselined()).isEqualTo(1);
    assertThat(later.summary().count(Severity.HIGH)).isEqualTo(1);
    assertThat(later.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(Files.readAllBytes(file)).isEqualTo(recorded);
  }

  @Test
  void malformedBaselineFileIsAConfigurationError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("b.json");
    Files.writeString(file, "not json");
    Engine e = engine(TestRules.reporting(HASH, "x")).baselineFile(file).build();
    assertThatThrownBy(() -> e.run(ScanContext.empty()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith(file + ":1: not valid JSON");
  }
}
