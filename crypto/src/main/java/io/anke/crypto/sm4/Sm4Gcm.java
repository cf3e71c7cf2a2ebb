package io.anke.crypto.sm4;

import io.anke.crypto.Aead;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.sm4.internal.Sm4Aeads;
import io.anke.crypto.sm4.internal.Sm4Keys;
import io.anke.crypto.sm4.internal.Sm4State;

/**
 * SM4-GCM authenticated encryption with a fresh random 12-byte nonce for every message: the default
 * way to encrypt data with SM4.
 *
 * <p>Output: {@code nonce (12 bytes) ‖ ciphertext (as long as the plaintext) ‖ tag (16 bytes)}, the
 * layout of RFC 8998 with the nonce in front. Immutable and thread-safe.
 *
 * <pre>{@code
 * Aead aead = Sm4Gcm.withKey(Sm4Key.generate());
 * byte[] ct = aead.encrypt(plaintext, recordId);
 * byte[] pt = aead.decrypt(ct, recordId);   // throws DecryptionFailedException if tampered
 * }</pre>
 *
 * <p>Limits: with random nonces, encrypt at most 2³² messages under one key (NIST SP 800-38D §8.3);
 * messages are held in memory, so each is below 2 GiB.
 */
public final class Sm4Gcm implements Aead {
  /** Nonce length in bytes. */
  public static final int NONCE_LENGTH = Sm4Aeads.RANDOM_NONCE_LENGTH;

  /** Tag length in bytes. */
  public static final int TAG_LENGTH = Sm4Aeads.TAG_LENGTH;

  /** Bytes that {@link #encrypt} adds to the plaintext length: nonce and tag. */
  public static final int OVERHEAD = NONCE_LENGTH + TAG_LENGTH;

  private final Sm4State key;

  private Sm4Gcm(Sm4State key) {
    this.key = key;
  }

  /**
   * SM4-GCM under {@code key}, which is referenced, not copied: once the key is {@linkplain
   * Sm4Key#destroy() destroyed}, {@code encrypt} and {@code decrypt} throw {@link
   * io.anke.crypto.KeyDestroyedException}.
   *
   * @throws io.anke.crypto.KeyDestroyedException if the key has already been destroyed
   */
  public static Sm4Gcm withKey(Sm4Key key) {
    return new Sm4Gcm(Sm4Keys.state(key));
  }

  /** Returns {@code nonce ‖ ciphertext ‖ tag}, with a nonce never chosen by the caller. */
  @Override
  public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
    return Sm4Aeads.sealWithRandomNonce(Sm4Aeads.Mode.GCM, key, plaintext, associatedData);
  }

  @Override
  public byte[] decrypt(byte[] ciphertext, byte[] associatedData) throws DecryptionFailedException {
    return Sm4Aeads.openWithPrefixedNonce(Sm4Aeads.Mode.GCM, key, ciphertext, associatedData);
  }

  @Override
  public String toString() {
    return "Sm4Gcm[nonce 12 bytes, tag 16 bytes]";
  }
}
