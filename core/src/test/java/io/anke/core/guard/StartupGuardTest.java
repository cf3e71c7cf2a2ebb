package io.anke.core.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.engine.ScanResult;
import io.anke.core.rule.Finding;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupGuardTest {
  @TempDir Path dir;

  private Path profile(String id, String rule) throws IOException {
    Path p = dir.resolve(id + ".yaml");
    Files.writeString(
        p,
        "id: "
            + id
            + "\ntitle:\n  zh: 测试\n  en: test\ndescription:\n  zh: 测试\n  en: test\n"
            + "include:\n  rules: ["
            + rule
            + "]\nfailOn: high\n");
    return p;
  }

  /** A guard that reads no system property or environment variable of the test JVM. */
  private StartupGuard.Builder guard() {
    return StartupGuard.builder().systemProperties(Map.of()).environment(Map.of());
  }

  @Test
  void enforceStopsTheStartWithABilingualSummaryNamingRuleAndSubject() throws IOException {
    Path report = dir.resolve("out/guard.json");
    StartupGuard g =
        guard()
            .mode(GuardMode.ENFORCE)
            .profile(profile("host-only", "TEST-GUARD-HOST").toString())
            .report(report)
            .build();
    assertThatThrownBy(g::run)
        .isInstanceOfSatisfying(
            StartupGuardException.class,
            e -> {
              assertThat(e.getMessage())
                  .startsWith("安可启动检查阻止了应用启动：1 项发现达到或超过 high（配置 host-only）。\n")
                  .contains(
                      "Anke start-up guard stopped the application: 1 finding(s) at or above high"
                          + " (profile host-only).")
                  .contains("[TEST-GUARD-HOST] host os: TEST-GUARD-HOST 标题 / TEST-GUARD-HOST title")
                  .contains("报告：" + report.toString() + " | Report: " + report);
              assertThat(e.result()).isPresent();
              assertThat(e.getCause()).isNull();
            });
    assertThat(Files.readString(report)).contains("\"ruleId\" : \"TEST-GUARD-HOST\"");
    assertThat(StartupGuard.lastResult()).isPresent();
  }

  @Test
  void theListOfFailingFindingsIsCapped() throws IOException {
    StartupGuard g =
        guard()
            .mode(GuardMode.ENFORCE)
            .profile(profile("many", "TEST-GUARD-MANY").toString())
            .build();
    // core alone has no RuntimeClasspath: the unread class path is itself a failing finding
    assertThatThrownBy(g::run)
        .hasMessageContaining("[ANKE-INPUT-MISSING] file java.class.path")
        .hasMessageContaining("[TEST-GUARD-MANY] component m09")
        .hasMessageNotContaining("m10")
        .hasMessageContaining("……以及另外 3 项 | ... and 3 more");
  }

  @Test
  void warnReturnsTheResultAndKeepsIt() throws IOException {
    Optional<ScanResult> r =
        guard()
            .mode(GuardMode.WARN)
            .profile(profile("host-only", "TEST-GUARD-HOST").toString())
            .build()
            .run();
    assertThat(r).isPresent();
    assertThat(r.get().summary().passed()).isFalse();
    assertThat(r.get().findings()).extracting(Finding::ruleId).containsExactly("TEST-GUARD-HOST");
    assertThat(StartupGuard.lastResult()).containsSame(r.get());
  }

  @Test
  void everyDecisionGoesToTheAuditTrailAndAnUnrecordableOneStopsAnEnforcedStart()
      throws IOException {
    Path logDir = dir.resolve("audit");
    io.anke.crypto.keyset.KeysetHandle keys =
        io.anke.crypto.keyset.KeysetHandle.generateNew(io.anke.crypto.keyset.KeyType.HMAC_SM3);
    io.anke.crypto.sm2.Sm2KeyPair signer = io.anke.crypto.sm2.Sm2KeyPair.generate();
    io.anke.core.audit.AuditLog audit =
        io.anke.core.audit.AuditLog.builder(logDir)
            .macKeys(keys)
            .checkpointKey(io.anke.crypto.provider.Sm2KeyHandle.of(signer.privateKey()))
            .open();
    String profile = profile("host-only", "TEST-GUARD-HOST").toString();
    guard().mode(GuardMode.WARN).profile(profile).auditLog(audit).build().run();
    assertThatThrownBy(
            () -> guard().mode(GuardMode.ENFORCE).profile(profile).auditLog(audit).build().run())
        .isInstanceOf(StartupGuardException.class);
    guard()
        .mode(GuardMode.ENFORCE)
        .profile(profile)
        .failOn(io.anke.core.FailOn.NEVER)
        .auditLog(audit)
        .build()
        .run();
    audit.close();
    Path file;
    try (var files = Files.list(logDir)) {
      file = files.filter(p -> p.toString().endsWith(".jsonl")).findFirst().orElseThrow();
    }
    List<com.fasterxml.jackson.databind.JsonNode> guardRecords = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      com.fasterxml.jackson.databind.JsonNode n =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
      if (n.get("type").asText().equals("startup.guard")) {
        guardRecords.add(n);
      }
    }
    assertThat(guardRecords)
        .extracting(n -> n.get("decision").asText())
        .containsExactly("fail", "refused", "pass");
    assertThat(guardRecords.get(0).get("attrs").get("mode").asText()).isEqualTo("warn");
    assertThat(guardRecords.get(0).get("attrs").get("high").asText()).isEqualTo("1");
    assertThat(guardRecords.get(1).get("reasons").get(0).asText()).contains("TEST-GUARD-HOST");
    assertThat(
            io.anke.core.audit.AuditVerifier.builder()
                .macKeys(keys)
                .checkpointKeys(List.of(signer.publicKey()))
                .build()
                .verify(List.of(file))
                .problems())
        .isEmpty();
    // A closed trail cannot take the decision: enforce refuses the start, warn goes on.
    assertThatThrownBy(
            () ->
                guard()
                    .mode(GuardMode.ENFORCE)
                    .profile(profile)
                    .failOn(io.anke.core.FailOn.NEVER)
                    .auditLog(audit)
                    .build()
                    .run())
        .isInstanceOf(StartupGuardException.class)
        .hasMessageContaining("could not be recorded in the audit trail");
    assertThat(guard().mode(GuardMode.WARN).profile(profile).auditLog(audit).build().run())
        .isPresent();
  }

  @Test
  void offChecksNothing() {
    Optional<ScanResult> r =
        StartupGuard.builder()
            .systemProperties(Map.of("anke.guard.mode", "off"))
            .environment(Map.of("ANKE_GUARD_PROFILE", "no-such-profile"))
            .build()
            .run();
    assertThat(r).isEmpty();
    assertThat(StartupGuard.lastResult()).isEmpty();
  }

  @Test
  void aMalformedWaiverFileStopsEnforceNamingFileAndLineAndIsLeftOutInWarn() throws IOException {
    Path waivers = dir.resolve("waivers.yaml");
    Files.writeString(
        waivers,
        "waivers:\n  - rule: TEST-GUARD-HOST\n    subject: os\n    reason: because-i-say-so\n");
    String profile = profile("host-only", "TEST-GUARD-HOST").toString();
    assertThatThrownBy(
            () -> guard().mode(GuardMode.ENFORCE).profile(profile).waivers(waivers).build().run())
        .isInstanceOf(StartupGuardException.class)
        .hasMessageContaining("configuration error")
        .hasMessageContaining("waivers.yaml:")
        .hasCauseInstanceOf(io.anke.core.ConfigurationException.class);

    Optional<ScanResult> r =
        guard().mode(GuardMode.WARN).profile(profile).waivers(waivers).build().run();
    // the profile is kept, only the broken waiver file is left out
    assertThat(r).isPresent();
    assertThat(r.get().profileUsed().orElseThrow().id()).isEqualTo("host-only");
    assertThat(r.get().findings()).extracting(Finding::ruleId).containsExactly("TEST-GUARD-HOST");
  }

  @Test
  void aManifestThatCannotBeCheckedStopsEnforceAndIsAFindingInWarn() throws IOException {
    Path manifest = dir.resolve("delivery/anke-manifest.txt");
    Path key = dir.resolve("release.pub.pem");
    String profile = profile("host-runtime", "TEST-GUARD-HOST, TEST-GUARD-RUNTIME").toString();
    assertThatThrownBy(
            () ->
                guard()
                    .mode(GuardMode.ENFORCE)
                    .profile(profile)
                    .manifest(manifest)
                    .manifestKey(key)
                    .build()
                    .run())
        .isInstanceOf(StartupGuardException.class)
        .hasMessageContaining("anke-manifest.txt")
        .hasCauseInstanceOf(io.anke.core.ConfigurationException.class);

    Optional<ScanResult> r =
        guard()
            .mode(GuardMode.WARN)
            .profile(profile)
            .manifest(manifest)
            .manifestKey(key)
            .build()
            .run();
    // the rest is still judged, and the unchecked manifest is reported rather than skipped
    assertThat(r).isPresent();
    assertThat(r.get().findings())
        .extracting(Finding::ruleId)
        .contains("TEST-GUARD-HOST", "ANKE-INPUT-MISSING");
    assertThat(r.get().findings())
        .filteredOn(f -> f.ruleId().equals("ANKE-INPUT-MISSING"))
        .anySatisfy(
            f -> {
              assertThat(f.subject().id()).endsWith("anke-manifest.txt");
              assertThat(f.message().en()).contains("delivery manifest could not be checked");
            });
  }

  @Test
  void anUnknownModeFailsClosed() {
    assertThatThrownBy(
            () ->
                StartupGuard.builder()
                    .systemProperties(Map.of("anke.guard.mode", "audit"))
                    .environment(Map.of())
                    .build()
                    .run())
        .isInstanceOf(StartupGuardException.class)
        .hasMessageContaining("system property anke.guard.mode");
  }

  /** A class loader that cannot list resources: rule discovery fails inside the guard. */
  private static final class BrokenLoader extends ClassLoader {
    BrokenLoader() {
      super(StartupGuardTest.class.getClassLoader());
    }

    @Override
    public Enumeration<URL> getResources(String name) {
      throw new IllegalStateException("class path unavailable");
    }
  }

  @Test
  void theGuardsOwnFailureStopsEnforceAndIsOneErrorInWarn() {
    assertThatThrownBy(
            () -> guard().mode(GuardMode.ENFORCE).classLoader(new BrokenLoader()).build().run())
        .isInstanceOf(StartupGuardException.class)
        .hasMessageContaining("the guard itself failed")
        // the type and where it was thrown, not the message (GuardSecretsTest says why)
        .hasMessageContaining("java.lang.IllegalStateException at ")
        .hasMessageContaining("BrokenLoader.getResources")
        .hasMessageNotContaining("class path unavailable")
        .hasRootCauseMessage("class path unavailable");
    assertThat(StartupGuard.lastResult()).isEmpty();
    assertThat(guard().mode(GuardMode.WARN).classLoader(new BrokenLoader()).build().run())
        .isEmpty();
  }
}
