package io.anke.crypto.sm4.internal;

import io.anke.crypto.internal.CryptoMessage;
import java.util.Locale;

/**
 * Which SM4 implementation the SM4 primitives run on, chosen once per JVM by the system property
 * {@value #PROPERTY}: {@code anke} (the default) for Anke's table-driven engine ({@link Sm4Core},
 * {@link Sm4GcmCore}), {@code bouncycastle} for Bouncy Castle's {@code SM4Engine} and modes, as
 * before Anke had its own. The property is read when this class is initialised; a primitive created
 * with any other value fails with {@link IllegalStateException}.
 */
public enum Sm4Engine {
  /** Anke's table-driven engine with per-key precomputation (the default). */
  ANKE,
  /** Bouncy Castle's engine and modes, keyed per operation. */
  BOUNCY_CASTLE;

  /** The system property that chooses the engine. */
  public static final String PROPERTY = "anke.crypto.engine";

  private static final String VALUE = System.getProperty(PROPERTY);
  private static final Sm4Engine CONFIGURED = parse(VALUE);

  /**
   * The engine for {@code value} of {@value #PROPERTY}: {@code null}, empty or {@code anke} for
   * {@link #ANKE}, {@code bouncycastle} for {@link #BOUNCY_CASTLE} (case ignored); {@code null} for
   * anything else.
   */
  public static Sm4Engine parse(String value) {
    if (value == null) {
      return ANKE;
    }
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "":
      case "anke":
        return ANKE;
      case "bouncycastle":
        return BOUNCY_CASTLE;
      default:
        return null;
    }
  }

  /**
   * The engine the system property chose.
   *
   * @throws IllegalStateException if the property holds an unknown value
   */
  public static Sm4Engine configured() {
    if (CONFIGURED == null) {
      throw new IllegalStateException(CryptoMessage.SM4_ENGINE_UNKNOWN.english(PROPERTY, VALUE));
    }
    return CONFIGURED;
  }
}
