package io.anke.core.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.anke.core.engine.ScanResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link StartupGuard#lastResult()} after runs that check nothing or cannot complete, and the
 * languages of a {@link StartupGuardException}.
 */
class StartupGuardLastResultTest {
  @TempDir Path dir;

  private String profile() throws IOException {
    Path p = dir.resolve("host-only.yaml");
    Files.writeString(
        p,
        "id: host-only\ntitle:\n  zh: 测试\n  en: test\n"
            + "include:\n  rules: [TEST-GUARD-HOST]\nfailOn: high\n");
    return p.toString();
  }

  /** A guard that reads no system property or environment variable of the test JVM. */
  private StartupGuard.Builder guard() {
    return StartupGuard.builder().systemProperties(Map.of()).environment(Map.of());
  }

  private ScanResult aCompletedRun() throws IOException {
    Optional<ScanResult> r = guard().mode(GuardMode.WARN).profile(profile()).build().run();
    assertThat(r).isPresent();
    assertThat(StartupGuard.lastResult()).containsSame(r.get());
    return r.get();
  }

  @Test
  void anOffRunForgetsTheLastResult() throws IOException {
    aCompletedRun();
    assertThat(guard().mode(GuardMode.OFF).build().run()).isEmpty();
    assertThat(StartupGuard.lastResult()).isEmpty();
  }

  @Test
  void aRunWithAnUnreadableSettingForgetsTheLastResult() throws IOException {
    aCompletedRun();
    Optional<ScanResult> r =
        guard()
            .mode(GuardMode.WARN)
            .systemProperties(Map.of("anke.guard.failOn", "sometimes"))
            .build()
            .run();
    assertThat(r).isEmpty();
    assertThat(StartupGuard.lastResult()).isEmpty();
  }

  @Test
  void theModeOfTheGivenPropertiesStillDecidesWhenAnotherSettingIsUnreadable() {
    // warn, read from the properties given to the builder: the broken threshold is only logged
    Optional<ScanResult> r =
        guard()
            .systemProperties(Map.of("anke.guard.mode", "warn", "anke.guard.failOn", "sometimes"))
            .build()
            .run();
    assertThat(r).isEmpty();
    assertThat(StartupGuard.lastResult()).isEmpty();
  }

  @Test
  void aRunWithAMissingProfileFileForgetsTheLastResult() throws IOException {
    aCompletedRun();
    Optional<ScanResult> r =
        guard().mode(GuardMode.WARN).profile(dir.resolve("gone.yaml").toString()).build().run();
    assertThat(r).isEmpty();
    assertThat(StartupGuard.lastResult()).isEmpty();
  }

  @Test
  void aManifestSetInCodeWithoutItsKeyIsRefusedNamingCodeAsTheSource() {
    StartupGuardException e =
        catchThrowableOfType(
            StartupGuardException.class,
            () ->
                guard()
                    .mode(GuardMode.ENFORCE)
                    .manifest(dir.resolve("manifest.json"))
                    .build()
                    .run());
    assertThat(e).isNotNull();
    assertThat(e.messageIn(Locale.ENGLISH))
        .startsWith("Anke start-up guard stopped the application: configuration error: code: ")
        .contains("anke.guard.manifest-key (or ANKE_GUARD_MANIFEST_KEY) is required");
    assertThat(e.result()).isEmpty();
    // a refusal worded in both languages gives each on its own
    String english = e.messageIn(Locale.ENGLISH);
    String chinese = e.messageIn(Locale.SIMPLIFIED_CHINESE);
    assertThat(chinese).isNotEqualTo(english).doesNotContain("Anke start-up guard");
    assertThat(e.getMessage()).isEqualTo(chinese + " | " + english);
    assertThat(e.getLocalizedMessage()).isEqualTo(e.messageIn(Locale.getDefault()));
  }

  @Test
  void aRefusalListingFindingsIsTheSameTextInEveryLanguage() throws IOException {
    String profile = profile();
    StartupGuardException e =
        catchThrowableOfType(
            StartupGuardException.class,
            () -> guard().mode(GuardMode.ENFORCE).profile(profile).build().run());
    assertThat(e).isNotNull();
    assertThat(e.getMessage())
        .startsWith("安可启动检查阻止了应用启动：1 项发现")
        .contains("\nAnke start-up guard stopped the application: 1 finding(s)");
    assertThat(e.messageIn(Locale.ENGLISH)).isEqualTo(e.getMessage());
    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo(e.getMessage());
    assertThat(e.getLocalizedMessage()).isEqualTo(e.getMessage());
  }
}
