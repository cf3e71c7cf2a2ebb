package io.anke.crypto.sm4;

import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.KeyDestroyedException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import io.anke.crypto.sm4.internal.Checks;
import io.anke.crypto.sm4.internal.Sm4Keys;
import java.security.SecureRandom;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * A 128-bit SM4 key.
 *
 * <p>{@link #fromBytes} copies its argument and {@link #toBytes} returns a copy, which is the one
 * deliberate way for secret material to leave (search the code base for {@code toBytes} to find
 * every place that handles raw key bytes). {@link #toString()} never shows the key. There is no
 * value-based {@code equals}: comparing secret keys is rarely what a program should do, and a
 * careless comparison would leak timing.
 *
 * <p>The key object holds the only long-lived copy of the key: the primitives built on it ({@link
 * Sm4Gcm}, {@link Sm4Ccm}, the {@code interop} modes, streaming AEAD) keep a reference, not a copy,
 * and take a short-lived copy per operation that they wipe afterwards. {@link #destroy()}
 * overwrites the key with zeros; from then on {@link #toBytes} and every operation of every
 * primitive built on the key throw {@link KeyDestroyedException}. Thread-safe.
 */
public final class Sm4Key implements Destroyable {
  /** Length of an SM4 key in bytes. */
  public static final int LENGTH = 16;

  private static final SecureRandom RANDOM = new SecureRandom();

  static {
    Sm4Keys.register(key -> key.material);
  }

  private final KeyMaterial material;

  private Sm4Key(byte[] owned) {
    this.material = new KeyMaterial(CryptoMessage.WHAT_SM4_KEY.text(), owned);
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

  /**
   * A copy of the key bytes: the deliberate exit for secret material, which takes the {@link
   * InsecureSecretAccess} token so that a review finds every caller.
   *
   * @throws NullPointerException if {@code access} is null
   * @throws KeyDestroyedException if the key has been destroyed
   */
  public byte[] toBytes(InsecureSecretAccess access) {
    Objects.requireNonNull(access, "InsecureSecretAccess");
    return material.copy();
  }

  /**
   * Overwrites the key with zeros. Idempotent; cannot be undone. Every primitive built on this key
   * fails from now on; an operation already running finishes with the copy it took. Bouncy Castle's
   * per-operation engine state (round keys, GHASH tables) is not reachable from here: it was
   * dropped when each operation ended and is left to the garbage collector.
   */
  @Override
  public void destroy() {
    material.destroy();
  }

  /** True once {@link #destroy()} has run. */
  @Override
  public boolean isDestroyed() {
    return material.isDestroyed();
  }

  /** Describes the key without revealing it. */
  @Override
  public String toString() {
    return "Sm4Key[128 bits" + (isDestroyed() ? ", destroyed" : "") + "]";
  }
}
