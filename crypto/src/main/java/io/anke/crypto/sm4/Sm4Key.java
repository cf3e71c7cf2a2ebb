package io.anke.crypto.sm4;

import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.KeyDestroyedException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import io.anke.crypto.sm4.internal.Checks;
import io.anke.crypto.sm4.internal.Sm4Keys;
import io.anke.crypto.sm4.internal.Sm4State;
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
 * <p>The key object holds the only long-lived copy of the key and of what is computed from it once,
 * when the key is made: the SM4 round keys and, from the first GCM operation on, the GHASH tables
 * of H. The primitives built on it ({@link Sm4Gcm}, {@link Sm4Ccm}, the {@code interop} modes,
 * streaming AEAD) keep a reference to that state, not a copy. {@link #destroy()} overwrites the
 * key, the round keys and the tables with zeros; from then on {@link #toBytes} and every operation
 * of every primitive built on the key throw {@link KeyDestroyedException}. Thread-safe.
 */
public final class Sm4Key implements Destroyable {
  /** Length of an SM4 key in bytes. */
  public static final int LENGTH = 16;

  private static final SecureRandom RANDOM = new SecureRandom();

  static {
    Sm4Keys.register(key -> key.state);
  }

  private final KeyMaterial material;
  private final Sm4State state;

  private Sm4Key(byte[] owned) {
    this.material = new KeyMaterial(CryptoMessage.WHAT_SM4_KEY.text(), owned);
    this.state = new Sm4State(material);
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
   * Overwrites the key, its round keys and its GHASH tables with zeros. Idempotent; cannot be
   * undone. Every primitive built on this key fails from now on; an operation running at that
   * moment throws {@link KeyDestroyedException} instead of returning its output. With the Bouncy
   * Castle engine ({@code -Danke.crypto.engine=bouncycastle}) each operation keys its own engine
   * from a copy it wipes, and that engine's state is left to the garbage collector.
   */
  @Override
  public void destroy() {
    material.destroy();
    state.wipe();
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
