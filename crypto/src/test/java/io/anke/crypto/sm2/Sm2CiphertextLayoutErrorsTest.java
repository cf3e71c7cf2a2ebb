package io.anke.crypto.sm2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.CryptoFormatException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A raw ciphertext that does not fit the layout it is read as is refused with the exact lengths
 * involved and, where the first byte says so, the layout it probably is.
 */
class Sm2CiphertextLayoutErrorsTest {
  static final Sm2PublicKey KEY = Sm2KeyPair.generate(TestRandoms.seeded(41)).publicKey();
  static final byte[] MESSAGE = "layout".getBytes(StandardCharsets.US_ASCII);

  static byte[] encrypt(Sm2CiphertextFormat f) {
    return new Sm2Encrypter(KEY, f, TestRandoms.seeded(42)).encrypt(MESSAGE);
  }

  static void convertFails(byte[] in, Sm2CiphertextFormat from, String message) {
    assertThatThrownBy(() -> Sm2Ciphertexts.convert(in, from, Sm2CiphertextFormat.ASN1))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage(message);
  }

  @Test
  void tooShortStatesTheMinimumOfTheLayout() {
    convertFails(
        Arrays.copyOf(encrypt(Sm2CiphertextFormat.C1C3C2), 97),
        Sm2CiphertextFormat.C1C3C2,
        "SM2 ciphertext (C1C3C2): 97 bytes is too short; C1 (65) + C3 (32) + at least one byte of"
            + " C2 need 98");
    convertFails(
        new byte[0],
        Sm2CiphertextFormat.C1C3C2_NO_PREFIX,
        "SM2 ciphertext (C1C3C2_NO_PREFIX): 0 bytes is too short; C1 (64) + C3 (32) + at least"
            + " one byte of C2 need 97");
  }

  @Test
  void aMissingPrefixPointsToTheNoPrefixLayoutOfTheSameOrder() {
    for (Sm2CiphertextFormat f :
        new Sm2CiphertextFormat[] {Sm2CiphertextFormat.C1C3C2, Sm2CiphertextFormat.C1C2C3}) {
      byte[] c = encrypt(f);
      c[0] = 0x05;
      convertFails(
          c,
          f,
          "SM2 ciphertext ("
              + f
              + "): C1 must start with 04 (uncompressed point), found 0x05 (raw ciphertext without"
              + " the 04 prefix, as sm-crypto writes it? use format "
              + f.withoutPointPrefix()
              + ")");
    }
    assertThat(Sm2CiphertextFormat.C1C2C3.withoutPointPrefix())
        .isEqualTo(Sm2CiphertextFormat.C1C2C3_NO_PREFIX);
  }

  @Test
  void aPrefixedCiphertextReadWithoutPrefixPointsToThePrefixedLayout() {
    for (Sm2CiphertextFormat f :
        new Sm2CiphertextFormat[] {
          Sm2CiphertextFormat.C1C3C2_NO_PREFIX, Sm2CiphertextFormat.C1C2C3_NO_PREFIX
        }) {
      byte[] prefixed = encrypt(f.withPointPrefix());
      assertThatThrownBy(() -> Sm2Ciphertexts.convert(prefixed, f, Sm2CiphertextFormat.ASN1))
          .isInstanceOf(CryptoFormatException.class)
          .hasMessageStartingWith("SM2 ciphertext (" + f + "): C1: ")
          .hasMessageEndingWith(
              " (starts with 04: a ciphertext with the point prefix? use format "
                  + f.withPointPrefix()
                  + ")");
    }
    assertThat(Sm2CiphertextFormat.C1C3C2_NO_PREFIX.withPointPrefix())
        .isEqualTo(Sm2CiphertextFormat.C1C3C2);
  }

  @Test
  void anOffCurvePointWithTheRightPrefixGetsNoGuess() {
    for (Sm2CiphertextFormat f : Sm2CiphertextFormat.values()) {
      if (!f.isRaw()) {
        continue;
      }
      byte[] c = encrypt(f);
      int lastOfY = f.hasPointPrefix() ? 64 : 63;
      c[lastOfY] ^= 1;
      convertFails(c, f, "SM2 ciphertext (" + f + "): C1: point is not on the SM2 curve");
    }
  }

  @Test
  void onlyTheDerLayoutIsNotRawAndDerIsAnotherNameForIt() {
    assertThat(Sm2CiphertextFormat.ASN1.isRaw()).isFalse();
    assertThat(Sm2CiphertextFormat.C1C2C3_NO_PREFIX.isRaw()).isTrue();
    assertThat(Sm2CiphertextFormat.parse(" der ")).isEqualTo(Sm2CiphertextFormat.ASN1);
  }
}
