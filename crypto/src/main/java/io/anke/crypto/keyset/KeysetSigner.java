package io.anke.crypto.keyset;

import io.anke.crypto.Signer;
import io.anke.crypto.sm2.Sm2Signer;

/**
 * SM3withSM2 signatures with a keyset's primary key: {@code [0x01 ‖ key ID] ‖ DER signature}. The
 * SM2 user ID is the one given to {@link KeysetHandle#signer}. Immutable and thread-safe.
 */
public final class KeysetSigner implements Signer {
  private final KeyEntry primary;
  private final Sm2Signer signer;

  KeysetSigner(KeyEntry primary, byte[] id) {
    this.primary = primary;
    this.signer = new Sm2Signer(primary.sm2PrivateKey()).withId(id);
  }

  /** Signs {@code message}. */
  @Override
  public byte[] sign(byte[] message) {
    return primary.withOutputPrefix(signer.sign(message));
  }

  /** The ID of the key that signs (the primary when this signer was made). */
  public int keyId() {
    return primary.id();
  }

  @Override
  public String toString() {
    return "KeysetSigner[key " + KeyInfo.formatId(primary.id()) + "]";
  }
}
