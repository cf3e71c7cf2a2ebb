package io.anke.crypto.sm4;

import io.anke.crypto.Aead;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.sm4.internal.Sm4Aeads;
import io.anke.crypto.sm4.internal.Sm4Keys;
import io.anke.crypto.sm4.internal.Sm4State;

/**
 * SM4-CCM authenticated encryption (RFC 8998 parameters) with a fresh random 12-byte nonce for
 * every message. Use it where CCM is mandated; otherwise prefer {@link Sm4Gcm}.
 *
 * <p>Output: {@code nonce (12 bytes) ‖ ciphertext (as long as the plaintext) ‖ tag (16 bytes)}. The
 * tag is the one on the wire (RFC 3610 / SP 800-38C), not Bouncy Castle's {@code getMac()} value.
 * Immutable and thread-safe.
 *
 * <p>Limits: a 12-byte nonce leaves a 3-byte length field, so one message holds at most {@value
 * #MAX_PLAINTEXT_LENGTH} bytes (16 MiB - 1); with random nonces, encrypt at most 2³² messages under
 * one key.
 */
public final class Sm4Ccm implements Aead {
  /** Nonce length in bytes. */
  public static final int NONCE_LENGTH = Sm4Aeads.RANDOM_NONCE_LENGTH;

  /** Tag length in bytes. */
  public static final int TAG_LENGTH = Sm4Aeads.TAG_LENGTH;

  /** Bytes that {@link #encrypt} adds to the plaintext length: nonce and tag. */
  public static final int OVERHEAD = NONCE_LENGTH + TAG_LENGTH;

  /** Largest plaintext of one message: the 3-byte CCM length field that a 12-byte nonce leaves. */
  public static final int MAX_PLAINTEXT_LENGTH = Sm4Aeads.CCM_MAX_PLAINTEXT_LENGTH;

  private final Sm4State key;

  private Sm4Ccm(Sm4State key) {
    this.key = key;
  }

  /**
   * SM4-CCM under {@code key}, which is referenced, not copied: once the key is {@linkplain
   * Sm4Key#destroy() destroyed}, {@code encrypt} and {@code decrypt} throw {@link
   * io.anke.crypto.KeyDestroyedException}.
   *
   * @throws io.anke.crypto.KeyDestroyedException if the key has already been destroyed
   */
  public static Sm4Ccm withKey(Sm4Key key) {
    return new Sm4Ccm(Sm4Keys.state(key));
  }

  /**
   * Returns {@code nonce ‖ ciphertext ‖ tag}, with a nonce never chosen by the caller.
   *
   * @throws io.anke.crypto.CryptoFormatException if the plaintext exceeds {@value
   *     #MAX_PLAINTEXT_LENGTH} bytes
   */
  @Override
  public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
    return Sm4Aeads.sealWithRandomNonce(Sm4Aeads.Mode.CCM, key, plaintext, associatedData);
  }

  @Override
  public byte[] decrypt(byte[] ciphertext, byte[] associatedData) throws DecryptionFailedException {
    return Sm4Aeads.openWithPrefixedNonce(Sm4Aeads.Mode.CCM, key, ciphertext, associatedData);
  }

  @Override
  public String toString() {
    return "Sm4Ccm[nonce 12 bytes, tag 16 bytes]";
  }
}
