package io.anke.crypto.sm4.interop;

import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.sm4.Sm4Ccm;
import io.anke.crypto.sm4.Sm4Key;
import io.anke.crypto.sm4.internal.Checks;
import io.anke.crypto.sm4.internal.Sm4Aeads;
import java.util.Objects;

/**
 * SM4-CCM with a 12-byte nonce chosen by the caller (RFC 8998 parameters). Output: {@code
 * ciphertext ‖ tag (16 bytes)}, the tag as it goes on the wire. At most {@value
 * Sm4Ccm#MAX_PLAINTEXT_LENGTH} bytes per message.
 *
 * <p><b>Never encrypt two messages under one key with the same nonce.</b> {@link Sm4Ccm} chooses
 * nonces itself. Immutable and thread-safe.
 */
public final class Sm4CcmWithNonce {
  /** Nonce length in bytes. */
  public static final int NONCE_LENGTH = 12;

  /** Tag length in bytes. */
  public static final int TAG_LENGTH = Sm4Aeads.TAG_LENGTH;

  private final byte[] key;

  private Sm4CcmWithNonce(byte[] key) {
    this.key = key;
  }

  /** SM4-CCM under {@code key}, nonces supplied per call. */
  public static Sm4CcmWithNonce withKey(Sm4Key key) {
    return new Sm4CcmWithNonce(Objects.requireNonNull(key, "key").toBytes());
  }

  /**
   * Returns {@code ciphertext ‖ tag}.
   *
   * @throws io.anke.crypto.CryptoFormatException if the nonce is not 12 bytes or the plaintext is
   *     too long
   */
  public byte[] encrypt(byte[] nonce, byte[] plaintext, byte[] associatedData) {
    Checks.length("SM4-CCM nonce", nonce, NONCE_LENGTH);
    Objects.requireNonNull(plaintext, "plaintext");
    return Sm4Aeads.seal(
        Sm4Aeads.Mode.CCM, key, nonce.clone(), plaintext, Checks.aad(associatedData), 0);
  }

  /**
   * Checks and decrypts {@code ciphertext ‖ tag}.
   *
   * @throws DecryptionFailedException for any wrong, tampered or truncated input (one message)
   */
  public byte[] decrypt(byte[] nonce, byte[] ciphertextAndTag, byte[] associatedData)
      throws DecryptionFailedException {
    Checks.length("SM4-CCM nonce", nonce, NONCE_LENGTH);
    Objects.requireNonNull(ciphertextAndTag, "ciphertextAndTag");
    return Sm4Aeads.open(
        Sm4Aeads.Mode.CCM,
        key,
        nonce.clone(),
        ciphertextAndTag,
        0,
        ciphertextAndTag.length,
        Checks.aad(associatedData));
  }

  @Override
  public String toString() {
    return "Sm4CcmWithNonce[nonce 12 bytes, tag 16 bytes]";
  }
}
