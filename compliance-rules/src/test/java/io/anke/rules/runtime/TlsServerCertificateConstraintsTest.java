package io.anke.rules.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.runtime.DisabledAlgorithms;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * When an entry of {@code jdk.certpath.disabledAlgorithms} that carries constraints still counts as
 * disabling SHA-1 for TLS server certificates: every constraint must narrow to them, and a {@code
 * denyAfter} date only does once it has passed.
 */
class TlsServerCertificateConstraintsTest {
  private static final DisabledAlgorithmsRule.Requirement SHA1 =
      DisabledAlgorithmsRule.forTlsServerCertificates("SHA1");

  private static boolean met(String property) {
    return SHA1.met().test(DisabledAlgorithms.parse(property, name -> null).entries());
  }

  @Test
  void jdkCaUsageAndAPassedDateEachNarrowToTlsServerCertificates() {
    assertThat(met("SHA1 jdkCA & usage TLSServer")).isTrue();
    assertThat(met("SHA1 jdkCA")).isTrue();
    assertThat(met("SHA1 usage SignedJAR TLSServer")).isTrue();
    assertThat(met("SHA1 denyAfter 2019-01-01")).isTrue();
    assertThat(met("SHA1 jdkCA & denyAfter 2019-01-01")).isTrue();
  }

  @Test
  void aDateStillToComeOrAnUnknownConstraintDoesNot() {
    String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
    assertThat(met("SHA1 denyAfter " + tomorrow)).isFalse();
    assertThat(met("SHA1 jdkCA & denyAfter " + tomorrow)).isFalse();
    assertThat(met("SHA1 denyAfter 2019-13-45")).isFalse();
    assertThat(met("SHA1 usage SignedJAR")).isFalse();
    assertThat(met("MD5, RSA keySize < 1024")).isFalse();
  }
}
