package io.anke.crypto.sm4.interop;

import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.sm4.Sm4Key;
import io.anke.crypto.sm4.internal.Checks;
import io.anke.crypto.sm4.internal.Sm4Aeads;
import io.anke.crypto.sm4.internal.Sm4Keys;
import io.anke.crypto.sm4.internal.Sm4State;
import java.util.Objects;

/**
 * SM4-GCM with a nonce chosen by the caller, for protocols that carry or derive the nonce
 * themselves (RFC 8998 TLS records, partner APIs). Output: {@code ciphertext ‖ tag (16 bytes)}; the
 * nonce is not included.
 *
 * <p><b>Never encrypt two messages under one key with the same nonce</b>: GCM then leaks the XOR of
 * the plaintexts and lets an attacker forge tags. {@link io.anke.crypto.sm4.Sm4Gcm} rules that out
 * by choosing nonces itself. An encryption that repeats the nonce of the previous one under the
 * same key object is refused ({@link NonceReuseException}); older nonces are not remembered.
 *
 * <p>The nonce is {@value #NONCE_LENGTH} bytes (RFC 8998) and should stay so; longer nonces, up to
 * {@value #MAX_NONCE_LENGTH} bytes, are accepted because some systems reuse a 16-byte CBC IV.
 * Immutable and thread-safe.
 */
public final class Sm4GcmWithNonce {
  /** The standard nonce length in bytes. */
  public static final int NONCE_LENGTH = 12;

  /** The longest nonce accepted, in bytes. */
  public static final int MAX_NONCE_LENGTH = 64;

  /** Tag length in bytes. */
  public static final int TAG_LENGTH = Sm4Aeads.TAG_LENGTH;

  private static final String MODE = "SM4-GCM";

  private final Sm4State key;

  private Sm4GcmWithNonce(Sm4State key) {
    this.key = key;
  }

  /**
   * SM4-GCM under {@code key}, nonces supplied per call. The key is referenced, not copied: once it
   * is destroyed, every call throws {@link io.anke.crypto.KeyDestroyedException}.
   */
  public static Sm4GcmWithNonce withKey(Sm4Key key) {
    return new Sm4GcmWithNonce(Sm4Keys.state(key));
  }

  /**
   * Returns {@code ciphertext ‖ tag}.
   *
   * @param associatedData authenticated, not encrypted; {@code null} means none
   * @throws io.anke.crypto.CryptoFormatException if the nonce length is outside 12 to 64 bytes
   * @throws NonceReuseException if the previous SM4-GCM encryption under the same key object used
   *     the same nonce (only this immediate repetition is detected)
   */
  public byte[] encrypt(byte[] nonce, byte[] plaintext, byte[] associatedData) {
    checkNonce(nonce);
    Objects.requireNonNull(plaintext, "plaintext");
    byte[] n = nonce.clone();
    NonceReuseException.requireFresh(key.material(), MODE, n);
    return Sm4Aeads.seal(Sm4Aeads.Mode.GCM, key, n, plaintext, Checks.aad(associatedData), 0);
  }

  /**
   * Checks and decrypts {@code ciphertext ‖ tag}.
   *
   * @throws DecryptionFailedException if the key, nonce or associated data is wrong or the input
   *     was tampered with or truncated (one message for all)
   */
  public byte[] decrypt(byte[] nonce, byte[] ciphertextAndTag, byte[] associatedData)
      throws DecryptionFailedException {
    checkNonce(nonce);
    Objects.requireNonNull(ciphertextAndTag, "ciphertextAndTag");
    return Sm4Aeads.open(
        Sm4Aeads.Mode.GCM,
        key,
        nonce.clone(),
        ciphertextAndTag,
        0,
        ciphertextAndTag.length,
        Checks.aad(associatedData));
  }

  private static void checkNonce(byte[] nonce) {
    Checks.lengthBetween(MODE + " nonce", nonce, NONCE_LENGTH, MAX_NONCE_LENGTH);
  }

  @Override
  public String toString() {
    return "Sm4GcmWithNonce[tag 16 bytes]";
  }
}
