package io.anke.crypto;

/**
 * Authenticated encryption with associated data: confidentiality and integrity of the plaintext,
 * integrity of the associated data.
 *
 * <p>Implementations are immutable and safe to share between threads. They manage nonces
 * themselves, so that a caller cannot reuse one: {@link #encrypt} of the same input twice gives two
 * different ciphertexts. The associated data is authenticated but not encrypted and not part of the
 * output; decryption needs exactly the same bytes. {@code null} associated data means empty.
 */
public interface Aead {

  /**
   * Encrypts and authenticates {@code plaintext}, binding it to {@code associatedData}.
   *
   * @param plaintext the data to protect, may be empty
   * @param associatedData data to authenticate but not encrypt (a context, a record ID), or {@code
   *     null} for none
   * @return a self-contained ciphertext (the implementation documents its layout)
   */
  byte[] encrypt(byte[] plaintext, byte[] associatedData);

  /**
   * Checks and decrypts a ciphertext produced by {@link #encrypt} with the same key and the same
   * associated data.
   *
   * @param ciphertext the output of {@link #encrypt}
   * @param associatedData the associated data given to {@link #encrypt}, or {@code null} for none
   * @return the plaintext
   * @throws DecryptionFailedException if the key or associated data is wrong, or the ciphertext was
   *     tampered with or truncated; the message is the same in every case
   */
  byte[] decrypt(byte[] ciphertext, byte[] associatedData) throws DecryptionFailedException;
}
