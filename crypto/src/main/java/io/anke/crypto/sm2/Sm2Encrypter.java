package io.anke.crypto.sm2;

import io.anke.crypto.sm2.internal.EncryptionMath;
import io.anke.crypto.sm2.internal.Sm2Domain;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * SM2 public-key encryption (GB/T 32918.4) to one recipient. Immutable and thread-safe. Meant for
 * short secrets such as symmetric keys: the ciphertext is 97 bytes longer than the message (C1 and
 * C3), and some peers limit the message size (GmSSL accepts at most 255 bytes).
 *
 * <pre>{@code
 * byte[] c = new Sm2Encrypter(publicKey).encrypt(secret);                  // C1C3C2
 * byte[] forOpenSsl = new Sm2Encrypter(publicKey, Sm2CiphertextFormat.ASN1).encrypt(secret);
 * }</pre>
 */
public final class Sm2Encrypter {
  private static final SecureRandom DEFAULT_RANDOM = new SecureRandom();

  private final Sm2PublicKey key;
  private final Sm2CiphertextFormat format;
  private final SecureRandom random;

  /** Encrypts in the standard layout {@link Sm2CiphertextFormat#C1C3C2}. */
  public Sm2Encrypter(Sm2PublicKey key) {
    this(key, Sm2CiphertextFormat.C1C3C2);
  }

  /** Encrypts in the given layout. */
  public Sm2Encrypter(Sm2PublicKey key, Sm2CiphertextFormat format) {
    this(key, format, DEFAULT_RANDOM);
  }

  /** Encrypts in the given layout, drawing the ephemeral k from {@code random}. */
  public Sm2Encrypter(Sm2PublicKey key, Sm2CiphertextFormat format, SecureRandom random) {
    this.key = Objects.requireNonNull(key, "key");
    this.format = Objects.requireNonNull(format, "format");
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * Encrypts a message of at least one byte.
   *
   * @throws IllegalArgumentException if the message is empty (SM2 does not define that case)
   */
  public byte[] encrypt(byte[] message) {
    EncryptionMath.Parts parts =
        EncryptionMath.encrypt(Sm2Domain.SM2P256V1, key.point(), message, random);
    return Sm2Ciphertexts.encode(parts, format);
  }

  /** The output layout. */
  public Sm2CiphertextFormat format() {
    return format;
  }

  /** The recipient's key. */
  public Sm2PublicKey publicKey() {
    return key;
  }

  @Override
  public String toString() {
    return "Sm2Encrypter[" + format + ", " + key.toHex() + "]";
  }
}
