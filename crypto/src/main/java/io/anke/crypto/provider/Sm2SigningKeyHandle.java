package io.anke.crypto.provider;

import io.anke.crypto.Signer;
import io.anke.crypto.sm2.Sm2;
import io.anke.crypto.sm2.Sm2PublicKey;
import io.anke.crypto.sm2.Sm2SignatureEncoding;
import io.anke.crypto.sm2.Sm2Signatures;

/**
 * An SM2 private key that signs, wherever it lives — in memory, in a keystore file, in a hardware
 * device — reduced to the one operation that needs the secret: signing a digest. Z and e = SM3(Z ‖
 * M), encodings and certificates are computed on the host from the public key, so a device that
 * never releases its key (GM/T 0018 SDF) can implement this interface. As a {@link Signer}, {@link
 * #sign(byte[])} uses the default ID {@link Sm2#DEFAULT_ID} and DER. Implementations are
 * thread-safe.
 *
 * @see Sm2DecryptingKeyHandle the other purpose of an SM2 key
 * @see Sm2KeyHandle a key pair that does both
 */
public interface Sm2SigningKeyHandle extends Signer {

  /** The public key that verifies this key's signatures. */
  Sm2PublicKey publicKey();

  /**
   * Signs a precomputed e = SM3(Z ‖ M) (32 bytes) and returns the raw 64-byte r ‖ s, each a
   * fixed-width big-endian number — the form that SDF devices return.
   *
   * @throws IllegalArgumentException if {@code e} is not 32 bytes
   * @throws KeyOperationException if the device cannot sign (unreachable, access denied)
   * @throws io.anke.crypto.KeyDestroyedException if the key has been destroyed
   */
  byte[] signDigest(byte[] e);

  /**
   * Signs a message with the SM2 user ID {@code id}: computes Z and e here, lets the key sign e,
   * and returns the signature in {@code encoding}. This is the split-signing path that hardware
   * keys use.
   */
  default byte[] sign(byte[] message, byte[] id, Sm2SignatureEncoding encoding) {
    byte[] e = Sm2.computeE(Sm2.computeZ(publicKey(), id), message);
    byte[] raw = signDigest(e);
    return encoding == Sm2SignatureEncoding.RAW ? raw : Sm2Signatures.rawToDer(raw);
  }

  /** {@link #sign(byte[], byte[], Sm2SignatureEncoding)} with the default ID and DER. */
  @Override
  default byte[] sign(byte[] message) {
    return sign(message, Sm2.defaultId(), Sm2SignatureEncoding.DER);
  }
}
