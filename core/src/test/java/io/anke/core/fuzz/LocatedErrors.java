package io.anke.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.ConfigurationException;
import io.anke.core.InputException;
import java.util.Locale;

/**
 * What the fuzz targets accept as a documented failure: an {@link InputException} or {@link
 * ConfigurationException} that names its source and reads in both languages. Anything else a target
 * lets escape is reported by Jazzer as a finding.
 */
final class LocatedErrors {
  private LocatedErrors() {}

  static void check(ConfigurationException e, String source) {
    check(e.source(), e.getMessage(), e.messageIn(Locale.SIMPLIFIED_CHINESE), source);
  }

  static void check(InputException e, String source) {
    check(e.source(), e.getMessage(), e.messageIn(Locale.SIMPLIFIED_CHINESE), source);
  }

  private static void check(String named, String english, String chinese, String source) {
    assertThat(named).isEqualTo(source);
    assertThat(english).startsWith(source).hasSizeGreaterThan(source.length() + 2);
    assertThat(chinese).startsWith(source).hasSizeGreaterThan(source.length() + 2);
  }
}
