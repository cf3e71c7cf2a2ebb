package io.anke.core.guard;

import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleProvider;
import io.anke.testing.Canaries;
import java.util.List;

/**
 * A provider that fails while the guard gathers its rules, with canary secrets in the exception's
 * message: the guard itself fails, not one rule. Offered only to {@link GuardSecretsTest}.
 */
public final class FailingRuleProvider implements RuleProvider {
  @Override
  public List<Rule> rules() {
    throw new IllegalStateException(
        "cannot reach the key service with password "
            + Canaries.KEYSTORE_PASSWORD
            + " for key "
            + Canaries.SM4_KEY_HEX);
  }
}
