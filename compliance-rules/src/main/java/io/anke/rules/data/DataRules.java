package io.anke.rules.data;

import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleProvider;
import io.anke.core.rule.TextBundle;
import java.util.List;

/** Registers the {@code DATA-} rules with the engine ({@link java.util.ServiceLoader}). */
public final class DataRules implements RuleProvider {
  static final TextBundle TEXT =
      TextBundle.of("io.anke.rules.data.Messages", DataRules.class.getClassLoader());

  /** Public for {@link java.util.ServiceLoader}. */
  public DataRules() {}

  @Override
  public List<Rule> rules() {
    return List.of(
        new PersonalFieldRules.PlaintextStorage(),
        new PersonalFieldRules.UnmaskedDisplay(),
        new ClassificationRules.NotEncrypted(),
        new ClassificationRules.Invalid(),
        new SensitiveLoggingRule(),
        new CrossBorderStorageRule());
  }
}
