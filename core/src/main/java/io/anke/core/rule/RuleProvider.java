package io.anke.core.rule;

import java.util.List;

/**
 * A source of rules, found through {@link java.util.ServiceLoader}. Bundled rules register in
 * {@code META-INF/services/io.anke.core.rule.RuleProvider} of {@code anke-compliance-rules}; users
 * may add their own jars the same way.
 */
public interface RuleProvider {

  /** The rules this provider contributes; ids must be unique across all providers. */
  List<Rule> rules();
}
