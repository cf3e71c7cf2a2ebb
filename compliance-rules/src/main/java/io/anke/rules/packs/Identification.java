package io.anke.rules.packs;

import io.anke.core.bom.Component;
import io.anke.core.catalog.Catalog;
import io.anke.core.catalog.CatalogEntry;
import io.anke.core.catalog.CatalogMatch;
import io.anke.core.catalog.CatalogMatcher;
import io.anke.core.catalog.Status;
import java.util.Objects;
import java.util.Optional;

/**
 * A component identified against the vendor catalog, with why. Software is identified only by exact
 * facts (package URL, Maven coordinates, what its archive reveals): a supplier name such as "Oracle
 * Corporation" says nothing about which product a library is. Platform items (hardware, operating
 * systems, databases) are identified by their coordinates, else by their vendor's name.
 *
 * @param entry the catalog entry
 * @param confirmed true when the entry and the fact that matched are verified
 * @param evidence one line saying which fact matched which entry
 */
public record Identification(CatalogEntry entry, boolean confirmed, String evidence) {

  /** Validates. */
  public Identification {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** True when the entry is domestic. */
  public boolean domestic() {
    return entry.isDomestic();
  }

  /** The vendor name in Chinese and English, for messages: {@code 甲骨文 / Oracle Corporation}. */
  public String vendorZh() {
    return entry.vendorName("zh");
  }

  /** The vendor's English name. */
  public String vendorEn() {
    return entry.vendorName("en");
  }

  /** The catalog attribute, or null. */
  public String attribute(String key) {
    return entry.attribute(key);
  }

  private static Identification of(CatalogMatch m) {
    return new Identification(m.entry(), m.confirmed(), m.evidence());
  }

  /**
   * Identifies application software by exact facts ({@link CatalogMatcher#software}): package URL,
   * Maven coordinates, JDBC driver class, file hash, manifest, package of its classes. Vendor names
   * are never used.
   */
  public static Optional<Identification> software(Component c, Catalog catalog) {
    return catalog.matcher().software(c).map(Identification::of);
  }

  /**
   * Identifies a platform item (hardware, operating system, database, JDK, also the probed host's
   * components): the catalog entry a reader or the host probe already matched by an exact fact
   * (recorded in {@link CatalogMatch#ENTRY}), else coordinates, else the vendor's name, preferring
   * an entry of {@code category}. A vendor listed in another category still tells whether the
   * company is domestic.
   */
  public static Optional<Identification> platform(Component c, String category, Catalog catalog) {
    String recorded = c.property(CatalogMatch.ENTRY);
    if (recorded != null) {
      Optional<CatalogEntry> e = catalog.entry(recorded);
      if (e.isPresent()) {
        String status = c.property(CatalogMatch.STATUS);
        boolean confirmed =
            status == null
                ? e.get().status() != Status.UNCONFIRMED
                : !Status.UNCONFIRMED.id().equals(status);
        String evidence = c.property(CatalogMatch.EVIDENCE);
        return Optional.of(
            new Identification(
                e.get(), confirmed, evidence == null ? "catalog entry " + recorded : evidence));
      }
    }
    Optional<Identification> bySoftware = software(c, catalog);
    if (bySoftware.isPresent()) {
      return bySoftware;
    }
    CatalogMatcher m = catalog.matcher();
    for (String vendor : new String[] {c.manufacturer(), c.supplier()}) {
      if (vendor != null) {
        Optional<CatalogMatch> v = m.vendor(category, vendor);
        if (v.isPresent()) {
          return v.map(Identification::of);
        }
      }
    }
    return Optional.empty();
  }
}
