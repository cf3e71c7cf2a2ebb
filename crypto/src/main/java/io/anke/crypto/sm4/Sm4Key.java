package io.anke.crypto.sm4;

import io.anke.crypto.sm4.internal.Checks;
import java.security.SecureRandom;

/**
 * A 128-bit SM4 key.
 *
 * <p>Immutable: {@link #fromBytes} copies its argument and {@link #toBytes} returns a copy, which
 * is the one deliberate way for secret material to leave (search the code base for {@code toBytes}
 * to find every place that handles raw key bytes). {@link #toString()} never shows the key. There
 * is no value-based {@code equals}: comparing secret keys is rarely what a program should do, and a
 * careless comparison would leak timing.
 */
public final class Sm4Key {
  /** Length of an SM4 key in bytes. */
  public static final int LENGTH = 16;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] bytes;

  private Sm4Key(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A new random key from a shared {@link SecureRandom}. */
  public static Sm4Key generate() {
    return generate(RANDOM);
  }

  /** A new random key from {@code random}. */
  public static Sm4Key generate(SecureRandom random) {
    byte[] k = new byte[LENGTH];
    random.nextBytes(k);
    return new Sm4Key(k);
  }

  /**
   * A key with a copy of {@code key}.
   *
   * @throws io.anke.crypto.CryptoFormatException if {@code key} is not {@value #LENGTH} bytes
   */
  public static Sm4Key fromBytes(byte[] key) {
    return new Sm4Key(Checks.length("SM4 key", key, LENGTH).clone());
  }

  /** A copy of the key bytes: the deliberate exit for secret material. */
  public byte[] toBytes() {
    return bytes.clone();
  }

  /** Describes the key without revealing it. */
  @Override
  public String toString() {
    return "Sm4Key[128 bits]";
  }
}
