package io.anke.crypto.sm2;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.CryptoFormatException;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.junit.jupiter.api.Test;

/**
 * A public point of the wrong shape is refused with the accepted forms for the context (the 64-byte
 * x‖y form only for raw input, not inside SubjectPublicKeyInfo) and a guess from the length and
 * first byte at what went wrong.
 */
class PublicPointErrorHintsTest {
  static final byte[] U =
      Sm2KeyPair.generate(TestRandoms.seeded(31)).publicKey().toUncompressed(); // 04‖x‖y

  static final String RAW_FORMS =
      "raw public key: expected 65-byte uncompressed point (04‖x‖y), 64-byte x‖y or 33-byte"
          + " compressed point (02/03‖x), got ";
  static final String SPKI_FORMS =
      "expected 65-byte uncompressed point (04‖x‖y), or 33-byte compressed point (02/03‖x), got ";

  static void rawFails(byte[] raw, String message) {
    assertThatThrownBy(() -> Sm2PublicKey.fromRaw(raw))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage(message);
  }

  static byte[] spki(byte[] point) throws Exception {
    return new SubjectPublicKeyInfo(
            new AlgorithmIdentifier(
                X9ObjectIdentifiers.id_ecPublicKey, GMObjectIdentifiers.sm2p256v1),
            point)
        .getEncoded(ASN1Encoding.DER);
  }

  static byte[] startingWith(int first, int length) {
    byte[] b = Arrays.copyOf(U, length);
    b[0] = (byte) first;
    return b;
  }

  @Test
  void eachWrongLengthOfARawPointGetsItsHint() {
    rawFails(
        Arrays.copyOf(U, 63),
        RAW_FORMS + "63 bytes starting with 04 (a coordinate lost its leading zero byte?)");
    rawFails(
        Arrays.copyOf(U, 62),
        RAW_FORMS + "62 bytes starting with 04 (a coordinate lost its leading zero byte?)");
    rawFails(
        startingWith(0x11, 63),
        RAW_FORMS
            + "63 bytes (a coordinate lost its leading zero byte, or the 04 prefix is missing?)");
    rawFails(startingWith(0x05, 33), RAW_FORMS + "33 bytes not starting with 02 or 03");
    rawFails(
        Arrays.copyOfRange(U, 1, 33),
        RAW_FORMS + "32 bytes (only one coordinate, or is this a private key?)");
    rawFails(
        startingWith(0x30, 91),
        RAW_FORMS + "91 bytes starting with 30 (DER: a SubjectPublicKeyInfo? read it as DER/PEM)");
    rawFails(startingWith(0x31, 91), RAW_FORMS + "91 bytes");
    rawFails(new byte[0], RAW_FORMS + "0 bytes");
  }

  @Test
  void theHybridPrefixIsNamedAndOtherPrefixesAreNot() {
    for (int prefix : new int[] {0x06, 0x07}) {
      rawFails(
          startingWith(prefix, 65),
          String.format(
              "raw public key: 65-byte point must start with 04 (uncompressed), found 0x%02x"
                  + " (hybrid form, not supported)",
              prefix));
    }
    rawFails(
        startingWith(0x05, 65),
        "raw public key: 65-byte point must start with 04 (uncompressed), found 0x05");
  }

  @Test
  void insideSubjectPublicKeyInfoTheXyFormIsNeitherOfferedNorAccepted() throws Exception {
    byte[] xy = Arrays.copyOfRange(U, 1, 65);
    assertThatThrownBy(() -> Sm2PublicKey.fromDer(spki(xy)))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageEndingWith(
            SPKI_FORMS
                + "64 bytes (a coordinate lost its leading zero byte, or the 04 prefix is"
                + " missing?)");
    byte[] short04 = Arrays.copyOf(U, 64);
    assertThatThrownBy(() -> Sm2PublicKey.fromDer(spki(short04)))
        .hasMessageEndingWith(
            SPKI_FORMS + "64 bytes starting with 04 (a coordinate lost its leading zero byte?)");
  }
}
