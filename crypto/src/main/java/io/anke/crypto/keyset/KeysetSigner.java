package io.anke.crypto.keyset;

import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm2.Sm2Signer;
import java.util.Arrays;

/**
 * SM3withSM2 signatures with a keyset's primary key: {@code [0x01 ‖ key ID] ‖ DER signature}.
 * Immutable and thread-safe.
 */
public final class KeysetSigner {
  private final byte[] prefix;
  private final Sm2Signer signer;
  private final int keyId;

  KeysetSigner(KeyEntry primary, byte[] id) {
    this.prefix = primary.outputPrefix();
    this.signer = new Sm2Signer((Sm2PrivateKey) primary.key()).withId(id);
    this.keyId = primary.id();
  }

  /** Signs {@code message}. */
  public byte[] sign(byte[] message) {
    byte[] sig = signer.sign(message);
    byte[] out = Arrays.copyOf(prefix, prefix.length + sig.length);
    System.arraycopy(sig, 0, out, prefix.length, sig.length);
    return out;
  }

  /** The ID of the key that signs (the primary when this signer was made). */
  public int keyId() {
    return keyId;
  }

  @Override
  public String toString() {
    return "KeysetSigner[key " + KeyInfo.formatId(keyId) + "]";
  }
}
