package io.anke.core.guard;

import io.anke.core.Severity;
import io.anke.core.engine.TestRules;
import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleProvider;
import io.anke.testing.Canaries;
import java.util.List;

/**
 * A rule that crashes with canary secrets in its exception's message, offered only to the guard of
 * {@link GuardSecretsTest} (through a class loader of its own, so no other test discovers it).
 */
public final class CrashingRuleProvider implements RuleProvider {
  @Override
  public List<Rule> rules() {
    var crash = TestRules.descriptor("TEST-GUARD-CRASH", Severity.HIGH, "config");
    return List.of(
        TestRules.rule(
            crash,
            (ctx, sink) -> {
              throw new IllegalStateException(
                  "cannot open the keystore with password "
                      + Canaries.KEYSTORE_PASSWORD
                      + " and key "
                      + Canaries.SM4_KEY_HEX);
            }));
  }
}
