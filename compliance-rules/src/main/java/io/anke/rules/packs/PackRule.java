package io.anke.rules.packs;

import io.anke.core.Severity;
import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleDescriptor;
import io.anke.core.rule.TextBundle;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Base of the bundled pack rules: the descriptor's title, description and remediation come from the
 * pack's resource bundle under {@code <ID>.title}, {@code <ID>.description} and {@code
 * <ID>.remediation}, so that every text a person reads exists in Chinese and English.
 */
public abstract class PackRule implements Rule {
  private final RuleDescriptor descriptor;

  /**
   * @param texts the pack's bundle
   * @param id the rule id
   * @param category the rule category ({@code bom}, {@code hw}, {@code host}, {@code data}, {@code
   *     config}, {@code runtime})
   * @param severity the default severity
   * @param standards clause references
   * @param profiles the bundled profiles the rule belongs to
   */
  protected PackRule(
      TextBundle texts,
      String id,
      String category,
      Severity severity,
      List<String> standards,
      Collection<ProfileId> profiles) {
    this.descriptor =
        RuleDescriptor.builder(id)
            .title(texts.text(id + ".title"))
            .description(texts.text(id + ".description"))
            .remediation(texts.text(id + ".remediation"))
            .severity(Objects.requireNonNull(severity, "severity"))
            .standards(standards.toArray(String[]::new))
            .profiles(ProfileId.ids(profiles))
            .category(category)
            .build();
  }

  @Override
  public final RuleDescriptor descriptor() {
    return descriptor;
  }

  /** The rule id. */
  protected final String id() {
    return descriptor.id();
  }
}
