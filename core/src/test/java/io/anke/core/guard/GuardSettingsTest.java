package io.anke.core.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.ConfigurationException;
import io.anke.core.FailOn;
import io.anke.core.Severity;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GuardSettingsTest {
  private static StartupGuard.Builder with(Map<String, String> props, Map<String, String> env) {
    return StartupGuard.builder().systemProperties(props).environment(env);
  }

  @Test
  void defaultsWhenNothingIsSet() {
    GuardSettings s = GuardSettings.resolve(with(Map.of(), Map.of()));
    assertThat(s.mode()).isEqualTo(GuardMode.ENFORCE);
    assertThat(s.modeSource()).isEqualTo("default");
    assertThat(s.profile()).isNull();
    assertThat(s.waivers()).isNull();
    assertThat(s.report()).isNull();
    assertThat(s.failOn()).isNull();
    assertThat(s.manifest()).isNull();
    assertThat(s.manifestKey()).isNull();
  }

  @Test
  void environmentFillsWhatNoPropertySets() {
    Map<String, String> env =
        Map.of(
            "ANKE_GUARD_MODE", "warn",
            "ANKE_GUARD_PROFILE", "crypto-l3",
            "ANKE_GUARD_WAIVERS", "w.yaml",
            "ANKE_GUARD_REPORT", "r.json",
            "ANKE_GUARD_FAIL_ON", "medium",
            "ANKE_GUARD_MANIFEST", "m.json",
            "ANKE_GUARD_MANIFEST_KEY", "k.pem");
    GuardSettings s = GuardSettings.resolve(with(Map.of(), env));
    assertThat(s.mode()).isEqualTo(GuardMode.WARN);
    assertThat(s.modeSource()).isEqualTo("environment variable ANKE_GUARD_MODE");
    assertThat(s.profile()).isEqualTo("crypto-l3");
    assertThat(s.waivers()).isEqualTo(Path.of("w.yaml"));
    assertThat(s.report()).isEqualTo(Path.of("r.json"));
    assertThat(s.failOn()).isEqualTo(FailOn.atOrAbove(Severity.MEDIUM));
    assertThat(s.manifest()).isEqualTo(Path.of("m.json"));
    assertThat(s.manifestKey()).isEqualTo(Path.of("k.pem"));
  }

  @Test
  void propertiesWinOverTheEnvironmentAndTheBuilderOverBoth() {
    Map<String, String> props =
        Map.of(
            "anke.guard.mode", "off", "anke.guard.profile", "mlps-l2", "anke.guard.fail-on", "low");
    Map<String, String> env = Map.of("ANKE_GUARD_MODE", "warn", "ANKE_GUARD_PROFILE", "crypto-l3");
    GuardSettings fromProps = GuardSettings.resolve(with(props, env));
    assertThat(fromProps.mode()).isEqualTo(GuardMode.OFF);
    assertThat(fromProps.modeSource()).isEqualTo("system property anke.guard.mode");
    assertThat(fromProps.profile()).isEqualTo("mlps-l2");
    assertThat(fromProps.failOn()).isEqualTo(FailOn.atOrAbove(Severity.LOW));

    GuardSettings fromCode =
        GuardSettings.resolve(
            with(props, env).mode(GuardMode.WARN).profile("crypto-l2").failOn(FailOn.NEVER));
    assertThat(fromCode.mode()).isEqualTo(GuardMode.WARN);
    assertThat(fromCode.modeSource()).isEqualTo("code");
    assertThat(fromCode.profile()).isEqualTo("crypto-l2");
    assertThat(fromCode.failOn()).isEqualTo(FailOn.NEVER);
  }

  @Test
  void blankValuesCountAsUnset() {
    GuardSettings s =
        GuardSettings.resolve(
            with(Map.of("anke.guard.mode", "  "), Map.of("ANKE_GUARD_MODE", " Warn ")));
    assertThat(s.mode()).isEqualTo(GuardMode.WARN);
  }

  @Test
  void aBadValueNamesWhereItCameFromAndAnUnreadableModeMeansEnforce() {
    StartupGuard.Builder b = with(Map.of(), Map.of("ANKE_GUARD_MODE", "audit"));
    assertThatThrownBy(() -> GuardSettings.resolve(b))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("environment variable ANKE_GUARD_MODE")
        .hasMessageContaining("audit");
    assertThat(GuardSettings.modeOrEnforce(b)).isEqualTo(GuardMode.ENFORCE);

    StartupGuard.Builder badFailOn =
        with(Map.of("anke.guard.fail-on", "sometimes", "anke.guard.mode", "warn"), Map.of());
    assertThatThrownBy(() -> GuardSettings.resolve(badFailOn))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("system property anke.guard.fail-on");
    // a bad threshold does not change the mode that was asked for
    assertThat(GuardSettings.modeOrEnforce(badFailOn)).isEqualTo(GuardMode.WARN);
  }
}
