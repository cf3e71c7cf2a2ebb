package io.anke.crypto.sm2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.Hex;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Encryption behaviour, layout conversions and Wycheproof-style negatives. */
class Sm2EncryptionTest {
  static final Sm2KeyPair PAIR = Sm2KeyPair.generate(TestRandoms.seeded(200));
  static final byte[] SECRET = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  static byte[] encrypt(Sm2CiphertextFormat f, long seed) {
    return new Sm2Encrypter(PAIR.publicKey(), f, TestRandoms.seeded(seed)).encrypt(SECRET);
  }

  static byte[] decrypt(Sm2CiphertextFormat f, byte[] c) throws DecryptionFailedException {
    return new Sm2Decrypter(PAIR.privateKey(), f).decrypt(c);
  }

  @Test
  void defaultsAreTheStandardLayout() throws Exception {
    Sm2Encrypter e = new Sm2Encrypter(PAIR.publicKey());
    assertThat(e.format()).isEqualTo(Sm2CiphertextFormat.C1C3C2);
    byte[] c = e.encrypt(SECRET);
    assertThat(c).hasSize(65 + 32 + SECRET.length).startsWith(4);
    assertThat(new Sm2Decrypter(PAIR.privateKey()).decrypt(c)).isEqualTo(SECRET);
    assertThat(new Sm2Decrypter(PAIR.privateKey()).format()).isEqualTo(Sm2CiphertextFormat.C1C3C2);
  }

  @Test
  void everyLayoutHasItsLengthAndShape() throws Exception {
    assertThat(encrypt(Sm2CiphertextFormat.C1C2C3, 1)).hasSize(113).startsWith(4);
    assertThat(encrypt(Sm2CiphertextFormat.C1C3C2_NO_PREFIX, 1)).hasSize(112);
    assertThat(encrypt(Sm2CiphertextFormat.C1C2C3_NO_PREFIX, 1)).hasSize(112);
    byte[] asn1 = encrypt(Sm2CiphertextFormat.ASN1, 1);
    assertThat(asn1[0]).isEqualTo((byte) 0x30);
    assertThat(asn1.length).isBetween(110, 124);
    byte[] c1c3c2 = encrypt(Sm2CiphertextFormat.C1C3C2, 1);
    byte[] c1c2c3 = encrypt(Sm2CiphertextFormat.C1C2C3, 1);
    // Same k: same C1, C2 and C3, only the order differs.
    assertThat(Arrays.copyOf(c1c2c3, 65)).isEqualTo(Arrays.copyOf(c1c3c2, 65));
    assertThat(Arrays.copyOfRange(c1c2c3, 65, 81)).isEqualTo(Arrays.copyOfRange(c1c3c2, 97, 113));
    for (Sm2CiphertextFormat f : Sm2CiphertextFormat.values()) {
      assertThat(decrypt(f, encrypt(f, 2))).isEqualTo(SECRET);
    }
  }

  @Test
  void emptyMessageIsRefused() {
    assertThatThrownBy(() -> new Sm2Encrypter(PAIR.publicKey()).encrypt(new byte[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void tamperedC1C3OrC2FailsDecryption() {
    byte[] c = encrypt(Sm2CiphertextFormat.C1C3C2, 3);
    byte[] x = c.clone();
    x[10] ^= 1;
    expectFailure(Sm2CiphertextFormat.C1C3C2, x, "not on the SM2 curve");
    byte[] c3 = c.clone();
    c3[70] ^= 1;
    expectFailure(Sm2CiphertextFormat.C1C3C2, c3, "C3 does not match");
    byte[] c2 = c.clone();
    c2[c2.length - 1] ^= 1;
    expectFailure(Sm2CiphertextFormat.C1C3C2, c2, "C3 does not match");
    // Another key's decrypter, or the wrong order, fails the same way.
    assertThatThrownBy(() -> new Sm2Decrypter(Sm2KeyPair.generate().privateKey()).decrypt(c))
        .isInstanceOf(DecryptionFailedException.class);
    expectFailure(Sm2CiphertextFormat.C1C2C3, c, "C3 does not match");
  }

  @Test
  void c1AtInfinityOrOffTheCurveIsRejectedInEveryLayout() {
    byte[] good = encrypt(Sm2CiphertextFormat.C1C3C2, 4);
    byte[] zero = good.clone();
    Arrays.fill(zero, 1, 65, (byte) 0);
    byte[] big = good.clone();
    Arrays.fill(big, 1, 33, (byte) 0xff);
    for (Sm2CiphertextFormat f : Sm2CiphertextFormat.values()) {
      byte[] z = convertUnchecked(zero, f);
      expectFailure(f, z, "point at infinity");
      expectFailure(f, convertUnchecked(big, f), "not less than the field prime");
      assertThatThrownBy(() -> Sm2Ciphertexts.convert(z, f, Sm2CiphertextFormat.C1C3C2))
          .isInstanceOf(CryptoFormatException.class);
    }
  }

  @Test
  void structuralErrorsNameTheLayoutAndTheLikelyOne() {
    byte[] asn1 = encrypt(Sm2CiphertextFormat.ASN1, 5);
    byte[] raw = encrypt(Sm2CiphertextFormat.C1C3C2, 5);
    byte[] noPrefix = encrypt(Sm2CiphertextFormat.C1C3C2_NO_PREFIX, 5);
    expectFailure(Sm2CiphertextFormat.C1C3C2, asn1, "use format ASN1");
    expectFailure(Sm2CiphertextFormat.ASN1, raw, "looks like a raw C1C3C2");
    if (noPrefix[0] != 0x04) {
      expectFailure(Sm2CiphertextFormat.C1C3C2, noPrefix, "C1C3C2_NO_PREFIX");
    }
    expectFailure(Sm2CiphertextFormat.C1C3C2, Arrays.copyOf(raw, 97), "too short");
    expectFailure(Sm2CiphertextFormat.ASN1, Arrays.copyOf(asn1, asn1.length - 1), "truncated");
    expectFailure(
        Sm2CiphertextFormat.ASN1, Arrays.copyOf(asn1, asn1.length + 1), "unexpected byte(s)");
    expectFailure(Sm2CiphertextFormat.ASN1, new byte[0], "truncated");
  }

  @Test
  void asn1FieldsAreChecked() {
    byte[] raw = encrypt(Sm2CiphertextFormat.C1C3C2, 6);
    String x = Hex.encode(Arrays.copyOfRange(raw, 1, 33));
    String y = Hex.encode(Arrays.copyOfRange(raw, 33, 65));
    String c3 = Hex.encode(Arrays.copyOfRange(raw, 65, 97));
    String c2 = Hex.encode(Arrays.copyOfRange(raw, 97, raw.length));
    String ix = "0221" + "00" + x; // a 00 byte is allowed only before a high bit
    String iy = "0221" + "00" + y;
    String good = seq(integer(x) + integer(y) + "0420" + c3 + "0410" + c2);
    assertThat(
            Sm2Ciphertexts.convert(
                Hex.decode(good), Sm2CiphertextFormat.ASN1, Sm2CiphertextFormat.C1C3C2))
        .isEqualTo(raw);
    if ((Hex.decode(x)[0] & 0x80) == 0) {
      expectFailure(
          Sm2CiphertextFormat.ASN1,
          Hex.decode(seq(ix + integer(y) + "0420" + c3 + "0410" + c2)),
          "superfluous leading 00");
    }
    if ((Hex.decode(y)[0] & 0x80) != 0) {
      expectFailure(
          Sm2CiphertextFormat.ASN1,
          Hex.decode(seq(integer(x) + "0220" + y + "0420" + c3 + "0410" + c2)),
          "negative");
    }
    assertThat(iy).isNotEmpty();
    expectFailure(
        Sm2CiphertextFormat.ASN1,
        Hex.decode(seq(integer(x) + integer(y) + "041F" + c3.substring(2) + "0410" + c2)),
        "HASH (C3) is 31 bytes");
    expectFailure(
        Sm2CiphertextFormat.ASN1,
        Hex.decode(seq(integer(x) + integer(y) + "0420" + c3 + "0400")),
        "C2) is empty");
    expectFailure(
        Sm2CiphertextFormat.ASN1,
        Hex.decode(seq(integer(x) + integer(y) + "0420" + c3 + "0410" + c2 + "0400")),
        "unexpected byte(s) after the four SM2Cipher fields");
  }

  @Test
  void aCoordinateWrittenWith31BytesIsRejectedNotMisread() {
    // An encoder that drops a leading zero byte of x shifts every later field by one byte.
    byte[] c = findCiphertextWithLeadingZero(true);
    byte[] shortX = new byte[c.length - 1];
    shortX[0] = 4;
    System.arraycopy(c, 2, shortX, 1, c.length - 2);
    assertThatThrownBy(() -> decrypt(Sm2CiphertextFormat.C1C3C2, shortX))
        .isInstanceOf(DecryptionFailedException.class);
  }

  @Test
  void leadingZeroC1CoordinatesKeepFixedWidthAndMinimalDer() throws Exception {
    for (boolean xNotY : new boolean[] {true, false}) {
      byte[] c = findCiphertextWithLeadingZero(xNotY);
      assertThat(c).hasSize(97 + SECRET.length);
      byte[] asn1 = Sm2Ciphertexts.convert(c, Sm2CiphertextFormat.C1C3C2, Sm2CiphertextFormat.ASN1);
      assertThat(asn1.length).isLessThan(97 + SECRET.length + 12);
      for (Sm2CiphertextFormat f : Sm2CiphertextFormat.values()) {
        byte[] cf = Sm2Ciphertexts.convert(c, Sm2CiphertextFormat.C1C3C2, f);
        assertThat(decrypt(f, cf)).isEqualTo(SECRET);
        assertThat(Sm2Ciphertexts.convert(cf, f, Sm2CiphertextFormat.C1C3C2)).isEqualTo(c);
      }
    }
  }

  @Test
  void formatNamesForTheCommandLine() {
    assertThat(Sm2CiphertextFormat.parse("c1c3c2")).isEqualTo(Sm2CiphertextFormat.C1C3C2);
    assertThat(Sm2CiphertextFormat.parse("ASN1")).isEqualTo(Sm2CiphertextFormat.ASN1);
    assertThat(Sm2CiphertextFormat.parse("c1c2c3-no-prefix"))
        .isEqualTo(Sm2CiphertextFormat.C1C2C3_NO_PREFIX);
    assertThat(Sm2CiphertextFormat.C1C3C2_NO_PREFIX.cliName()).isEqualTo("c1c3c2-no-prefix");
    assertThat(Sm2CiphertextFormat.C1C3C2.withoutPointPrefix())
        .isEqualTo(Sm2CiphertextFormat.C1C3C2_NO_PREFIX);
    assertThat(Sm2CiphertextFormat.C1C2C3_NO_PREFIX.withPointPrefix())
        .isEqualTo(Sm2CiphertextFormat.C1C2C3);
    assertThatThrownBy(() -> Sm2CiphertextFormat.parse("c3c2c1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("c1c3c2, c1c2c3, asn1");
    assertThatThrownBy(Sm2CiphertextFormat.ASN1::withoutPointPrefix)
        .isInstanceOf(IllegalStateException.class);
  }

  /** Deterministic search for a ciphertext whose C1 x (or y) starts with a zero byte. */
  static byte[] findCiphertextWithLeadingZero(boolean x) {
    Sm2Encrypter e =
        new Sm2Encrypter(PAIR.publicKey(), Sm2CiphertextFormat.C1C3C2, TestRandoms.seeded(77));
    for (int i = 0; i < 5000; i++) {
      byte[] c = e.encrypt(SECRET);
      if (c[x ? 1 : 33] == 0) {
        return c;
      }
    }
    throw new AssertionError("no leading-zero coordinate in 5000 tries");
  }

  private static void expectFailure(Sm2CiphertextFormat f, byte[] c, String message) {
    assertThatThrownBy(() -> decrypt(f, c))
        .isInstanceOf(DecryptionFailedException.class)
        .hasMessageContaining(message);
  }

  // Lays out C1C3C2 parts in another layout without validating them (to build bad inputs).
  private static byte[] convertUnchecked(byte[] c1c3c2, Sm2CiphertextFormat f) {
    byte[] x = Arrays.copyOfRange(c1c3c2, 1, 33);
    byte[] y = Arrays.copyOfRange(c1c3c2, 33, 65);
    byte[] c3 = Arrays.copyOfRange(c1c3c2, 65, 97);
    byte[] c2 = Arrays.copyOfRange(c1c3c2, 97, c1c3c2.length);
    String prefix = f.hasPointPrefix() ? "04" : "";
    switch (f) {
      case ASN1:
        return Hex.decode(
            seq(
                integer(Hex.encode(x))
                    + integer(Hex.encode(y))
                    + "0420"
                    + Hex.encode(c3)
                    + String.format("04%02x", c2.length)
                    + Hex.encode(c2)));
      case C1C3C2:
      case C1C3C2_NO_PREFIX:
        return Hex.decode(prefix + Hex.encode(x) + Hex.encode(y) + Hex.encode(c3) + Hex.encode(c2));
      default:
        return Hex.decode(prefix + Hex.encode(x) + Hex.encode(y) + Hex.encode(c2) + Hex.encode(c3));
    }
  }

  private static String integer(String hex) {
    String h = hex.replaceFirst("^(00)+", "");
    if (h.isEmpty()) {
      h = "00";
    }
    if (Character.digit(h.charAt(0), 16) >= 8) {
      h = "00" + h;
    }
    return String.format("02%02x", h.length() / 2) + h;
  }

  private static String seq(String content) {
    return String.format("30%02x", content.length() / 2) + content;
  }
}
