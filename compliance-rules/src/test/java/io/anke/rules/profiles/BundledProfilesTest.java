package io.anke.rules.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.FailOn;
import io.anke.core.Severity;
import io.anke.core.engine.Engine;
import io.anke.core.engine.RuleRegistry;
import io.anke.core.profile.Profile;
import io.anke.core.profile.ProfileRegistry;
import io.anke.core.rule.RuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledProfilesTest {

  @Test
  void allSixProfilesOfTheDesignAreBundledAndResolve() {
    ProfileRegistry reg = ProfileRegistry.bundled();
    assertThat(reg.all()).extracting(Profile::id).containsExactlyElementsOf(BundledProfiles.IDS);
    assertThat(reg.all()).allMatch(Profile::bundled);
    assertThat(reg.defaultProfile().id()).isEqualTo("gov-cloud-baseline");
    assertThat(reg.get("crypto-l3").parents()).extracting(Profile::id).containsExactly("crypto-l2");
    assertThat(reg.get("mlps-l3").parents())
        .extracting(Profile::id)
        .containsExactly("mlps-l2", "crypto-l3");
    assertThat(reg.get("xinchuang-strict").failOn()).contains(FailOn.atOrAbove(Severity.MEDIUM));
    assertThat(reg.defaultProfile().failOn()).contains(FailOn.DEFAULT);
    for (Profile p : reg.all()) {
      assertThat(p.title().zh()).as(p.id()).isNotBlank();
      assertThat(p.title().en()).as(p.id()).isNotBlank();
      assertThat(p.description()).as(p.id()).isPresent();
    }
  }

  @Test
  void bundledRulesOnlyNameBundledProfilesAndEveryProfileBuilds() {
    RuleRegistry rules = RuleRegistry.discover();
    for (RuleDescriptor d : rules.descriptors()) {
      assertThat(BundledProfiles.IDS).as(d.id() + " profiles").containsAll(d.profiles());
    }
    for (Profile p : ProfileRegistry.bundled().all()) {
      // Building an engine checks every exact rule id the profile names.
      Engine e = Engine.builder().rules(rules).profile(p).build();
      assertThat(e.selectedRules()).isNotNull();
    }
  }

  @Test
  void aUserFileExtendsABundledProfile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("ministry.yaml");
    Files.writeString(
        file,
        """
        id: ministry
        title: {zh: 部委方案, en: Ministry profile}
        extends: [gov-cloud-baseline, xinchuang-strict]
        failOn: low
        """);
    Profile p = ProfileRegistry.bundled().resolve(file.toString());
    assertThat(p.parents())
        .extracting(Profile::id)
        .containsExactly("gov-cloud-baseline", "xinchuang-strict");
    assertThat(p.failOn()).contains(FailOn.atOrAbove(Severity.LOW));
    List<RuleDescriptor> all = RuleRegistry.discover().descriptors();
    for (RuleDescriptor d : all) {
      // Whatever the strict profile selects, the user's profile selects too.
      if (ProfileRegistry.bundled().get("xinchuang-strict").includes(d)) {
        assertThat(p.includes(d)).as(d.id()).isTrue();
      }
    }
  }
}
