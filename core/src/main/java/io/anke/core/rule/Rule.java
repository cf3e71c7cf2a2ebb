package io.anke.core.rule;

import java.util.Set;

/**
 * One compliance check. Implementations are stateless (or at least safe to evaluate on several
 * contexts, one after another) and report what they find through the {@link FindingSink}; they
 * never print. A rule that throws is reported by the engine as an internal error naming the rule.
 */
public interface Rule {

  /** The rule's id, texts, default severity, clauses, profiles and category. */
  RuleDescriptor descriptor();

  /**
   * The kinds of fact this rule cannot judge without (default: none, for a rule that reads only the
   * bills of materials and the catalog). The engine does not evaluate a rule while one of them is
   * unaccounted for in the context (neither attached, nor looked for and none found, nor declared
   * out of the scan: see {@link FactCoverage}): it reports the rule under {@code
   * ANKE-INPUT-MISSING}, so that a fact the caller forgot is never a silent pass. Facts a rule
   * merely also reads (such as a CBOM's assets beside the bytecode scan) are not declared.
   */
  default Set<FactKey<?>> requires() {
    return Set.of();
  }

  /**
   * Checks {@code context} and reports each problem to {@code sink}.
   *
   * @param context what was scanned: bills of materials, catalog, host facts, extension facts
   * @param sink where findings go; pre-fills them from this rule's descriptor
   */
  void evaluate(ScanContext context, FindingSink sink);
}
