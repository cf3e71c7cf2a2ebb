package io.anke.crypto.provider;

import io.anke.crypto.provider.internal.SoftwareSm2KeyHandle;
import io.anke.crypto.sm2.Sm2PrivateKey;

/**
 * An SM2 key pair that both signs and decrypts — a key held in this process, in a key file or a
 * keystore. Keys that serve one purpose only (the signing and the encryption key pairs of a GM/T
 * 0018 device) are an {@link Sm2SigningKeyHandle} or an {@link Sm2DecryptingKeyHandle}, never this
 * type, so no handle offers an operation its key cannot do. Implementations are thread-safe.
 */
public interface Sm2KeyHandle extends Sm2SigningKeyHandle, Sm2DecryptingKeyHandle {

  /** A handle over a private key held in this process. */
  static Sm2KeyHandle of(Sm2PrivateKey key) {
    return new SoftwareSm2KeyHandle(key);
  }
}
