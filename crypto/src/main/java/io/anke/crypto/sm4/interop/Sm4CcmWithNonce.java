package io.anke.crypto.sm4.interop;

import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.sm4.Sm4Ccm;
import io.anke.crypto.sm4.Sm4Key;
import io.anke.crypto.sm4.internal.Checks;
import io.anke.crypto.sm4.internal.Sm4Aeads;
import io.anke.crypto.sm4.internal.Sm4Keys;
import io.anke.crypto.sm4.internal.Sm4State;
import java.util.Objects;

/**
 * SM4-CCM with a 12-byte nonce chosen by the caller (RFC 8998 parameters). Output: {@code
 * ciphertext ‖ tag (16 bytes)}, the tag as it goes on the wire. At most {@value
 * Sm4Ccm#MAX_PLAINTEXT_LENGTH} bytes per message.
 *
 * <p><b>Never encrypt two messages under one key with the same nonce.</b> {@link Sm4Ccm} chooses
 * nonces itself. An encryption that repeats the nonce of the previous one under the same key object
 * is refused ({@link NonceReuseException}); older nonces are not remembered. Immutable and
 * thread-safe.
 */
public final class Sm4CcmWithNonce {
  /** Nonce length in bytes. */
  public static final int NONCE_LENGTH = 12;

  /** Tag length in bytes. */
  public static final int TAG_LENGTH = Sm4Aeads.TAG_LENGTH;

  private static final String MODE = "SM4-CCM";

  private final Sm4State key;

  private Sm4CcmWithNonce(Sm4State key) {
    this.key = key;
  }

  /**
   * SM4-CCM under {@code key}, nonces supplied per call. The key is referenced, not copied: once it
   * is destroyed, every call throws {@link io.anke.crypto.KeyDestroyedException}.
   */
  public static Sm4CcmWithNonce withKey(Sm4Key key) {
    return new Sm4CcmWithNonce(Sm4Keys.state(key));
  }

  /**
   * Returns {@code ciphertext ‖ tag}.
   *
   * @throws io.anke.crypto.CryptoFormatException if the nonce is not 12 bytes or the plaintext is
   *     too long
   * @throws NonceReuseException if the previous SM4-CCM encryption under the same key object used
   *     the same nonce (only this immediate repetition is detected)
   */
  public byte[] encrypt(byte[] nonce, byte[] plaintext, byte[] associatedData) {
    Checks.length(MODE + " nonce", nonce, NONCE_LENGTH);
    Objects.requireNonNull(plaintext, "plaintext");
    byte[] n = nonce.clone();
    NonceReuseException.requireFresh(key.material(), MODE, n);
    return Sm4Aeads.seal(Sm4Aeads.Mode.CCM, key, n, plaintext, Checks.aad(associatedData), 0);
  }

  /**
   * Checks and decrypts {@code ciphertext ‖ tag}.
   *
   * @throws DecryptionFailedException for any wrong, tampered or truncated input (one message)
   */
  public byte[] decrypt(byte[] nonce, byte[] ciphertextAndTag, byte[] associatedData)
      throws DecryptionFailedException {
    Checks.length(MODE + " nonce", nonce, NONCE_LENGTH);
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
