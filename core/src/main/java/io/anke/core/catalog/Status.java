package io.anke.core.catalog;

import java.util.Locale;

/** How well the facts of a catalog entry are established. */
public enum Status {
  /** Detection facts seen in authoritative sources. */
  CONFIRMED,
  /** Vendor facts solid, some detection facts not verified. */
  PARTIAL,
  /** Listed from background knowledge; no detection fact verified. */
  UNCONFIRMED;

  /** The lowercase id used in catalog files and reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
