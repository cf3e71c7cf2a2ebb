package io.anke.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.anke.core.ConfigurationException;
import io.anke.core.waiver.Waiver;
import io.anke.core.waiver.WaiverSet;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Waiver files as a user writes them: any text is either a waiver set or a {@link
 * ConfigurationException} naming the file in both languages. A set that was accepted matches ids
 * without failing: an unexpired waiver without wildcards covers its own rule and subject (the first
 * unexpired waiver that covers them is returned), and an expired one never applies.
 */
class WaiverFuzzTest {
  private static final String SOURCE = "waivers.yaml";
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  @FuzzTest
  void waiverFile(byte[] data) {
    WaiverSet set;
    try {
      set = WaiverSet.parse(SOURCE, new String(data, StandardCharsets.UTF_8));
    } catch (ConfigurationException e) {
      LocatedErrors.check(e, SOURCE);
      return;
    }
    WaiverSet.Matching matching = set.start(TODAY);
    for (Waiver w : set.waivers()) {
      assertThat(w.source()).isEqualTo(SOURCE);
      Optional<Waiver> own = matching.match(w.rule(), w.subject());
      if (!w.isExpired(TODAY) && !hasWildcard(w.rule()) && !hasWildcard(w.subject())) {
        assertThat(own).isPresent();
      }
      own.ifPresent(found -> assertThat(found.isExpired(TODAY)).isFalse());
      matching.match("CRYPTO-WEAK-HASH", "pkg:maven/com.acme/legacy@1.0");
    }
    assertThat(matching.expired().keySet()).allMatch(w -> w.isExpired(TODAY));
    assertThat(matching.unused()).noneMatch(w -> w.isExpired(TODAY));
  }

  private static boolean hasWildcard(String glob) {
    return glob.indexOf('*') >= 0 || glob.indexOf('?') >= 0;
  }
}
