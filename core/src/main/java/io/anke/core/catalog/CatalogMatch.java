package io.anke.core.catalog;

import io.anke.core.bom.ArchiveFacts;
import io.anke.core.bom.Component;
import io.anke.core.bom.Purl;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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

  /** Facts that only an archive yields; a match on one of them may give the archive coordinates. */
  private static final Set<String> ARCHIVE_FACTS =
      Set.of("driverClass", "sha256", "manifest", "classPrefix");

  /**
   * Gives a jar that carries no Maven coordinates of its own the ones the catalog lists, when every
   * link is exact: an archive fact identified this entry, the jar's file name is {@code
   * <artifact>-<version>.jar} for an artifact the entry lists as {@code group:artifact} under
   * exactly one group, and the jar's manifest, if it states a version, states that one. A renamed
   * jar, an artifact the entry does not list, or a version that disagrees keeps the identity it
   * had.
   */
  private void coordinates(Component c, Component.Builder b) {
    String file = c.property(ArchiveFacts.FILE_NAME);
    if (!ARCHIVE_FACTS.contains(fact)
        || c.purl() != null
        || c.group() != null
        || file == null
        || !file.endsWith(".jar")) {
      return;
    }
    String stem = file.substring(0, file.length() - ".jar".length());
    String group = null;
    String artifact = null;
    for (String pattern : entry.detection().maven()) {
      int colon = pattern.indexOf(':');
      String g = colon < 0 ? null : pattern.substring(0, colon);
      String a = colon < 0 ? null : pattern.substring(colon + 1);
      if (a == null || a.equals("*") || g.endsWith(".*") || !versionFollows(stem, a)) {
        continue;
      }
      if (artifact == null || a.length() > artifact.length()) {
        group = g;
        artifact = a;
      } else if (a.equals(artifact) && !g.equals(group)) {
        return; // two groups publish this artifact name: not exact
      }
    }
    if (artifact == null) {
      return;
    }
    String version = stem.substring(artifact.length() + 1);
    if (c.version() != null && !c.version().equals(version)) {
      return;
    }
    String before = c.coordinates() + (c.version() == null ? "" : ":" + c.version());
    String after = group + ":" + artifact + ":" + version;
    b.group(group)
        .name(artifact)
        .version(version)
        .purl(Purl.maven(group, artifact, version))
        .property(ArchiveFacts.IDENTITY, "catalog");
    List<String> path = c.dependencyPath();
    if (!path.isEmpty() && path.get(path.size() - 1).equals(before)) {
      List<String> renamed = new ArrayList<>(path);
      renamed.set(renamed.size() - 1, after);
      b.dependencyPath(renamed);
    }
  }

  /** True when {@code stem} is {@code artifact-<version>}, the version starting with a digit. */
  private static boolean versionFollows(String stem, String artifact) {
    return stem.length() > artifact.length() + 1
        && stem.startsWith(artifact)
        && stem.charAt(artifact.length()) == '-'
        && Character.isDigit(stem.charAt(artifact.length() + 1));
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

  /** The detection field that matched ({@link #fact()}). */
  public static final String FACT = "anke:catalog:fact";

  /** The observed value that matched ({@link #value()}). */
  public static final String VALUE = "anke:catalog:value";

  /** What the match yields beyond the entry ({@link #detail()}), when there is something. */
  public static final String DETAIL = "anke:catalog:detail";

  /**
   * The component enriched with this match: supplier, manufacturer and country are filled from the
   * catalog where the component has none (what the document said is kept), a jar identified by an
   * archive fact may get the Maven coordinates the entry lists (see {@code coordinates}), and the
   * entry id, standing, status, evidence, Chinese vendor name, and the fact, value and detail that
   * matched are added as properties.
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
    coordinates(c, b);
    return b.property(ENTRY, entry.id())
        .property(STANDING, entry.standing().id())
        .property(STATUS, confirmed() ? entry.status().id() : Status.UNCONFIRMED.id())
        .property(EVIDENCE, evidence())
        .property(VENDOR_ZH, entry.vendorZh())
        .property(FACT, fact)
        .property(VALUE, value)
        .property(DETAIL, detail)
        .build();
  }
}
