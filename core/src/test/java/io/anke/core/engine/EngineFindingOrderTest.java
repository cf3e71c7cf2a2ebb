package io.anke.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.Severity;
import io.anke.core.rule.Finding;
import io.anke.core.rule.Location;
import io.anke.core.rule.RuleDescriptor;
import io.anke.core.rule.Subject;
import io.anke.core.rule.Text;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Engine#FINDING_ORDER} key by key: each pair differs in one key, and the message (a later
 * key) is ordered the other way, so only that key can put the pair in order.
 */
class EngineFindingOrderTest {

  private static final RuleDescriptor RULE =
      TestRules.descriptor("CRYPTO-WEAK-HASH", Severity.HIGH, "crypto");

  private static Finding finding(
      String kind, String file, int line, String cls, String method, String key, String en) {
    Finding.Builder b =
        Finding.builder(RULE)
            .subject(Subject.of(kind, "subject"))
            .location(Location.inCode(file, line, cls, method, null))
            .message(Text.of("问题 " + en, en));
    if (key != null) {
      b.key(key);
    }
    return b.build();
  }

  private static void firstComesFirst(Finding first, Finding second) {
    assertThat(Engine.FINDING_ORDER.compare(first, second)).isNegative();
    assertThat(Engine.FINDING_ORDER.compare(second, first)).isPositive();
    List<Finding> sorted = new ArrayList<>(List.of(second, first));
    sorted.sort(Engine.FINDING_ORDER);
    assertThat(sorted).containsExactly(first, second);
  }

  @Test
  void eachKeyOrdersFindingsThatAgreeOnTheKeysBefore() {
    firstComesFirst(
        finding("class", "a.class", 1, "a.A", "m", "k", "z"),
        finding("component", "a.class", 1, "a.A", "m", "k", "a"));
    firstComesFirst(
        finding("class", "a.class", 1, "a.A", "m", "k", "z"),
        finding("class", "b.class", 1, "a.A", "m", "k", "a"));
    firstComesFirst(
        finding("class", "a.class", 2, "a.A", "m", "k", "z"),
        finding("class", "a.class", 10, "a.A", "m", "k", "a"));
    firstComesFirst(
        finding("class", "a.class", 1, "a.A", "m", "k", "z"),
        finding("class", "a.class", 1, "a.B", "m", "k", "a"));
    firstComesFirst(
        finding("class", "a.class", 1, "a.A", "m", "k", "z"),
        finding("class", "a.class", 1, "a.A", "n", "k", "a"));
    firstComesFirst(
        finding("class", "a.class", 1, "a.A", "m", "k1", "z"),
        finding("class", "a.class", 1, "a.A", "m", "k2", "a"));
    // an absent method or key sorts as the empty string, before any
    firstComesFirst(
        finding("class", "a.class", 1, "a.A", null, "k", "z"),
        finding("class", "a.class", 1, "a.A", "m", "k", "a"));
    firstComesFirst(
        finding("class", "a.class", 1, "a.A", "m", null, "z"),
        finding("class", "a.class", 1, "a.A", "m", "k", "a"));
  }
}
