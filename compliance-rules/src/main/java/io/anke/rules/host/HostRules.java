package io.anke.rules.host;

import io.anke.core.catalog.Category;
import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleProvider;
import io.anke.core.rule.TextBundle;
import java.util.List;

/** Registers the {@code HOST-} rules with the engine ({@link java.util.ServiceLoader}). */
public final class HostRules implements RuleProvider {
  static final TextBundle TEXT =
      TextBundle.of("io.anke.rules.host.Messages", HostRules.class.getClassLoader());

  static final String POLICY = "Xinchuang (信创) domestic stack";

  /** Public for {@link java.util.ServiceLoader}. */
  public HostRules() {}

  @Override
  public List<Rule> rules() {
    return List.of(
        new HostFactRule("HOST-CPU-NOT-DOMESTIC", Category.CPU),
        new HostFactRule("HOST-OS-NOT-DOMESTIC", Category.OS),
        new HostFactRule("HOST-SERVER-NOT-DOMESTIC", Category.SERVER),
        new HostFactRule("HOST-JDK-NOT-DOMESTIC", Category.JDK),
        new JdkReleaseRule(),
        new HostDriverRule());
  }
}
