package io.anke.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class HexTest {

  @Property
  void decodeInvertsEncode(@ForAll byte[] bytes) {
    assertThat(Hex.decode(Hex.encode(bytes))).isEqualTo(bytes);
    assertThat(Hex.decode(Hex.encode(bytes).toUpperCase(java.util.Locale.ROOT))).isEqualTo(bytes);
  }

  @Test
  void encodesLowercaseWithLeadingZeros() {
    assertThat(Hex.encode(new byte[] {0, 1, (byte) 0xab, (byte) 0xff})).isEqualTo("0001abff");
  }

  @Test
  void acceptsPrefixAndWhitespace() {
    assertThat(Hex.decode(" 0x0A bC\n12 ")).containsExactly(0x0a, 0xbc, 0x12);
  }

  @Test
  void rejectsOddLengthAndNonHexWithPositionButNotContent() {
    assertThatThrownBy(() -> Hex.decode("abc"))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("odd");
    assertThatThrownBy(() -> Hex.decode("00g1"))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("character 3")
        .hasMessageNotContaining("00g1");
  }

  @Test
  void aPrefixAloneIsNoBytesAndADigitAloneIsOdd() {
    assertThat(Hex.decode("0x")).isEmpty();
    assertThat(Hex.decode(" 0X ")).isEmpty();
    // A single 0 is half a byte, not a cut-off prefix, wherever it stands.
    for (String odd : new String[] {"0", " 0", "ab0", "0x0"}) {
      assertThatThrownBy(() -> Hex.decode(odd))
          .as(odd)
          .isInstanceOf(CryptoFormatException.class)
          .hasMessageContaining("odd");
    }
  }
}
