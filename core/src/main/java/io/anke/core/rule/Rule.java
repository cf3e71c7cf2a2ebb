package io.anke.core.rule;

/**
 * One compliance check. Implementations are stateless (or at least safe to evaluate on several
 * contexts, one after another) and report what they find through the {@link FindingSink}; they
 * never print. A rule that throws is reported by the engine as an internal error naming the rule.
 */
public interface Rule {

  /** The rule's id, texts, default severity, clauses, profiles and category. */
  RuleDescriptor descriptor();

  /**
   * Checks {@code context} and reports each problem to {@code sink}.
   *
   * @param context what was scanned: bills of materials, catalog, host facts, extension facts
   * @param sink where findings go; pre-fills them from this rule's descriptor
   */
  void evaluate(ScanContext context, FindingSink sink);
}
