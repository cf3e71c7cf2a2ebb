package io.anke.core.engine;

import io.anke.core.Severity;
import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleProvider;
import java.util.List;

/** Registered in the test classpath's META-INF/services to prove ServiceLoader discovery. */
public final class TestRuleProvider implements RuleProvider {
  @Override
  public List<Rule> rules() {
    return List.of(
        TestRules.reporting(
            TestRules.descriptor("TEST-DISCOVERED", Severity.INFO, "config"), "discovered"));
  }
}
