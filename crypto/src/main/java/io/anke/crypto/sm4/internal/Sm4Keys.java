package io.anke.crypto.sm4.internal;

import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import io.anke.crypto.internal.SelfTestGate;
import io.anke.crypto.sm4.Sm4Key;
import java.util.Objects;
import java.util.function.Function;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * How the SM4 primitives reach the material of an {@link Sm4Key} without making it API: {@code
 * Sm4Key} registers the accessor when its class is initialised, which has happened before any key
 * can be passed here.
 */
public final class Sm4Keys {
  private static volatile Function<Sm4Key, Sm4State> access;

  private Sm4Keys() {}

  /** Called once, by {@code Sm4Key}'s static initialiser. */
  public static void register(Function<Sm4Key, Sm4State> accessor) {
    if (access != null) {
      throw new IllegalStateException(CryptoMessage.ALREADY_REGISTERED.english());
    }
    access = Objects.requireNonNull(accessor);
  }

  /**
   * The material of {@code key} (not a copy: the key's own, shared by its primitives). Every SM4
   * primitive's factory comes here, so this is where a failed self-test stops them all.
   *
   * @throws io.anke.crypto.SelfTestFailedException if the power-on self-test has failed
   * @throws io.anke.crypto.KeyDestroyedException if the key has been destroyed
   */
  public static KeyMaterial material(Sm4Key key) {
    return state(key).material();
  }

  /**
   * The precomputed state of {@code key} (its own, shared by its primitives), checked as {@link
   * #material}; also checks that the engine property names a known engine.
   *
   * @throws io.anke.crypto.SelfTestFailedException if the power-on self-test has failed
   * @throws io.anke.crypto.KeyDestroyedException if the key has been destroyed
   * @throws IllegalStateException if {@code anke.crypto.engine} holds an unknown value
   */
  public static Sm4State state(Sm4Key key) {
    SelfTestGate.requireNotFailed();
    Sm4Engine.configured();
    Sm4State s = access.apply(Objects.requireNonNull(key, "key"));
    s.material().requireNotDestroyed();
    return s;
  }

  /**
   * A Bouncy Castle key parameter holding a fresh copy of the key for one operation; wipe it with
   * {@code KeyMaterial.wipe(parameter.getKey())} when the operation is over.
   */
  public static KeyParameter parameter(KeyMaterial material) {
    byte[] copy = material.copy();
    try {
      return new KeyParameter(copy);
    } finally {
      KeyMaterial.wipe(copy);
    }
  }
}
