package io.anke.core.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.engine.ScanResult;
import io.anke.crypto.selftest.SelfTestResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The self-test runs beside the reading of the configuration and the class path; the guard still
 * neither returns nor throws before it has ended, and a failure still stops enforce mode first.
 */
class StartupGuardSelfTestTest {
  @TempDir Path dir;

  /** A self-test that takes a while and then fails, and says when it has ended. */
  private static final class SlowFailure implements Supplier<SelfTestResult> {
    final AtomicBoolean ended = new AtomicBoolean();

    @Override
    public SelfTestResult get() {
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ended.set(true);
      return new SelfTestResult(false, List.of("SM4-GCM"));
    }
  }

  private StartupGuard.Builder guard(SlowFailure selfTest) {
    StartupGuard.Builder b =
        StartupGuard.builder().systemProperties(Map.of()).environment(Map.of());
    b.selfTest = selfTest;
    return b;
  }

  @Test
  void aFailedSelfTestStopsEnforceOnlyAfterItHasEnded() {
    SlowFailure selfTest = new SlowFailure();
    assertThatThrownBy(() -> guard(selfTest).mode(GuardMode.ENFORCE).build().run())
        .isInstanceOf(StartupGuardException.class)
        .hasMessageContaining("the cryptographic self-test failed: SM4-GCM");
    assertThat(selfTest.ended).isTrue();
    assertThat(StartupGuard.lastResult()).isEmpty();
  }

  @Test
  void aFailedSelfTestOutranksABrokenConfigurationFileInEnforce() throws IOException {
    Path waivers = dir.resolve("waivers.yaml");
    Files.writeString(waivers, "waivers: [\n");
    SlowFailure selfTest = new SlowFailure();
    assertThatThrownBy(() -> guard(selfTest).mode(GuardMode.ENFORCE).waivers(waivers).build().run())
        .isInstanceOf(StartupGuardException.class)
        .hasMessageContaining("the cryptographic self-test failed: SM4-GCM")
        .hasNoCause();
    assertThat(selfTest.ended).isTrue();
  }

  @Test
  void warnGoesOnOnlyAfterTheSelfTestHasEnded() throws IOException {
    // core alone bundles no profile: a one-rule profile file of this package's test rules
    Path profile = dir.resolve("host-only.yaml");
    Files.writeString(
        profile,
        "id: host-only\ntitle:\n  zh: 测试\n  en: test\ndescription:\n  zh: 测试\n  en: test\n"
            + "include:\n  rules: [TEST-GUARD-HOST]\nfailOn: high\n");
    SlowFailure selfTest = new SlowFailure();
    Optional<ScanResult> r =
        guard(selfTest).mode(GuardMode.WARN).profile(profile.toString()).build().run();
    assertThat(selfTest.ended).isTrue();
    assertThat(r).isPresent();
    assertThat(r.get().findings()).extracting(f -> f.ruleId()).containsExactly("TEST-GUARD-HOST");
  }
}
