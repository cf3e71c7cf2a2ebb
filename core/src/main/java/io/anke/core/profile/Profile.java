package io.anke.core.profile;

import io.anke.core.ConfigurationException;
import io.anke.core.FailOn;
import io.anke.core.Severity;
import io.anke.core.internal.CoreMessage;
import io.anke.core.profile.ProfileDefinition.SeverityOverride;
import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleDescriptor;
import io.anke.core.rule.Text;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A resolved profile: which rules run and at which severity. A rule is selected when it declares
 * membership in this profile (its descriptor's {@code profiles}), matches the profile's {@code
 * include}, or is selected by a profile this one {@code extends} — and is not matched by this
 * profile's {@code exclude}. Severity overrides of this profile win over those of its parents;
 * within a profile an exact rule id wins over a glob, and a later glob over an earlier one.
 */
public final class Profile {
  private final ProfileDefinition def;
  private final List<Profile> parents;

  Profile(ProfileDefinition def, List<Profile> parents) {
    this.def = def;
    this.parents = List.copyOf(parents);
  }

  /** The profile id, such as {@code gov-cloud-baseline}. */
  public String id() {
    return def.id();
  }

  /** The bilingual title. */
  public Text title() {
    return def.title();
  }

  /** The bilingual description, when the file has one. */
  public Optional<Text> description() {
    return Optional.ofNullable(def.description());
  }

  /** The profiles this one extends, in the order written. */
  public List<Profile> parents() {
    return parents;
  }

  /** The file the profile was read from (a resource path for bundled profiles). */
  public String source() {
    return def.source();
  }

  /** True for a profile shipped inside Anke. */
  public boolean bundled() {
    return def.bundled();
  }

  /** The profile's default fail-on threshold: its own, else the last parent's that has one. */
  public Optional<FailOn> failOn() {
    if (def.failOn() != null) {
      return Optional.of(def.failOn());
    }
    for (int i = parents.size() - 1; i >= 0; i--) {
      Optional<FailOn> f = parents.get(i).failOn();
      if (f.isPresent()) {
        return f;
      }
    }
    return Optional.empty();
  }

  /** True when the rule runs under this profile. */
  public boolean includes(RuleDescriptor d) {
    if (def.exclude().matches(d)) {
      return false;
    }
    if (d.profiles().contains(def.id()) || def.include().matches(d)) {
      return true;
    }
    for (Profile p : parents) {
      if (p.includes(d)) {
        return true;
      }
    }
    return false;
  }

  /** The severity this profile sets for the rule, if it overrides the rule's own. */
  public Optional<Severity> severityOverride(RuleDescriptor d) {
    Severity globMatch = null;
    for (SeverityOverride o : def.severities()) {
      if (o.rule().glob().matches(d.id())) {
        if (!o.rule().glob().isPattern()) {
          return Optional.of(o.severity());
        }
        globMatch = o.severity();
      }
    }
    if (globMatch != null) {
      return Optional.of(globMatch);
    }
    for (int i = parents.size() - 1; i >= 0; i--) {
      Optional<Severity> s = parents.get(i).severityOverride(d);
      if (s.isPresent()) {
        return s;
      }
    }
    return Optional.empty();
  }

  /** The selected rules, sorted by id. */
  public <R extends Rule> List<R> select(Collection<R> rules) {
    return rules.stream()
        .filter(r -> includes(r.descriptor()))
        .sorted(Comparator.comparing(r -> r.descriptor().id()))
        .toList();
  }

  /**
   * Rejects exact rule ids in {@code include}, {@code exclude} and {@code severity} (of this
   * profile and its parents) that name no known rule.
   *
   * @throws ConfigurationException naming the file and line of the unknown id
   */
  public void checkRuleIds(Collection<String> knownRuleIds) {
    def.include().checkRuleIds(knownRuleIds);
    def.exclude().checkRuleIds(knownRuleIds);
    for (SeverityOverride o : def.severities()) {
      if (!o.rule().glob().isPattern()
          && knownRuleIds.stream().noneMatch(o.rule().glob()::matches)) {
        throw new ConfigurationException(
            o.rule().source(),
            o.rule().line(),
            CoreMessage.PROFILE_UNKNOWN_RULE.text(o.rule().text()));
      }
    }
    for (Profile p : parents) {
      p.checkRuleIds(knownRuleIds);
    }
  }

  @Override
  public String toString() {
    return id();
  }
}
