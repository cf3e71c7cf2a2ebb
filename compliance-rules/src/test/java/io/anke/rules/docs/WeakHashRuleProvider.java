package io.anke.rules.docs;

import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleProvider;
import java.util.List;

/**
 * Contributes {@link WeakHashRule}. {@link ComplianceEngineDocExamplesTest} registers it in a
 * {@code META-INF/services/io.anke.core.rule.RuleProvider} of its own, as a team's rule jar does;
 * the test class path does not, so that other tests see only the bundled rules.
 */
public final class WeakHashRuleProvider implements RuleProvider {
  @Override
  public List<Rule> rules() {
    return List.of(new WeakHashRule());
  }
}
