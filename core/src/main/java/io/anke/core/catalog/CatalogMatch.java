package io.anke.core.catalog;

import io.anke.core.bom.Component;
import java.util.Objects;

/**
 * A catalog entry that an explicit fact identified, with the fact, so that a finding can say why.
 *
 * @param entry the catalog entry
 * @param fact the detection field that matched, as in catalog files ({@code maven}, {@code
 *     osReleaseId}, {@code cpuImplementer}, {@code vendorName}, ...)
 * @param value the observed value that matched
 * @param detail more precise knowledge the match yields (the CPU product for a CPU part), or null
 */
public record CatalogMatch(CatalogEntry entry, String fact, String value, String detail) {

  /** Validates. */
  public CatalogMatch {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(value, "value");
  }

  /**
   * True when both the entry and the fact that matched are verified: the entry is not {@link
   * Status#UNCONFIRMED} and the fact is not listed among its unconfirmed facts.
   */
  public boolean confirmed() {
    return entry.status() != Status.UNCONFIRMED
        && !entry.unconfirmedFacts().contains(fact + "=" + value);
  }

  /**
   * One line of evidence for a finding, such as {@code osReleaseId 'kylin' identifies catalog entry
   * kylin (KylinSoft, domestic, confirmed)}.
   */
  public String evidence() {
    return fact
        + " '"
        + value
        + "' identifies catalog entry "
        + entry.id()
        + " ("
        + entry.vendorName("en")
        + ", "
        + entry.standing().id()
        + ", "
        + (confirmed() ? entry.status().id() : Status.UNCONFIRMED.id())
        + (detail == null ? "" : "; " + detail)
        + ")";
  }

  /** Property set by {@link #applyTo(Component)}: the catalog entry id. */
  public static final String ENTRY = "anke:catalog:entry";

  /** The catalog standing ({@code domestic} or {@code watch-list}). */
  public static final String STANDING = "anke:catalog:standing";

  /** The catalog status, lowered to {@code unconfirmed} when the matching fact is unconfirmed. */
  public static final String STATUS = "anke:catalog:status";

  /** The evidence line of {@link #evidence()}. */
  public static final String EVIDENCE = "anke:catalog:evidence";

  /** The vendor's Chinese name. */
  public static final String VENDOR_ZH = "anke:vendor:zh";

  /**
   * The component enriched with this match: supplier, manufacturer and country are filled from the
   * catalog where the component has none (what the document said is kept), and the entry id,
   * standing, status, evidence and Chinese vendor name are added as properties.
   */
  public Component applyTo(Component c) {
    String vendor = entry.vendorName("en");
    Component.Builder b = c.toBuilder();
    if (c.supplier() == null) {
      b.supplier(vendor);
    }
    if (c.manufacturer() == null) {
      b.manufacturer(vendor);
    }
    if (c.country() == null && entry.country() != null) {
      b.country(entry.country());
    }
    if (c.category() == null && !c.kind().equals(io.anke.core.bom.ComponentKind.LIBRARY)) {
      b.category(entry.category());
    }
    return b.property(ENTRY, entry.id())
        .property(STANDING, entry.standing().id())
        .property(STATUS, confirmed() ? entry.status().id() : Status.UNCONFIRMED.id())
        .property(EVIDENCE, evidence())
        .property(VENDOR_ZH, entry.vendorZh())
        .build();
  }
}
