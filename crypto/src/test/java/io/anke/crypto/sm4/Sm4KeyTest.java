package io.anke.crypto.sm4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.Hex;
import io.anke.crypto.InsecureSecretAccess;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Sm4KeyTest {

  @Test
  void fromBytesAndToBytesCopy() {
    byte[] raw = Hex.decode("0123456789abcdeffedcba9876543210");
    Sm4Key key = Sm4Key.fromBytes(raw);
    Arrays.fill(raw, (byte) 0);
    byte[] out = key.toBytes(InsecureSecretAccess.get());
    assertThat(Hex.encode(out)).isEqualTo("0123456789abcdeffedcba9876543210");
    out[0] = 0x55;
    assertThat(Hex.encode(key.toBytes(InsecureSecretAccess.get())))
        .isEqualTo("0123456789abcdeffedcba9876543210");
  }

  @Test
  void wrongLengthNamesExpectedAndActualLengthOnly() {
    assertThatThrownBy(() -> Sm4Key.fromBytes(new byte[17]))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("SM4 key must be 16 bytes, got 17");
    assertThatThrownBy(() -> Sm4Key.fromBytes(new byte[0]))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("SM4 key must be 16 bytes, got 0");
  }

  @Test
  void toStringNeverShowsTheKey() {
    byte[] raw = new byte[16];
    Arrays.fill(raw, (byte) 0xab);
    String s = Sm4Key.fromBytes(raw).toString();
    assertThat(s).doesNotContainIgnoringCase("abab").doesNotContain("-85");
    assertThat(s).contains("128");
  }

  @Test
  void generatedKeysAreRandomAndUseTheGivenSource() {
    assertThat(Sm4Key.generate().toBytes(InsecureSecretAccess.get()))
        .hasSize(16)
        .isNotEqualTo(Sm4Key.generate().toBytes(InsecureSecretAccess.get()));
    byte[] a = Sm4Key.generate(seeded()).toBytes(InsecureSecretAccess.get());
    byte[] b = Sm4Key.generate(seeded()).toBytes(InsecureSecretAccess.get());
    assertThat(a).isEqualTo(b);
  }

  @Test
  void noValueEqualitySoKeysAreNotComparedByAccident() {
    byte[] raw = new byte[16];
    assertThat(Sm4Key.fromBytes(raw)).isNotEqualTo(Sm4Key.fromBytes(raw));
  }

  private static SecureRandom seeded() {
    try {
      SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
      r.setSeed(42);
      return r;
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
