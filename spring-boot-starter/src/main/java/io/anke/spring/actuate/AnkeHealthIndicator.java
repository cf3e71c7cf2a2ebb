package io.anke.spring.actuate;

import io.anke.core.Severity;
import io.anke.core.engine.ScanResult;
import io.anke.core.engine.Summary;
import io.anke.core.rule.Finding;
import io.anke.core.rule.Text;
import io.anke.core.rule.TextBundle;
import io.anke.spring.guard.GuardOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The health contributor {@code anke}: {@code UP} when the start-up guard's checks passed, {@code
 * DOWN} when they did not, with the profile, the counts and each finding that failed the check;
 * {@code UNKNOWN} when the guard produced no result. It reports the start-up's result and does not
 * scan again on each health request.
 */
public class AnkeHealthIndicator extends AbstractHealthIndicator {
  private static final TextBundle MESSAGES =
      TextBundle.of("io.anke.spring.actuate.Messages", AnkeHealthIndicator.class.getClassLoader());

  private final GuardOutcome outcome;

  /**
   * @param outcome this application's guard outcome, or null when the guard did not run for it
   */
  public AnkeHealthIndicator(GuardOutcome outcome) {
    super("Anke start-up guard health check failed");
    this.outcome = outcome;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    ScanResult result = outcome == null ? null : outcome.result().orElse(null);
    if (result == null) {
      builder.unknown().withDetail("reason", bilingual(MESSAGES.text("health.no-result")));
      return;
    }
    Summary summary = result.summary();
    if (summary.passed()) {
      builder.up();
    } else {
      builder.down();
    }
    builder.withDetail("profile", result.profileUsed().map(p -> p.id()).orElse("none"));
    builder.withDetail("failOn", summary.failOn().id());
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Severity s : Severity.values()) {
      counts.put(s.id(), summary.count(s));
    }
    builder.withDetail("counts", counts);
    builder.withDetail("total", summary.total());
    builder.withDetail("waived", summary.waived());
    if (!result.ruleErrors().isEmpty()) {
      builder.withDetail("ruleErrors", result.ruleErrors());
    }
    List<Map<String, Object>> failing = new ArrayList<>();
    for (Finding f : result.findings()) {
      if (f.counts() && summary.failOn().failsOn(f.severity())) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.ruleId());
        m.put("severity", f.severity().id());
        m.put("subject", f.subject().id());
        m.put("message", bilingual(f.message()));
        failing.add(m);
      }
    }
    if (!failing.isEmpty()) {
      builder.withDetail("failing", failing);
    }
  }

  private static Map<String, String> bilingual(Text text) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("zh", text.zh());
    m.put("en", text.en());
    return m;
  }
}
