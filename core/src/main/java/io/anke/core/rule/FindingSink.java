package io.anke.core.rule;

/**
 * Where a rule reports findings during {@link Rule#evaluate}. The engine gives each rule its own
 * sink, so that a finding is always attributed to the rule that reported it.
 */
public interface FindingSink {

  /** The descriptor of the rule being evaluated. */
  RuleDescriptor rule();

  /**
   * Records a finding. Its rule id must be {@link #rule()}'s id.
   *
   * @throws IllegalArgumentException when the finding belongs to another rule
   */
  void report(Finding finding);

  /** A builder pre-filled with the rule's id, severity, title, clauses and remediation. */
  default Finding.Builder finding() {
    return Finding.builder(rule());
  }
}
