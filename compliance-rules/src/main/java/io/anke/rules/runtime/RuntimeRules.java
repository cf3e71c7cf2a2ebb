package io.anke.rules.runtime;

import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleProvider;
import io.anke.core.rule.TextBundle;
import java.util.List;

/** Registers the {@code RUNTIME-} rules with the engine ({@link java.util.ServiceLoader}). */
public final class RuntimeRules implements RuleProvider {
  static final TextBundle TEXT =
      TextBundle.of("io.anke.rules.runtime.Messages", RuntimeRules.class.getClassLoader());

  /** Public for {@link java.util.ServiceLoader}. */
  public RuntimeRules() {}

  @Override
  public List<Rule> rules() {
    return List.of(
        new TlsLegacyRule(),
        DisabledAlgorithmsRule.tls(),
        DisabledAlgorithmsRule.certPath(),
        new SecureRandomRule(),
        new BouncyCastleRule(BouncyCastleRule.builtAgainst()),
        new SelfTestRule());
  }
}
