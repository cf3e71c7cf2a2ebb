package io.anke.rules.runtime;

import io.anke.core.Severity;
import io.anke.core.rule.FactKey;
import io.anke.core.rule.FindingSink;
import io.anke.core.rule.ScanContext;
import io.anke.core.runtime.RuntimeSecurityFacts;
import io.anke.rules.packs.PackRule;
import io.anke.rules.packs.ProfileId;
import java.util.List;
import java.util.Set;

/**
 * Base of the {@code RUNTIME-} rules: each judges every {@link RuntimeSecurityFacts} attached to
 * the context, and nothing when there is none (an ordinary scan of files).
 */
abstract class RuntimeRule extends PackRule {

  @Override
  public Set<FactKey<?>> requires() {
    return Set.of(RuntimeSecurityFacts.KEY);
  }

  /** The category of the rules about the live process. */
  static final String CATEGORY = "runtime";

  RuntimeRule(String id, Severity severity, List<String> standards, List<ProfileId> profiles) {
    super(RuntimeRules.TEXT, id, CATEGORY, severity, standards, profiles);
  }

  @Override
  public final void evaluate(ScanContext context, FindingSink sink) {
    for (RuntimeSecurityFacts facts : context.facts(RuntimeSecurityFacts.KEY)) {
      judge(facts, sink);
    }
  }

  abstract void judge(RuntimeSecurityFacts facts, FindingSink sink);
}
