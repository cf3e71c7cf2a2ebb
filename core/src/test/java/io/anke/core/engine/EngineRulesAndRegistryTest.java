package io.anke.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleDescriptor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which engine findings are bookkeeping, and the ids and descriptors a {@link RuleRegistry} lists.
 */
class EngineRulesAndRegistryTest {

  @Test
  void onlyRuleErrorsAndWaiverFindingsAreBookkeeping() {
    assertThat(EngineRules.isBookkeeping("ANKE-RULE-ERROR")).isTrue();
    assertThat(EngineRules.isBookkeeping("ANKE-WAIVER-EXPIRED")).isTrue();
    assertThat(EngineRules.isBookkeeping("ANKE-WAIVER-UNUSED")).isTrue();
    assertThat(EngineRules.isBookkeeping("ANKE-INPUT-MISSING")).isFalse();
    assertThat(EngineRules.isBookkeeping("ANKE-INPUT-EXCLUDED")).isFalse();
    assertThat(EngineRules.isBookkeeping("CRYPTO-WEAK-HASH")).isFalse();
  }

  @Test
  void knownIdsAreSortedWithTheEnginesOwnAndDescriptorsFollowTheRules() {
    List<Rule> sample = TestRules.sample();
    RuleRegistry reg = RuleRegistry.of(sample);

    List<String> ruleIds = sample.stream().map(r -> r.descriptor().id()).sorted().toList();
    assertThat(reg.size()).isEqualTo(sample.size()).isPositive();
    assertThat(reg.descriptors()).extracting(RuleDescriptor::id).containsExactlyElementsOf(ruleIds);
    assertThat(reg.knownIds())
        .isSorted()
        .hasSize(ruleIds.size() + EngineRules.all().size())
        .containsAll(ruleIds)
        .startsWith("ANKE-INPUT-EXCLUDED", "ANKE-INPUT-MISSING", "ANKE-RULE-ERROR");
  }
}
