package io.anke.rules.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.anke.core.Severity;
import io.anke.core.engine.ScanResult;
import io.anke.core.rule.Finding;
import io.anke.rules.packs.PackScans;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Branches of the session and management rules that the shipped-application scan of {@link
 * ConfigRulesTest} does not reach: every duration unit, the timeout at its limit and one past, and
 * each kind of exposed management endpoint with and without a separate management port.
 */
class ConfigRuleBranchesTest {
  @TempDir Path dir;

  private List<Finding> findings(String properties, String ruleId) throws Exception {
    Path app =
        new PackScans.FatJar("props-app")
            .file("BOOT-INF/classes/application.properties", properties)
            .write(dir);
    ScanResult r = PackScans.runApplication(app, dir, new ConfigRules().rules());
    return PackScans.of(r, ruleId);
  }

  @Test
  void everySpringDurationUnitIsReadInMinutes() {
    assertThat(SessionRules.springMinutes("1800000000000ns")).isEqualTo(30.0);
    assertThat(SessionRules.springMinutes("1800000000us")).isEqualTo(30.0);
    assertThat(SessionRules.springMinutes("1800000ms")).isEqualTo(30.0);
    assertThat(SessionRules.springMinutes("1800s")).isEqualTo(30.0);
    assertThat(SessionRules.springMinutes(" 45M ")).isEqualTo(45.0);
    assertThat(SessionRules.springMinutes("3h")).isEqualTo(180.0);
    assertThat(SessionRules.springMinutes("2d")).isEqualTo(2880.0);
    // ISO-8601: seconds and their fraction both count
    assertThat(SessionRules.springMinutes("PT1M30S")).isEqualTo(1.5);
    assertThat(SessionRules.springMinutes("pt0.6s")).isCloseTo(0.01, offset(1e-12));
  }

  @Test
  void theTimeoutLimitIsInclusiveAndZeroMeansNever() throws Exception {
    long max = SessionRules.MAX_MINUTES;
    assertThat(findings("server.servlet.session.timeout=" + max + "m\n", "CONFIG-SESSION-TIMEOUT"))
        .isEmpty();
    assertThat(
            findings(
                "server.servlet.session.timeout=" + (max * 60 + 1) + "s\n",
                "CONFIG-SESSION-TIMEOUT"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.properties()).containsEntry("minutes", String.valueOf(max));
              assertThat(f.message().en()).contains("more than " + max);
            });
    assertThat(findings("server.servlet.session.timeout=0\n", "CONFIG-SESSION-TIMEOUT"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.properties()).containsEntry("minutes", "∞");
              assertThat(f.message().en()).contains("never expires");
            });
    assertThat(findings("server.servlet.session.timeout=later\n", "CONFIG-SESSION-TIMEOUT"))
        .isEmpty();
  }

  @Test
  void eachExposedManagementFeatureIsNamed() throws Exception {
    assertThat(
            findings(
                """
                management.endpoint.env.show-values=always
                management.endpoint.shutdown.enabled=true
                spring.h2.console.enabled=true
                spring.h2.console.settings.web-allow-others=true
                management.security.enabled=false
                management.endpoint.health.show-values=never
                management.endpoint.shutdown.enabled=false
                spring.h2.console.enabled=false
                management.security.enabled=true
                management.endpoints.web.exposure.include=health,info
                """,
                "CONFIG-MANAGEMENT-EXPOSED"))
        .extracting(f -> f.properties().get("exposed"))
        .containsExactlyInAnyOrder(
            "show-values=always",
            "shutdown",
            "h2-console",
            "h2-console",
            "management.security.enabled=false");
  }

  @Test
  void aSeparateManagementPortLowersTheSeverityAndIsNamed() throws Exception {
    String exposed = "management.endpoints.web.exposure.include=env\n";
    assertThat(
            findings(
                "server.port=8080\nmanagement.server.port=9090\n" + exposed,
                "CONFIG-MANAGEMENT-EXPOSED"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.LOW);
              assertThat(f.properties()).containsEntry("managementPort", "9090");
              assertThat(f.message().en()).contains("9090");
            });
    assertThat(findings(exposed, "CONFIG-MANAGEMENT-EXPOSED"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.properties()).doesNotContainKey("managementPort");
            });
  }

  @Test
  void aPemPrivateKeyIsAKeyWhateverTheSettingIsCalled() throws Exception {
    String body = "MC4CAQAwBQYDK2VwBCIEIFakeBodyOnlyForThisTest0123456789abcdefgh";
    List<Finding> found =
        findings(
            "app.tls.bundle=-----BEGIN PRIVATE KEY-----\\n"
                + body
                + "\\n-----END PRIVATE KEY-----\n"
                + "app.legacy.material=-----BEGIN EC PRIVATE KEY----- "
                + body
                + " -----END EC PRIVATE KEY-----\n"
                + "app.tls.trust=-----BEGIN CERTIFICATE-----\\n"
                + body
                + "\\n-----END CERTIFICATE-----\n",
            "CONFIG-HARDCODED-KEY");
    assertThat(found)
        .extracting(f -> f.properties().get("key"))
        .containsExactlyInAnyOrder("app.tls.bundle", "app.legacy.material");
    for (Finding f : found) {
      assertThat(f.message().en() + f.message().zh() + f.properties()).doesNotContain(body);
    }
  }
}
