package io.anke.core.catalog;

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
}
