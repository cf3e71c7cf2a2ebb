package io.anke.crypto.sm2.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.Bilingual;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.Hex;
import io.anke.crypto.internal.CryptoMessage;
import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.junit.jupiter.api.Test;

/**
 * The strict DER reader and writer at every length boundary (short form up to 127, then one, two
 * and three length bytes), checked against Bouncy Castle's DER encoder.
 */
class DerTest {
  private static Bilingual v(String name) {
    return CryptoMessage.VERBATIM.text(name);
  }

  static final int[] LENGTHS = {
    0, 1, 126, 127, 128, 129, 254, 255, 256, 257, 65_534, 65_535, 65_536, 65_537, 70_000
  };

  @Test
  void writerMatchesBouncyCastleAtEveryLengthBoundary() throws Exception {
    for (int len : LENGTHS) {
      byte[] content = new byte[len];
      if (len > 0) {
        content[len - 1] = 7;
      }
      byte[] ours = Der.octetString(content);
      assertThat(ours)
          .as("OCTET STRING of %d", len)
          .isEqualTo(new DEROctetString(content).getEncoded());
      byte[] seq = Der.sequence(Der.integer(BigInteger.valueOf(len)), ours);
      assertThat(seq)
          .as("SEQUENCE around %d", len)
          .isEqualTo(
              new DERSequence(
                      new org.bouncycastle.asn1.ASN1Encodable[] {
                        new ASN1Integer(len), new DEROctetString(content)
                      })
                  .getEncoded(ASN1Encoding.DER));
      Der.Reader r = Der.Reader.of(seq, v("test"));
      Der.Reader inner = r.sequence(v("outer"));
      r.expectEnd(v("outer"));
      assertThat(inner.unsignedInteger(v("n"))).isEqualTo(BigInteger.valueOf(len));
      assertThat(inner.octetString(v("data"))).isEqualTo(content);
      inner.expectEnd(v("fields"));
    }
    assertThat(Der.integer(BigInteger.ZERO)).isEqualTo(Hex.decode("020100"));
    assertThat(Der.integer(BigInteger.valueOf(128))).isEqualTo(Hex.decode("02020080"));
    assertThatThrownBy(() -> Der.integer(BigInteger.ONE.negate()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static void bad(String hex, String message) {
    assertThatThrownBy(() -> Der.Reader.of(Hex.decode(hex), v("test")).octetString(v("x")))
        .as(hex)
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining(message);
  }

  @Test
  void fourLengthBytesStartAt16MiB() {
    byte[] big = Der.octetString(new byte[0x1000000]);
    assertThat(java.util.Arrays.copyOf(big, 6)).isEqualTo(Hex.decode("048401000000"));
    assertThat(big).hasSize(6 + 0x1000000);
    byte[] below = Der.octetString(new byte[0xffffff]);
    assertThat(java.util.Arrays.copyOf(below, 5)).isEqualTo(Hex.decode("0483ffffff"));
  }

  @Test
  void readerRefusesEveryNonMinimalOrImpossibleLength() {
    bad("04817f" + "00".repeat(127), "length below 128 in long form");
    bad("0481" + "00", "leading 00 byte");
    bad("0482007f" + "00".repeat(127), "leading 00 byte");
    bad("048200ff" + "00".repeat(255), "leading 00 byte");
    bad("0480" + "0000", "indefinite length");
    bad("0485" + "0000000001" + "00", "length field of 5 bytes is too long");
    bad("0484" + "ffffffff", "length too large");
    // The largest length an int holds is not "too large", just more than remains.
    bad("0484" + "7fffffff", "declares 2147483647 content bytes but only 0 remain");
    bad("0201" + "00", "x: expected OCTET STRING (0x04), found tag 0x02");
    assertThatThrownBy(
            () -> Der.Reader.of(Hex.decode("0401" + "00"), v("t")).unsignedInteger(v("n")))
        .hasMessageContaining("n: expected INTEGER (0x02), found tag 0x04");
    bad("0482" + "01", "truncated: x length field");
    bad("04", "truncated: x has no length");
    bad("", "truncated: x is missing");
    bad("0403" + "0000", "declares 3 content bytes but only 2 remain");
    bad("0281" + "80", "expected OCTET STRING");
    // The shortest long forms that are minimal are accepted.
    assertThat(Der.Reader.of(Hex.decode("048180" + "00".repeat(128)), v("t")).octetString(v("x")))
        .hasSize(128);
    assertThat(Der.Reader.of(Hex.decode("04820100" + "00".repeat(256)), v("t")).octetString(v("x")))
        .hasSize(256);
  }
}
