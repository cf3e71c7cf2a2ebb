package io.anke.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.anke.core.ConfigurationException;
import io.anke.core.profile.Profile;
import io.anke.core.profile.ProfileRegistry;
import java.nio.charset.StandardCharsets;

/**
 * A user's profile file beside a parent it may extend: any text is either one more profile in the
 * registry or a {@link ConfigurationException} naming the file (unknown parents and cycles
 * included, which surface when the registry resolves); an accepted profile is found by its id.
 */
class ProfileFuzzTest {
  private static final String SOURCE = "profile.yaml";
  private static final ProfileRegistry BASE =
      ProfileRegistry.empty()
          .withDocument(
              "crypto-l2.yaml",
              """
              id: crypto-l2
              title:
                zh: 密评第二级
                en: Cryptography level 2
              failOn: high
              """);

  @FuzzTest
  void profileFile(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    try {
      ProfileRegistry registry = BASE.withDocument(SOURCE, text);
      for (Profile p : registry.all()) {
        assertThat(registry.get(p.id())).isSameAs(p);
        assertThat(p.parents()).allMatch(parent -> registry.get(parent.id()) == parent);
        p.failOn();
        p.title();
        p.description();
      }
    } catch (ConfigurationException e) {
      LocatedErrors.check(e, SOURCE);
    }
  }
}
