package io.anke.crypto.sm2.internal;

import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The {@link FixedWindowTable} of one public key, built on demand: a verifier that checks only a
 * few signatures never pays for it (about as much as a dozen verifications, and 64 KiB), one that
 * is reused builds it at its {@value #BUILD_AFTER}th verification and from then on multiplies
 * without doublings. Thread-safe: the use count is approximate on purpose, two threads may both
 * build the (identical) table, and the table is published through a volatile field.
 */
public final class PublicPointTable {
  /** Verifications through the ordinary multiplication before the table is built. */
  static final int BUILD_AFTER = 8;

  /** 5-bit windows: 52 additions per multiplication, 1,664 points (104 KiB). */
  static final int WINDOW_BITS = 5;

  private final ECDomainParameters domain;
  private final ECPoint point;
  private volatile FixedWindowTable table;
  private int uses;

  /** For {@code point} on {@code domain}; builds nothing yet. */
  public PublicPointTable(ECDomainParameters domain, ECPoint point) {
    this.domain = domain;
    this.point = point;
  }

  /** The table, or null while it is not (yet) worth building or the curve has no base table. */
  FixedWindowTable get() {
    FixedWindowTable t = table;
    if (t != null || !SignatureMath.hasTables(domain) || ++uses < BUILD_AFTER) {
      return t;
    }
    t = FixedWindowTable.of(domain, point, WINDOW_BITS);
    table = t;
    return t;
  }
}
