package io.anke.crypto.provider;

import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.provider.internal.SoftwareSm2KeyHandle;
import io.anke.crypto.sm2.Sm2;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm2.Sm2PublicKey;
import io.anke.crypto.sm2.Sm2SignatureEncoding;
import io.anke.crypto.sm2.Sm2Signatures;

/**
 * An SM2 private key wherever it lives — in memory, in a keystore file, in a hardware device —
 * reduced to the two operations that need the secret: signing a digest and decrypting. Everything
 * else (Z, e = SM3(Z ‖ M), encodings, certificates, envelopes) is computed on the host from the
 * public key, so a device that never releases its key (GM/T 0018 SDF, PKCS#11) can implement this
 * interface. Implementations are thread-safe.
 */
public interface Sm2KeyHandle {

  /** The public key of this key pair. */
  Sm2PublicKey publicKey();

  /**
   * Signs a precomputed e = SM3(Z ‖ M) (32 bytes) and returns the raw 64-byte r ‖ s, each a
   * fixed-width big-endian number — the form that SDF devices return.
   */
  byte[] signDigest(byte[] e);

  /**
   * Decrypts an SM2 ciphertext in the standard layout C1 ‖ C3 ‖ C2 with the 04 point prefix (GB/T
   * 32918.4-2016).
   *
   * @throws DecryptionFailedException if the ciphertext is malformed or does not check
   */
  byte[] decrypt(byte[] c1c3c2) throws DecryptionFailedException;

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
  default byte[] sign(byte[] message) {
    return sign(message, Sm2.defaultId(), Sm2SignatureEncoding.DER);
  }

  /** A handle over a private key held in this process. */
  static Sm2KeyHandle of(Sm2PrivateKey key) {
    return new SoftwareSm2KeyHandle(key);
  }
}
