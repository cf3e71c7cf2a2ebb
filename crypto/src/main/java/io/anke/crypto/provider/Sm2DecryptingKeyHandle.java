package io.anke.crypto.provider;

import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.sm2.Sm2PublicKey;

/**
 * An SM2 private key that decrypts, wherever it lives — reduced to the one operation that needs the
 * secret, so that a device that never releases its key (the encryption key pair of a GM/T 0018 SDF
 * device) can implement it. Envelopes and keyset key-encryption keys use it. Implementations are
 * thread-safe.
 *
 * @see Sm2SigningKeyHandle the other purpose of an SM2 key
 * @see Sm2KeyHandle a key pair that does both
 */
public interface Sm2DecryptingKeyHandle {

  /** The public key that encrypts to this key. */
  Sm2PublicKey publicKey();

  /**
   * Decrypts an SM2 ciphertext in the standard layout C1 ‖ C3 ‖ C2 with the 04 point prefix (GB/T
   * 32918.4-2016).
   *
   * @throws DecryptionFailedException if the ciphertext is malformed or does not check
   * @throws KeyOperationException if the device cannot be used (unreachable, access denied)
   * @throws io.anke.crypto.KeyDestroyedException if the key has been destroyed
   */
  byte[] decrypt(byte[] c1c3c2) throws DecryptionFailedException;
}
