package io.anke.core.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.anke.core.FailOn;
import io.anke.core.engine.ScanResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link StartupGuard#summary} word for word, and a refusal that lists only failing findings. */
class StartupGuardSummaryTest {
  @TempDir Path dir;

  private String profile(String id, String rules, String extra) throws IOException {
    Path p = dir.resolve(id + ".yaml");
    Files.writeString(
        p,
        "id: "
            + id
            + "\ntitle:\n  zh: 测试\n  en: test\ninclude:\n  rules: ["
            + rules
            + "]\nfailOn: high\n"
            + extra);
    return p.toString();
  }

  /** A guard that reads no system property or environment variable of the test JVM. */
  private StartupGuard.Builder guard() {
    return StartupGuard.builder().systemProperties(Map.of()).environment(Map.of());
  }

  @Test
  void theSummaryLineNamesModeProfileCountsAndOutcome() throws IOException {
    String profile = profile("host-only", "TEST-GUARD-HOST", "");
    ScanResult failed = guard().mode(GuardMode.WARN).profile(profile).build().run().orElseThrow();
    assertThat(StartupGuard.summary(GuardMode.WARN, failed).en())
        .isEqualTo(
            "Anke start-up guard (warn, profile host-only): 0 critical, 1 high, 0 medium, 0 low,"
                + " 0 info; 0 waived; fail-on high: FAILED");

    ScanResult passed =
        guard()
            .mode(GuardMode.WARN)
            .profile(profile)
            .failOn(FailOn.NEVER)
            .build()
            .run()
            .orElseThrow();
    assertThat(StartupGuard.summary(GuardMode.ENFORCE, passed).en())
        .isEqualTo(
            "Anke start-up guard (enforce, profile host-only): 0 critical, 1 high, 0 medium, 0 low,"
                + " 0 info; 0 waived; fail-on never: passed");
  }

  @Test
  void aRefusalCountsAndListsOnlyTheFindingsAtOrAboveTheThreshold() throws IOException {
    String profile =
        profile(
            "host-and-low",
            "TEST-GUARD-HOST, TEST-GUARD-MANY",
            "severity:\n  TEST-GUARD-MANY: low\n");
    StartupGuardException e =
        catchThrowableOfType(
            StartupGuardException.class,
            () -> guard().mode(GuardMode.ENFORCE).profile(profile).build().run());
    assertThat(e).isNotNull();
    assertThat(e.result()).isPresent();
    assertThat(e.result().get().findings()).anyMatch(f -> f.ruleId().equals("TEST-GUARD-MANY"));
    assertThat(e.getMessage())
        .contains("[TEST-GUARD-HOST] host os")
        .doesNotContain("[TEST-GUARD-MANY]")
        .doesNotContain("more");
  }
}
