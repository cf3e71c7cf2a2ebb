package io.anke.crypto;

/**
 * Makes digital signatures: one interface for every signing key, whether raw ({@link
 * io.anke.crypto.sm2.Sm2Signer}), the primary of a keyset ({@link
 * io.anke.crypto.keyset.KeysetSigner}) or held by a key provider or device ({@link
 * io.anke.crypto.provider.Sm2SigningKeyHandle}).
 *
 * <p>Everything that shapes the signature besides the message — the algorithm (SM3withSM2), the SM2
 * user ID, the encoding (DER or raw r ‖ s) and any prefix — is fixed when the signer is made, and
 * each implementation states it. A {@link Verifier} made for the same key with the same choices
 * accepts the result. Implementations are thread-safe.
 */
public interface Signer {

  /**
   * Signs {@code message}.
   *
   * @throws KeyDestroyedException if the key has been destroyed
   */
  byte[] sign(byte[] message);
}
