package io.anke.crypto.envelope;

import io.anke.crypto.Aead;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.provider.Sm2DecryptingKeyHandle;

/**
 * An {@link Aead} over an SM2 key pair: encrypts envelopes to the key's public key and opens them
 * with its private key. This lets an SM2 key — in a PEM file, a PKCS#12 keystore or an SDF device —
 * serve as the key-encryption key of a keyset. Immutable and thread-safe.
 */
public final class EnvelopeAead implements Aead {
  private final EnvelopeEncrypter encrypter;
  private final EnvelopeDecrypter decrypter;

  private EnvelopeAead(Sm2DecryptingKeyHandle key) {
    this.encrypter = new EnvelopeEncrypter(key.publicKey());
    this.decrypter = new EnvelopeDecrypter(key);
  }

  /** Envelopes to and from {@code key}. */
  public static EnvelopeAead of(Sm2DecryptingKeyHandle key) {
    return new EnvelopeAead(key);
  }

  @Override
  public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
    return encrypter.encrypt(plaintext, associatedData);
  }

  @Override
  public byte[] decrypt(byte[] ciphertext, byte[] associatedData) throws DecryptionFailedException {
    return decrypter.decrypt(ciphertext, associatedData);
  }

  @Override
  public String toString() {
    return "EnvelopeAead[" + encrypter.recipient() + "]";
  }
}
