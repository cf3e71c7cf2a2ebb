package io.anke.rules.runtime;

import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleProvider;
import io.anke.core.rule.TextBundle;
import java.util.List;

/**
 * Registers the {@code RUNTIME-} rules that judge a delivery's signed manifest ({@link
 * io.anke.core.manifest.ProgramIntegrity} facts, from the start-up guard or {@code anke sign
 * --verify}).
 */
public final class ProgramIntegrityRules implements RuleProvider {
  static final TextBundle TEXT =
      TextBundle.of(
          "io.anke.rules.runtime.IntegrityMessages", ProgramIntegrityRules.class.getClassLoader());

  /** Public for {@link java.util.ServiceLoader}. */
  public ProgramIntegrityRules() {}

  @Override
  public List<Rule> rules() {
    return List.of(new ManifestSignatureRule(), new ProgramChangedRule());
  }
}
