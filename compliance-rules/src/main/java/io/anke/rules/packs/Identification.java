package io.anke.rules.packs;

import io.anke.core.bom.Component;
import io.anke.core.catalog.Catalog;
import io.anke.core.catalog.CatalogEntry;
import io.anke.core.catalog.CatalogMatch;
import io.anke.core.catalog.CatalogMatcher;
import io.anke.core.catalog.Status;
import io.anke.core.rule.Text;
import io.anke.core.rule.TextBundle;
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
 * @param evidence one line saying which fact matched which entry, in English (for machine-read
 *     properties)
 * @param evidenceText the same line in both languages, for messages
 */
public record Identification(
    CatalogEntry entry, boolean confirmed, String evidence, Text evidenceText) {

  private static final TextBundle TEXT =
      TextBundle.of("io.anke.rules.packs.Evidence", Identification.class.getClassLoader());

  /** Validates. */
  public Identification {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(evidenceText, "evidenceText");
  }

  /**
   * "fact 'value' identifies catalog entry id (vendor, standing, status)" in both languages; the
   * English half is what {@link CatalogMatch#evidence()} writes.
   */
  private static Text evidenceText(
      String fact, String value, CatalogEntry entry, String status, String detail) {
    return TEXT.text(
        "evidence",
        fact,
        value,
        entry.id(),
        Text.of(entry.vendorName("zh"), entry.vendorName("en")),
        TEXT.text("standing." + entry.standing().id()),
        TEXT.text("status." + status),
        detail == null ? "" : "; " + detail);
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
    String status = m.confirmed() ? m.entry().status().id() : Status.UNCONFIRMED.id();
    return new Identification(
        m.entry(),
        m.confirmed(),
        m.evidence(),
        evidenceText(m.fact(), m.value(), m.entry(), status, m.detail()));
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
        String fact = c.property(CatalogMatch.FACT);
        String value = c.property(CatalogMatch.VALUE);
        Text text =
            fact != null && value != null
                ? evidenceText(
                    fact,
                    value,
                    e.get(),
                    confirmed ? e.get().status().id() : Status.UNCONFIRMED.id(),
                    c.property(CatalogMatch.DETAIL))
                : evidence != null
                    ? Text.same(evidence) // recorded without its parts: as written
                    : TEXT.text("evidence.entryOnly", recorded);
        return Optional.of(
            new Identification(
                e.get(),
                confirmed,
                evidence == null ? "catalog entry " + recorded : evidence,
                text));
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
