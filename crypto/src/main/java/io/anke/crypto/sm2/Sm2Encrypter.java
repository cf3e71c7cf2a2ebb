package io.anke.crypto.sm2;

import io.anke.crypto.internal.SelfTestGate;
import io.anke.crypto.sm2.internal.EncryptionMath;
import io.anke.crypto.sm2.internal.HedgedNonces;
import io.anke.crypto.sm2.internal.Sm2Domain;
import java.security.SecureRandom;
import java.util.Objects;
import org.bouncycastle.crypto.signers.DSAKCalculator;

/**
 * SM2 public-key encryption (GB/T 32918.4) to one recipient. Immutable and thread-safe. Meant for
 * short secrets such as symmetric keys: the ciphertext is 97 bytes longer than the message (C1 and
 * C3), and some peers limit the message size (GmSSL accepts at most 255 bytes).
 *
 * <pre>{@code
 * byte[] c = new Sm2Encrypter(publicKey).encrypt(secret);                  // C1C3C2
 * byte[] forOpenSsl = new Sm2Encrypter(publicKey, Sm2CiphertextFormat.ASN1).encrypt(secret);
 * }</pre>
 *
 * <p>The ephemeral k is hedged: derived from 32 fresh random bytes and SM3 of the recipient key and
 * the message (the generator of RFC 6979 §3.2 with HMAC-SM3). A random source that repeats itself
 * then still gives different k for different messages, instead of the same key stream, which would
 * reveal the XOR of the messages.
 */
public final class Sm2Encrypter {
  private static final SecureRandom DEFAULT_RANDOM = new SecureRandom();

  private final Sm2PublicKey key;
  private final Sm2CiphertextFormat format;
  private final SecureRandom random;
  // Test-only: a fixed nonce source replacing the hedged derivation (see withNonceGenerator).
  private final DSAKCalculator fixedNonces;

  /** Encrypts in the standard layout {@link Sm2CiphertextFormat#C1C3C2}. */
  public Sm2Encrypter(Sm2PublicKey key) {
    this(key, Sm2CiphertextFormat.C1C3C2);
  }

  /** Encrypts in the given layout. */
  public Sm2Encrypter(Sm2PublicKey key, Sm2CiphertextFormat format) {
    this(key, format, DEFAULT_RANDOM);
  }

  /**
   * Encrypts in the given layout, taking the fresh randomness of k from {@code random} (mixed with
   * the key and message, never used as k itself).
   */
  public Sm2Encrypter(Sm2PublicKey key, Sm2CiphertextFormat format, SecureRandom random) {
    this(key, format, random, null);
  }

  private Sm2Encrypter(
      Sm2PublicKey key,
      Sm2CiphertextFormat format,
      SecureRandom random,
      DSAKCalculator fixedNonces) {
    SelfTestGate.requireNotFailed();
    this.key = Objects.requireNonNull(key, "key");
    this.format = Objects.requireNonNull(format, "format");
    this.random = Objects.requireNonNull(random, "random");
    this.fixedNonces = fixedNonces;
  }

  /**
   * Test-only: the same encrypter taking every k from {@code nonces} instead of the hedged
   * derivation, to reproduce the standard's example and Bouncy Castle's engine. Package-private on
   * purpose: no caller outside the tests can choose k.
   */
  Sm2Encrypter withNonceGenerator(DSAKCalculator nonces) {
    return new Sm2Encrypter(key, format, random, Objects.requireNonNull(nonces));
  }

  /**
   * Encrypts a message of at least one byte.
   *
   * @throws IllegalArgumentException if the message is empty (SM2 does not define that case)
   */
  public byte[] encrypt(byte[] message) {
    if (fixedNonces != null) {
      return Sm2Ciphertexts.encode(
          EncryptionMath.encrypt(Sm2Domain.SM2P256V1, key.point(), message, fixedNonces), format);
    }
    HedgedNonces k =
        HedgedNonces.forEncryption(
            Sm2Domain.SM2P256V1.getN(), key.toUncompressed(), message, random);
    try {
      return Sm2Ciphertexts.encode(
          EncryptionMath.encrypt(Sm2Domain.SM2P256V1, key.point(), message, k), format);
    } finally {
      k.wipe();
    }
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
