package io.anke.crypto.sm4.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.sm4.Sm4Key;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The caller-nonce modes refuse an immediate reuse of a nonce under one key object, the misuse that
 * GCM, CCM and CTR cannot survive (the XOR of two plaintexts, and for GCM forged tags).
 */
class NonceReuseTest {
  static final byte[] A = "attack at dawn".getBytes(StandardCharsets.US_ASCII);
  static final byte[] B = "attack at dusk".getBytes(StandardCharsets.US_ASCII);
  static final byte[] NONCE = new byte[12];
  static final byte[] OTHER_NONCE = new byte[12];
  static final byte[] IV = new byte[16];

  static {
    OTHER_NONCE[11] = 1;
  }

  static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String mode) {
    assertThatThrownBy(call)
        .isInstanceOf(NonceReuseException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(mode + ": this nonce was used by the previous encryption");
  }

  @Test
  void gcmRefusesTheSameNonceTwiceInARow() throws Exception {
    Sm4Key key = Sm4Key.generate();
    Sm4GcmWithNonce gcm = Sm4GcmWithNonce.withKey(key);
    byte[] first = gcm.encrypt(NONCE, A, null);
    refused(() -> gcm.encrypt(NONCE.clone(), B, null), "SM4-GCM");
    // Another primitive object over the same key object shares the memory.
    refused(() -> Sm4GcmWithNonce.withKey(key).encrypt(NONCE, B, null), "SM4-GCM");
    // Decrypting under the same nonce, any number of times, is fine.
    assertThat(gcm.decrypt(NONCE, first, null)).isEqualTo(A);
    assertThat(gcm.decrypt(NONCE, first, null)).isEqualTo(A);
    // Only the immediate repetition is caught (documented): N1, N2, N1 passes.
    gcm.encrypt(OTHER_NONCE, B, null);
    assertThat(gcm.encrypt(NONCE, B, null)).isNotEmpty();
    // And only under the same key object.
    assertThat(Sm4GcmWithNonce.withKey(Sm4Key.generate()).encrypt(NONCE, B, null)).isNotEmpty();
  }

  @Test
  void decryptionChecksTheNonceLengthToo() {
    Sm4GcmWithNonce gcm = Sm4GcmWithNonce.withKey(Sm4Key.generate());
    assertThatThrownBy(() -> gcm.decrypt(new byte[11], new byte[32], null))
        .isInstanceOf(io.anke.crypto.CryptoFormatException.class)
        .hasMessageContaining("SM4-GCM nonce must be 12 to 64 bytes, got 11");
    Sm4CcmWithNonce ccm = Sm4CcmWithNonce.withKey(Sm4Key.generate());
    assertThatThrownBy(() -> ccm.decrypt(new byte[13], new byte[32], null))
        .isInstanceOf(io.anke.crypto.CryptoFormatException.class)
        .hasMessageContaining("SM4-CCM nonce must be 12 bytes, got 13");
  }

  @Test
  void ccmRefusesTheSameNonceTwiceInARow() {
    Sm4CcmWithNonce ccm = Sm4CcmWithNonce.withKey(Sm4Key.generate());
    ccm.encrypt(NONCE, A, null);
    refused(() -> ccm.encrypt(NONCE, B, null), "SM4-CCM");
  }

  @Test
  void ctrRefusesTheSameCounterBlockTwiceInARowInEitherApi() throws Exception {
    Sm4Ctr ctr = Sm4Ctr.withKey(Sm4Key.generate());
    byte[] c = ctr.encrypt(IV, A);
    refused(() -> ctr.encrypt(IV, B), "SM4-CTR");
    refused(
        () -> ctr.encrypt(IV, new ByteArrayInputStream(B), new ByteArrayOutputStream()), "SM4-CTR");
    assertThat(ctr.decrypt(IV, c)).isEqualTo(A);
    assertThat(ctr.decrypt(IV, c)).isEqualTo(A);
  }

  @Test
  void cbcWithAFixedIvIsStillAllowedForLegacyPartners() {
    // CBC with a repeated IV leaks equal prefixes but not the plaintext XOR; systems that mandate
    // a fixed IV exist, so CBC is not refused (docs/crypto.md says so).
    Sm4Cbc cbc = Sm4Cbc.withKey(Sm4Key.generate());
    assertThat(cbc.encrypt(IV, A)).isEqualTo(cbc.encrypt(IV, A));
  }

  @Test
  void aDeserializedExceptionStillPrints() throws Exception {
    NonceReuseException e = new NonceReuseException("SM4-GCM");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    Object back;
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      back = in.readObject();
    }
    assertThat(back.toString()).contains(e.getMessage());
    assertThat(((NonceReuseException) back).messageIn(java.util.Locale.CHINESE))
        .isEqualTo(e.getMessage());
  }
}
