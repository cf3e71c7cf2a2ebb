package io.anke.rules.packs;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.profile.Profile;
import io.anke.core.profile.ProfileRegistry;
import io.anke.rules.profiles.BundledProfiles;
import org.junit.jupiter.api.Test;

class ProfileIdTest {

  @Test
  void everyProfileIdIsABundledProfileAndEveryBundledProfileHasAnId() {
    ProfileRegistry bundled = ProfileRegistry.bundled();
    assertThat(bundled.all())
        .extracting(Profile::id)
        .containsExactlyInAnyOrderElementsOf(ProfileId.ids());
    for (ProfileId p : ProfileId.values()) {
      assertThat(bundled.get(p.id()).bundled()).as(p.id()).isTrue();
      assertThat(ProfileId.byId(p.id())).contains(p);
    }
    assertThat(BundledProfiles.IDS).containsExactlyInAnyOrderElementsOf(ProfileId.ids());
  }

  @Test
  void theDefaultProfileIsTheBaselineAndUnknownIdsAreEmpty() {
    assertThat(ProfileRegistry.bundled().defaultProfile().id())
        .isEqualTo(ProfileId.GOV_CLOUD_BASELINE.id());
    assertThat(ProfileId.byId("crypto-l4")).isEmpty();
    assertThat(ProfileId.byId("CRYPTO-L3")).isEmpty();
  }
}
