package io.anke.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.runtime.DisabledAlgorithms.Entry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DisabledAlgorithmsTest {
  // JDK 17.0.15's conf/security/java.security, as the property reads after line continuations.
  static final String JDK17_TLS =
      "SSLv3, TLSv1, TLSv1.1, DTLSv1.0, RC4, DES, MD5withRSA, DH keySize < 1024, "
          + "EC keySize < 224, 3DES_EDE_CBC, anon, NULL, ECDH, include jdk.disabled.namedCurves";
  static final String JDK17_CERTPATH =
      "MD2, MD5, SHA1 jdkCA & usage TLSServer, RSA keySize < 1024, DSA keySize < 1024, "
          + "EC keySize < 224, SHA1 usage SignedJAR & denyAfter 2019-01-01, "
          + "include jdk.disabled.namedCurves";
  static final String NAMED_CURVES = "secp112r1, secp112r2, secp128r1";

  @Test
  void readsEntriesConstraintsAndIncludes() {
    DisabledAlgorithms d =
        DisabledAlgorithms.parse(
            JDK17_CERTPATH, Map.of("jdk.disabled.namedCurves", NAMED_CURVES)::get);

    assertThat(d.unresolved()).isEmpty();
    assertThat(d.entries())
        .extracting(Entry::algorithm)
        .containsExactly(
            "MD2",
            "MD5",
            "SHA1",
            "RSA",
            "DSA",
            "EC",
            "SHA1",
            "secp112r1",
            "secp112r2",
            "secp128r1");
    Entry sha1 = d.entries().get(2);
    assertThat(sha1.constraints()).containsExactly("jdkCA", "usage TLSServer");
    assertThat(sha1.constraintKinds()).containsExactly("jdkCA", "usage");
    assertThat(sha1.usages()).containsExactly("TLSServer");
    assertThat(sha1.unconstrained()).isFalse();
    assertThat(d.entries().get(3).keySizeFloor()).isEqualTo(1024);
    assertThat(d.entries().get(0).unconstrained()).isTrue();
    assertThat(d.entries().get(7).includedFrom()).isEqualTo("jdk.disabled.namedCurves");
    assertThat(d.entries().get(6).usages()).containsExactly("SignedJAR");
  }

  @Test
  void keySizeOperatorsAndSpacing() {
    DisabledAlgorithms d =
        DisabledAlgorithms.parse(
            "RSA keySize<=1023, DH  keySize   <  2048, EC keySize > 521, DSA keySize == 512",
            n -> null);
    assertThat(d.entries()).extracting(Entry::keySizeFloor).containsExactly(1024, 2048, 0, 0);
  }

  /** The value comes from configuration: a bound past any int disables every key, no exception. */
  @Test
  void keySizeBoundsBeyondAnIntDisableEveryKey() {
    DisabledAlgorithms d =
        DisabledAlgorithms.parse(
            "RSA keySize < 99999999999999999999999, DH keySize <= 2147483647,"
                + " DSA keySize < 2147483648, EC keySize <= 2147483646",
            n -> null);
    assertThat(d.entries())
        .extracting(Entry::keySizeFloor)
        .containsExactly(
            Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);
  }

  @Test
  void anUnsetOrSelfIncludingPropertyIsUnresolvedNotALoop() {
    Map<String, String> props = Map.of("a", "RC4, include a");
    DisabledAlgorithms d = DisabledAlgorithms.parse("include a, include missing", props::get);
    assertThat(d.entries()).extracting(Entry::algorithm).containsExactly("RC4");
    assertThat(d.unresolved()).containsExactly("a", "missing");
    assertThat(DisabledAlgorithms.parse(null, n -> null).entries()).isEmpty();
    assertThat(Set.copyOf(DisabledAlgorithms.parse(" , ,", n -> null).entries())).isEmpty();
    assertThat(List.of(JDK17_TLS.split(","))).hasSize(14);
  }
}
