package io.anke.crypto.sm4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.sm4.interop.Sm4GcmWithNonce;
import org.junit.jupiter.api.Test;

/**
 * The SM4 length limits at their edges: the largest SM4-CCM message (its 3-byte length field) and
 * the longest caller-chosen GCM nonce.
 */
class Sm4LimitsTest {
  private static final Sm4Key KEY = Sm4Key.generate();

  @Test
  void ccmEncryptsExactlyItsLargestMessageAndRefusesOneByteMore() {
    assertThat(Sm4Ccm.MAX_PLAINTEXT_LENGTH).isEqualTo((1 << 24) - 1);
    Sm4Ccm ccm = Sm4Ccm.withKey(KEY);
    byte[] largest = new byte[Sm4Ccm.MAX_PLAINTEXT_LENGTH];
    largest[largest.length - 1] = 7;
    // nonce, ciphertext, tag
    assertThat(ccm.encrypt(largest, null)).hasSize(12 + Sm4Ccm.MAX_PLAINTEXT_LENGTH + 16);
    assertThatThrownBy(() -> ccm.encrypt(new byte[Sm4Ccm.MAX_PLAINTEXT_LENGTH + 1], null))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage(
            "SM4-CCM with a 12-byte nonce encrypts at most 16777215 bytes per message, got"
                + " 16777216");
  }

  @Test
  void gcmWithACallersNonceTakesUpTo64NonceBytesAndRefusesMore() throws Exception {
    Sm4GcmWithNonce gcm = Sm4GcmWithNonce.withKey(KEY);
    byte[] nonce = new byte[Sm4GcmWithNonce.MAX_NONCE_LENGTH];
    nonce[0] = 1;
    byte[] sealed = gcm.encrypt(nonce, new byte[] {1, 2, 3}, null);
    assertThat(gcm.decrypt(nonce, sealed, null)).containsExactly(1, 2, 3);
    byte[] longer = new byte[Sm4GcmWithNonce.MAX_NONCE_LENGTH + 1];
    assertThatThrownBy(() -> gcm.encrypt(longer, new byte[] {1}, null))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("SM4-GCM nonce must be 12 to 64 bytes, got 65");
    assertThatThrownBy(() -> gcm.decrypt(longer, sealed, null))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("SM4-GCM nonce must be 12 to 64 bytes, got 65");
  }
}
