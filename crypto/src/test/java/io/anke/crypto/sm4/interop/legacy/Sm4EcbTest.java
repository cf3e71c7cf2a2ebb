package io.anke.crypto.sm4.interop.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.sm4.Sm4Key;
import io.anke.crypto.sm4.Sm4Reference;
import io.anke.crypto.sm4.interop.Padding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class Sm4EcbTest {

  @Provide
  Arbitrary<byte[]> keys() {
    return Arbitraries.bytes().array(byte[].class).ofSize(16);
  }

  @Property(tries = 300)
  void matchesReferenceAndRoundTrips(@ForAll("keys") byte[] key, @ForAll @Size(max = 100) byte[] pt)
      throws Exception {
    Sm4Ecb ecb = Sm4Ecb.withKey(Sm4Key.fromBytes(key), Padding.PKCS7);
    byte[] expected = Sm4Reference.ecb(true, key, Sm4Reference.pad(pt));
    assertThat(ecb.encrypt(pt)).isEqualTo(expected);
    assertThat(ecb.decrypt(expected)).isEqualTo(pt);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ecb.encrypt(new ByteArrayInputStream(pt), out)).isEqualTo(expected.length);
    assertThat(out.toByteArray()).isEqualTo(expected);
    ByteArrayOutputStream back = new ByteArrayOutputStream();
    assertThat(ecb.decrypt(new ByteArrayInputStream(expected), back)).isEqualTo(pt.length);
    assertThat(back.toByteArray()).isEqualTo(pt);
  }

  @Test
  void showsWhyItIsLegacyEqualBlocksGiveEqualCiphertext() {
    byte[] ct = Sm4Ecb.withKey(Sm4Key.generate(), Padding.NONE).encrypt(new byte[32]);
    assertThat(Arrays.copyOfRange(ct, 0, 16)).isEqualTo(Arrays.copyOfRange(ct, 16, 32));
  }

  @Test
  void unpaddedLengthsAndBadPadding() {
    Sm4Key key = Sm4Key.generate();
    assertThatThrownBy(() -> Sm4Ecb.withKey(key, Padding.NONE).encrypt(new byte[15]))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("SM4-ECB without padding encrypts whole 16-byte blocks only, got 15 bytes");
    assertThatThrownBy(() -> Sm4Ecb.withKey(key, Padding.NONE).decrypt(new byte[15]))
        .isInstanceOf(DecryptionFailedException.class);
    byte[] zeroPadByte = Sm4Ecb.withKey(key, Padding.NONE).encrypt(new byte[16]);
    assertThatThrownBy(() -> Sm4Ecb.withKey(key, Padding.PKCS7).decrypt(zeroPadByte))
        .isInstanceOf(DecryptionFailedException.class)
        .hasMessageStartingWith("decryption failed");
  }
}
