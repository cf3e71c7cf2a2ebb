package io.anke.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.runtime.RuntimeSecurityFacts.BouncyCastleFacts;
import io.anke.core.runtime.RuntimeSecurityFacts.SecureRandomFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fact records on their own: an absent or present Bouncy Castle, a seed source's device. */
class RuntimeFactsRecordsTest {

  @Test
  void bouncyCastleIsPresentExactlyWhenACopyLoads() {
    BouncyCastleFacts absent = BouncyCastleFacts.absent();
    assertThat(absent.present()).isFalse();
    assertThat(absent.version()).isNull();
    assertThat(absent.jar()).isNull();
    assertThat(absent.copies()).isEmpty();

    BouncyCastleFacts present =
        new BouncyCastleFacts("1.78", "/lib/bcprov.jar", List.of("/lib/bcprov.jar"));
    assertThat(present.present()).isTrue();
    // a copy without a readable version still loads
    assertThat(new BouncyCastleFacts(null, "/lib/bcprov.jar", List.of()).present()).isTrue();
  }

  @Test
  void onlyASeedSourceThatIsTheRandomDeviceBlocks() {
    assertThat(SecureRandomFacts.of("DRBG", "file:/dev/./random").blocking()).isTrue();
    assertThat(SecureRandomFacts.of("DRBG", "file:/dev/urandom").blocking()).isFalse();
    // not a URI: no device can be told, so it is not taken for one
    assertThat(SecureRandomFacts.of("DRBG", "file:/dev/ran dom").blocking()).isFalse();
    assertThat(SecureRandomFacts.of("DRBG", null).blocking()).isFalse();
  }
}
