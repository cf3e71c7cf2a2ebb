package io.anke.core.engine;

import io.anke.core.ConfigurationException;
import io.anke.core.internal.CoreMessage;
import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleDescriptor;
import io.anke.core.rule.RuleProvider;
import io.anke.core.rule.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The rules known to a run: those found through {@link RuleProvider}s plus rules given
 * programmatically. Ids are unique; iteration is sorted by id.
 */
public final class RuleRegistry {
  private final Map<String, Rule> rules;

  private RuleRegistry(Map<String, Rule> rules) {
    this.rules = rules;
  }

  /** No rules. */
  public static RuleRegistry empty() {
    return new RuleRegistry(new TreeMap<>());
  }

  /** The given rules. */
  public static RuleRegistry of(Collection<? extends Rule> rules) {
    return empty().plus(rules);
  }

  /** The rules of every {@link RuleProvider} visible to this class's class loader. */
  public static RuleRegistry discover() {
    return discover(RuleRegistry.class.getClassLoader());
  }

  /**
   * The rules of every {@link RuleProvider} that {@code loader} can see.
   *
   * @throws ConfigurationException when a provider cannot be loaded or two rules share an id
   */
  public static RuleRegistry discover(ClassLoader loader) {
    List<Rule> found = new ArrayList<>();
    try {
      for (RuleProvider p : ServiceLoader.load(RuleProvider.class, loader)) {
        found.addAll(p.rules());
      }
    } catch (ServiceConfigurationError e) {
      throw new ConfigurationException(
          null, 0, CoreMessage.ENGINE_PROVIDER_FAILED.text(Text.messageOf(e)), e);
    }
    return of(found);
  }

  /**
   * This registry plus {@code more}.
   *
   * @throws ConfigurationException when an id is already taken
   */
  public RuleRegistry plus(Collection<? extends Rule> more) {
    Map<String, Rule> next = new TreeMap<>(rules);
    for (Rule r : more) {
      RuleDescriptor d = r.descriptor();
      if (EngineRules.isEngineRule(d.id())) {
        throw new ConfigurationException(
            null, 0, CoreMessage.ENGINE_RULE_ID_RESERVED.text(d.id(), r.getClass().getName()));
      }
      Rule old = next.putIfAbsent(d.id(), r);
      if (old != null && old != r) {
        throw new ConfigurationException(
            null,
            0,
            CoreMessage.ENGINE_RULE_ID_TWICE.text(
                d.id(), old.getClass().getName(), r.getClass().getName()));
      }
    }
    return new RuleRegistry(next);
  }

  /** All rules, sorted by id. */
  public List<Rule> rules() {
    return List.copyOf(rules.values());
  }

  /** The descriptors of all rules, sorted by id. */
  public List<RuleDescriptor> descriptors() {
    return rules.values().stream().map(Rule::descriptor).toList();
  }

  /** The rule with {@code id}. */
  public Optional<Rule> get(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /** Rule ids, sorted, including the engine's own. */
  public List<String> knownIds() {
    List<String> ids = new ArrayList<>(rules.keySet());
    EngineRules.all().forEach(d -> ids.add(d.id()));
    ids.sort(null);
    return ids;
  }

  /** How many rules there are. */
  public int size() {
    return rules.size();
  }
}
