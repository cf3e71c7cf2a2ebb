package io.anke.crypto.sm2;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.internal.SelfTestGate;
import io.anke.crypto.sm2.internal.EncryptionMath;
import io.anke.crypto.sm2.internal.Sm2Domain;
import java.util.Objects;

/**
 * SM2 decryption. Every failure, whether a malformed layout, a C1 off the curve, an all-zero key
 * stream or a C3 that does not match (wrong key, tampered data), is a {@link
 * DecryptionFailedException}; the message describes only public structure. Immutable and
 * thread-safe.
 */
public final class Sm2Decrypter {
  private final Sm2PrivateKey key;
  private final Sm2CiphertextFormat format;

  /** Decrypts the standard layout {@link Sm2CiphertextFormat#C1C3C2}. */
  public Sm2Decrypter(Sm2PrivateKey key) {
    this(key, Sm2CiphertextFormat.C1C3C2);
  }

  /**
   * Decrypts the given layout.
   *
   * @throws io.anke.crypto.KeyDestroyedException if the key has been destroyed
   */
  public Sm2Decrypter(Sm2PrivateKey key, Sm2CiphertextFormat format) {
    SelfTestGate.requireNotFailed();
    this.key = Objects.requireNonNull(key, "key");
    this.format = Objects.requireNonNull(format, "format");
    key.requireNotDestroyed();
  }

  /**
   * Decrypts and checks C3 (GB/T 32918.4 §7.1 B1–B7).
   *
   * @throws DecryptionFailedException if the ciphertext is malformed, C1 is not a valid point, the
   *     key stream t is all zero (B4), or C3 does not match; the last two fail alike and take the
   *     same time
   * @throws io.anke.crypto.KeyDestroyedException if the key has been destroyed
   */
  public byte[] decrypt(byte[] ciphertext) throws DecryptionFailedException {
    EncryptionMath.Parts parts;
    try {
      parts = Sm2Ciphertexts.decode(ciphertext, format);
    } catch (CryptoFormatException e) {
      throw new DecryptionFailedException(e.getMessage());
    }
    return EncryptionMath.decrypt(Sm2Domain.SM2P256V1, key.d(), parts);
  }

  /** The expected layout. */
  public Sm2CiphertextFormat format() {
    return format;
  }

  @Override
  public String toString() {
    return "Sm2Decrypter[" + format + ", public " + key.publicKey().toHex() + "]";
  }
}
