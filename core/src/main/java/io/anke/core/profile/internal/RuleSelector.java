package io.anke.core.profile.internal;

import io.anke.core.ConfigurationException;
import io.anke.core.files.ConfigNode;
import io.anke.core.internal.CoreMessage;
import io.anke.core.internal.Glob;
import io.anke.core.rule.RuleDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code include} or {@code exclude} part of a profile: rules chosen by id or glob, by
 * category, or by the bundled profiles they declare membership in.
 */
public final class RuleSelector {
  /** Keys of the mapping. */
  public static final Set<String> KEYS = Set.of("rules", "categories", "profiles");

  /** A rule id or glob with where it was written. */
  public record IdRef(String text, Glob glob, String source, int line) {}

  private final List<IdRef> rules;
  private final List<String> categories;
  private final List<String> profiles;

  private RuleSelector(List<IdRef> rules, List<String> categories, List<String> profiles) {
    this.rules = List.copyOf(rules);
    this.categories = List.copyOf(categories);
    this.profiles = List.copyOf(profiles);
  }

  /** A selector that selects nothing. */
  public static RuleSelector none() {
    return new RuleSelector(List.of(), List.of(), List.of());
  }

  /** Parses {@code {rules: [...], categories: [...], profiles: [...]}}. */
  public static RuleSelector parse(ConfigNode node, String what) {
    Map<String, ConfigNode> m = node.map(what, KEYS);
    List<IdRef> rules = new ArrayList<>();
    List<String> categories = new ArrayList<>();
    List<String> profiles = new ArrayList<>();
    if (m.containsKey("rules")) {
      for (ConfigNode n : m.get("rules").listOrSingle(what + ".rules")) {
        String t = n.text(CoreMessage.YAML_WHAT_ENTRY.text(what + ".rules"));
        rules.add(new IdRef(t, Glob.ignoringCase(t), n.source(), n.line()));
      }
    }
    if (m.containsKey("categories")) {
      for (ConfigNode n : m.get("categories").listOrSingle(what + ".categories")) {
        categories.add(n.text(CoreMessage.YAML_WHAT_ENTRY.text(what + ".categories")));
      }
    }
    if (m.containsKey("profiles")) {
      for (ConfigNode n : m.get("profiles").listOrSingle(what + ".profiles")) {
        profiles.add(n.text(CoreMessage.YAML_WHAT_ENTRY.text(what + ".profiles")));
      }
    }
    return new RuleSelector(rules, categories, profiles);
  }

  /** True when the rule is selected. */
  public boolean matches(RuleDescriptor d) {
    if (categories.contains(d.category())) {
      return true;
    }
    for (String p : profiles) {
      if (d.profiles().contains(p)) {
        return true;
      }
    }
    for (IdRef r : rules) {
      if (r.glob().matches(d.id())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Rejects exact (wildcard-free) rule ids that name no known rule: a typo would otherwise silently
   * select nothing.
   */
  public void checkRuleIds(Collection<String> known) {
    for (IdRef r : rules) {
      if (!r.glob().isPattern() && known.stream().noneMatch(r.glob()::matches)) {
        throw new ConfigurationException(
            r.source(), r.line(), CoreMessage.PROFILE_UNKNOWN_RULE.text(r.text()));
      }
    }
  }
}
