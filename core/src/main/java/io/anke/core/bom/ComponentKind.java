package io.anke.core.bom;

import java.util.Locale;

/**
 * What a component is. Software and hardware share one model: hardware inventory items are {@link
 * #DEVICE} or {@link #FIRMWARE}, the JVM is a {@link #RUNTIME}.
 */
public enum ComponentKind {
  LIBRARY,
  APPLICATION,
  FRAMEWORK,
  OPERATING_SYSTEM,
  RUNTIME,
  DATABASE,
  MIDDLEWARE,
  DEVICE,
  FIRMWARE,
  CRYPTO_MODULE,
  /**
   * A cryptographic asset of a CycloneDX CBOM (an algorithm, protocol, certificate or key): what
   * the software uses, not a package. The CRYPTO- rules judge it through the document's facts.
   */
  CRYPTOGRAPHIC_ASSET,
  OTHER;

  /** The lowercase, hyphenated id used in reports ({@code operating-system}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** True for physical items and their firmware, whose identity is "vendor model". */
  public boolean isHardware() {
    return this == DEVICE || this == FIRMWARE;
  }
}
