package io.anke.crypto.envelope;

import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.provider.Sm2DecryptingKeyHandle;
import io.anke.crypto.sm4.Sm4Gcm;
import io.anke.crypto.sm4.Sm4Key;
import java.util.Arrays;
import java.util.Objects;

/**
 * Opens envelopes made by {@link EnvelopeEncrypter}. The SM2 private key is used only to unwrap the
 * 16-byte data key, so it may live in a device ({@link Sm2DecryptingKeyHandle}). Immutable and
 * thread-safe.
 */
public final class EnvelopeDecrypter {
  private final Sm2DecryptingKeyHandle key;

  /** Opens envelopes sealed to {@code key}'s public key. */
  public EnvelopeDecrypter(Sm2DecryptingKeyHandle key) {
    this.key = Objects.requireNonNull(key, "key");
  }

  /**
   * Checks and opens an envelope.
   *
   * @throws DecryptionFailedException if the envelope is malformed, was sealed to another key, was
   *     modified, or {@code associatedData} differs; the message only says which part of the
   *     structure failed
   * @throws io.anke.crypto.KeyDestroyedException if the key handle's key has been destroyed
   */
  public byte[] decrypt(byte[] envelope, byte[] associatedData) throws DecryptionFailedException {
    if (envelope.length < EnvelopeEncrypter.OVERHEAD) {
      throw new DecryptionFailedException(
          CryptoMessage.ENVELOPE_TOO_SHORT.text(EnvelopeEncrypter.OVERHEAD));
    }
    if (envelope[0] != EnvelopeEncrypter.VERSION) {
      throw new DecryptionFailedException(CryptoMessage.ENVELOPE_VERSION.text(envelope[0] & 0xff));
    }
    byte[] header = Arrays.copyOf(envelope, EnvelopeEncrypter.HEADER_LENGTH);
    byte[] wrapped = Arrays.copyOfRange(header, 1, EnvelopeEncrypter.HEADER_LENGTH);
    byte[] keyBytes = key.decrypt(wrapped);
    Sm4Key dataKey;
    try {
      if (keyBytes.length != Sm4Key.LENGTH) {
        throw new DecryptionFailedException(CryptoMessage.ENVELOPE_WRAPPED_NOT_SM4.text());
      }
      dataKey = Sm4Key.fromBytes(keyBytes);
    } finally {
      Arrays.fill(keyBytes, (byte) 0);
    }
    byte[] body = Arrays.copyOfRange(envelope, EnvelopeEncrypter.HEADER_LENGTH, envelope.length);
    try {
      return Sm4Gcm.withKey(dataKey).decrypt(body, EnvelopeEncrypter.aad(header, associatedData));
    } finally {
      dataKey.destroy();
    }
  }

  @Override
  public String toString() {
    return "EnvelopeDecrypter[" + key.publicKey() + "]";
  }
}
