package io.anke.rules.packs;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.engine.RuleRegistry;
import io.anke.core.profile.Profile;
import io.anke.core.profile.ProfileRegistry;
import io.anke.core.rule.Rule;
import io.anke.core.rule.RuleDescriptor;
import io.anke.core.rule.Text;
import io.anke.rules.bom.BomRules;
import io.anke.rules.config.ConfigRules;
import io.anke.rules.data.DataRules;
import io.anke.rules.host.HostRules;
import io.anke.rules.hw.HardwareRules;
import io.anke.rules.runtime.RuntimeRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every pack rule is complete: bilingual texts, clauses, profiles, a category that fits its id. */
class RulePacksTest {
  private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

  static List<Rule> packRules() {
    List<Rule> all = new ArrayList<>();
    all.addAll(new BomRules().rules());
    all.addAll(new HardwareRules().rules());
    all.addAll(new HostRules().rules());
    all.addAll(new ConfigRules().rules());
    all.addAll(new DataRules().rules());
    all.addAll(new RuntimeRules().rules());
    return all;
  }

  private static void bilingual(String id, String what, Text t) {
    assertThat(t.en()).as(id + " " + what + " (en)").isNotBlank().doesNotContain("''");
    assertThat(t.zh()).as(id + " " + what + " (zh)").isNotBlank().doesNotContain("''");
    assertThat(CJK.matcher(t.zh()).find()).as(id + " " + what + " has Chinese").isTrue();
  }

  @Test
  void everyPackRuleIsDescribedInBothLanguagesWithClausesAndProfiles() {
    List<Rule> rules = packRules();
    Set<String> ids = new HashSet<>();
    for (Rule r : rules) {
      RuleDescriptor d = r.descriptor();
      assertThat(ids.add(d.id())).as("unique id " + d.id()).isTrue();
      bilingual(d.id(), "title", d.title());
      bilingual(d.id(), "description", d.description());
      bilingual(d.id(), "remediation", d.remediation());
      assertThat(d.profiles()).as(d.id() + " profiles").isNotEmpty();
      assertThat(ProfileId.ids()).containsAll(d.profiles());
      if (!d.id().equals("CONFIG-FILE-UNPARSEABLE")) {
        assertThat(d.standards()).as(d.id() + " clauses").isNotEmpty();
      }
      String prefix = d.id().substring(0, d.id().indexOf('-'));
      String expected =
          switch (prefix) {
            case "BOM" -> "bom";
            case "HW" -> "hw";
            case "HOST" -> "host";
            case "CONFIG" -> "config";
            case "DATA" -> "data";
            case "RUNTIME" -> "runtime";
            default -> throw new AssertionError(d.id());
          };
      assertThat(d.category()).as(d.id() + " category").isEqualTo(expected);
    }
    assertThat(rules).hasSizeGreaterThanOrEqualTo(30);
  }

  @Test
  void theBundledRulesNumberAtLeastFortyAndEveryProfileSelectsSome() {
    RuleRegistry registry = RuleRegistry.discover();
    assertThat(registry.size()).isGreaterThanOrEqualTo(40);
    for (Rule r : packRules()) {
      assertThat(registry.get(r.descriptor().id()))
          .as("registered " + r.descriptor().id())
          .isPresent();
    }
    ProfileRegistry profiles = ProfileRegistry.bundled();
    for (String id : ProfileId.ids()) {
      Profile p = profiles.get(id);
      assertThat(p.select(packRules())).as(id + " selects pack rules").isNotEmpty();
    }
    // Domestic-stack rules stay out of the default profile; strict takes every bom/hw/host rule.
    Profile baseline = profiles.get(ProfileId.GOV_CLOUD_BASELINE.id());
    Profile strict = profiles.get(ProfileId.XINCHUANG_STRICT.id());
    for (Rule r : packRules()) {
      RuleDescriptor d = r.descriptor();
      if (d.id().startsWith("HW-FOREIGN-") && !d.id().equals("HW-FOREIGN-CRYPTO-DEVICE")
          || d.id().equals("BOM-FOREIGN-DB-DRIVER")) {
        assertThat(baseline.includes(d)).as(d.id() + " not in the baseline").isFalse();
      }
      if (Set.of("bom", "hw", "host").contains(d.category())) {
        assertThat(strict.includes(d)).as(d.id() + " in strict").isTrue();
      }
    }
  }
}
