package io.anke.crypto.keyset;

import io.anke.crypto.sm2.Sm2Signer;

/**
 * SM3withSM2 signatures with a keyset's primary key: {@code [0x01 ‖ key ID] ‖ DER signature}.
 * Immutable and thread-safe.
 */
public final class KeysetSigner {
  private final KeyEntry primary;
  private final Sm2Signer signer;

  KeysetSigner(KeyEntry primary, byte[] id) {
    this.primary = primary;
    this.signer = new Sm2Signer(primary.sm2PrivateKey()).withId(id);
  }

  /** Signs {@code message}. */
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
