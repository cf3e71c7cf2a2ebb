package io.anke.core.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.engine.ScanResult;
import io.anke.core.rule.RuleProvider;
import io.anke.testing.Canaries;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule that crashes with secrets in its message, run by the start-up guard: the guard's log lines
 * (which go to this test's output file, read by the leak scan of the {@code samples} module), its
 * JSON report (kept in {@code target/leak-check/guard}) and its refusal carry none of them.
 */
class GuardSecretsTest {
  @TempDir Path dir;

  private StartupGuard.Builder guard(ClassLoader loader, GuardMode mode) throws Exception {
    Path profile = dir.resolve("crash.yaml");
    Files.writeString(
        profile,
        "id: crash\ntitle:\n  zh: 测试\n  en: test\ndescription:\n  zh: 测试\n  en: test\n"
            + "include:\n  rules: [TEST-GUARD-CRASH]\nfailOn: high\n");
    return StartupGuard.builder()
        .systemProperties(Map.of())
        .environment(Map.of())
        .classLoader(loader)
        .mode(mode)
        .profile(profile.toString());
  }

  private URLClassLoader offering(Class<? extends RuleProvider> provider) throws Exception {
    Path services = dir.resolve("services/META-INF/services/" + RuleProvider.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(services, provider.getName() + "\n");
    return new URLClassLoader(
        new URL[] {dir.resolve("services").toUri().toURL()}, getClass().getClassLoader());
  }

  @Test
  void aCrashingRulesSecretsReachNeitherLogNorReportNorRefusal() throws Exception {
    try (URLClassLoader loader = offering(CrashingRuleProvider.class)) {
      Path report = Path.of("target", "leak-check", "guard", "guard-report.json");
      Optional<ScanResult> warned = guard(loader, GuardMode.WARN).report(report).build().run();
      assertThat(warned).isPresent();
      assertThat(warned.get().ruleErrors()).containsExactly("TEST-GUARD-CRASH");
      assertThat(Files.readString(report))
          .contains("ANKE-RULE-ERROR", "TEST-GUARD-CRASH", "IllegalStateException")
          .doesNotContain(Canaries.KEYSTORE_PASSWORD)
          .doesNotContainIgnoringCase(Canaries.SM4_KEY_HEX);

      assertThatThrownBy(() -> guard(loader, GuardMode.ENFORCE).build().run())
          .isInstanceOf(StartupGuardException.class)
          .hasMessageContaining("ANKE-RULE-ERROR")
          .hasMessageNotContaining(Canaries.KEYSTORE_PASSWORD)
          .hasMessageNotContaining(Canaries.SM4_KEY_HEX);
    }
  }

  @Test
  void whenTheGuardItselfFailsItNamesTheExceptionAndWhereButNotItsMessage() throws Exception {
    try (URLClassLoader loader = offering(FailingRuleProvider.class)) {
      // Warn mode logs the failure (to this test's output, read by the leak scan) and goes on.
      assertThat(guard(loader, GuardMode.WARN).build().run()).isEmpty();

      assertThatThrownBy(() -> guard(loader, GuardMode.ENFORCE).build().run())
          .isInstanceOf(StartupGuardException.class)
          .hasMessageContaining(IllegalStateException.class.getName())
          .hasMessageContaining(FailingRuleProvider.class.getName() + ".rules")
          .hasMessageNotContaining(Canaries.KEYSTORE_PASSWORD)
          .hasMessageNotContaining(Canaries.SM4_KEY_HEX);
    }
  }
}
