package io.anke.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@link Pem#looksLikePem} on bytes that hold "-----BEGIN " (a certificate name, an extension, a
 * signed text): they are DER exactly when they are one SEQUENCE with a definite length ending at
 * the last byte; anything else is read as text, so a PEM reader reports what is wrong with it.
 */
class PemLooksLikePemTest {
  private static final byte[] BEGIN_TEXT =
      "-----BEGIN CERTIFICATE-----".getBytes(StandardCharsets.US_ASCII);

  /** A SEQUENCE tag, the given length octets, then {@code contentLength} bytes holding BEGIN. */
  static byte[] sequence(int contentLength, int... lengthOctets) {
    byte[] out = new byte[2 + lengthOctets.length - 1 + contentLength];
    out[0] = 0x30;
    for (int i = 0; i < lengthOctets.length; i++) {
      out[1 + i] = (byte) lengthOctets[i];
    }
    int at = 1 + lengthOctets.length;
    Arrays.fill(out, at, out.length, (byte) 'x');
    System.arraycopy(BEGIN_TEXT, 0, out, at + 1, BEGIN_TEXT.length);
    return out;
  }

  @Test
  void aShortFormSequenceSpanningEveryByteIsDer() {
    assertThat(Pem.looksLikePem(sequence(40, 40))).isFalse();
    assertThat(Pem.looksLikePem(sequence(127, 127))).isFalse();
  }

  @Test
  void aShortFormLengthThatDoesNotEndAtTheLastByteIsText() {
    assertThat(Pem.looksLikePem(sequence(40, 41))).isTrue();
    assertThat(Pem.looksLikePem(sequence(40, 39))).isTrue();
  }

  @Test
  void aLongFormSequenceSpanningEveryByteIsDer() {
    // 300 = 0x012C: both length octets count, high one first.
    assertThat(Pem.looksLikePem(sequence(300, 0x82, 0x01, 0x2C))).isFalse();
    assertThat(Pem.looksLikePem(sequence(200, 0x81, 200))).isFalse();
    // The largest length form read: four octets, here a 16 MiB SEQUENCE (a large CMS signature).
    assertThat(Pem.looksLikePem(sequence(1 << 24, 0x84, 0x01, 0x00, 0x00, 0x00))).isFalse();
  }

  @Test
  void aLongFormLengthThatDoesNotEndAtTheLastByteIsText() {
    assertThat(Pem.looksLikePem(sequence(300, 0x82, 0x01, 0x2D))).isTrue();
    assertThat(Pem.looksLikePem(sequence(300, 0x82, 0x01, 0x2B))).isTrue();
    assertThat(Pem.looksLikePem(sequence(300, 0x82, 0x2C, 0x01))).isTrue();
  }

  @Test
  void indefiniteAndOverlongLengthsAreNeverTakenForOneSequence() {
    // 0x80 is BER's indefinite length; 128 content bytes would match a misread short form.
    assertThat(Pem.looksLikePem(sequence(128, 0x80))).isTrue();
    // More than four length octets: no Java array is that long.
    assertThat(Pem.looksLikePem(sequence(300, 0x85, 0x00, 0x00, 0x00, 0x01, 0x2C))).isTrue();
  }

  @Test
  void aLengthCutOffAfterItsFirstOctetIsNeitherDerNorPem() {
    // A truncated file: the length says two octets follow, one does.
    assertThat(Pem.looksLikePem(new byte[] {0x30, (byte) 0x82, 0x01})).isFalse();
    assertThat(Pem.looksLikePem(new byte[] {0x30, (byte) 0x84, 0x01, 0x00, 0x00})).isFalse();
  }

  @Test
  void textThatStartsWithTheSequenceTagCharacterIsText() {
    // '0' is 0x30; a note before the block does not make the file DER.
    byte[] text =
        ("0 = first chain\n" + Pem.encode("CERTIFICATE", sequence(40, 40)))
            .getBytes(StandardCharsets.US_ASCII);
    assertThat(Pem.looksLikePem(text)).isTrue();
    assertThat(Pem.looksLikePem(BEGIN_TEXT)).isTrue();
  }
}
