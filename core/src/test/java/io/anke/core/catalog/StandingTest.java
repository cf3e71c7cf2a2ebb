package io.anke.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StandingTest {

  @Test
  void idsAreTheCatalogSpellings() {
    assertThat(Standing.DOMESTIC.id()).isEqualTo("domestic");
    assertThat(Standing.WATCH_LIST.id()).isEqualTo("watch-list");
  }

  @Test
  void aStatedCountryGivesAStandingAndNoCountryNone() {
    assertThat(Standing.ofCountry("CN")).contains(Standing.DOMESTIC);
    assertThat(Standing.ofCountry("cn")).contains(Standing.DOMESTIC);
    assertThat(Standing.ofCountry("US")).contains(Standing.WATCH_LIST);
    assertThat(Standing.ofCountry(null)).isEmpty();
  }
}
