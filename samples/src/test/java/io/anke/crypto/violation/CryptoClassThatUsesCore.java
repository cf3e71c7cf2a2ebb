package io.anke.crypto.violation;

import io.anke.core.Severity;

/** A deliberate violation (a crypto-layer class using core) that the architecture rules catch. */
public final class CryptoClassThatUsesCore {
  private CryptoClassThatUsesCore() {}

  /** Uses a core type from the crypto layer. */
  public static String severity() {
    return Severity.HIGH.id();
  }
}
