package io.anke.core.catalog;

import io.anke.core.Severity;
import io.anke.core.internal.CoreMessage;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One vendor product line in the catalog: who makes it, whether it is domestic, and the explicit
 * facts that identify it.
 *
 * @param id stable entry id ({@code hisilicon-kunpeng}); user catalogs override entries by id
 * @param category the id of a {@link Category} ({@code server}, {@code network}, {@code
 *     crypto_library}, ...)
 * @param vendorZh the vendor's Chinese name
 * @param vendorEn the vendor's English name
 * @param aliases further vendor names that identify the entry (exact after normalisation)
 * @param products product lines, for reports
 * @param standing domestic or on the foreign watch-list
 * @param country ISO 3166-1 alpha-2 country of the vendor; null when there is no single one
 * @param status how well the entry's facts are established
 * @param severity suggested severity for watch-list entries (null for domestic entries)
 * @param detection the identifying facts
 * @param unconfirmedFacts detection facts that are not verified, as {@code field=value}
 * @param attributes free extra facts ({@code note}, {@code smSupport}), sorted by key
 * @param source the catalog file the entry came from, for messages
 */
public record CatalogEntry(
    String id,
    String category,
    String vendorZh,
    String vendorEn,
    List<String> aliases,
    List<String> products,
    Standing standing,
    String country,
    Status status,
    Severity severity,
    Detection detection,
    Set<String> unconfirmedFacts,
    Map<String, String> attributes,
    String source) {

  /** Validates and copies. */
  public CatalogEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    if (Category.byId(category).isEmpty()) {
      throw new IllegalArgumentException(CoreMessage.CATALOG_NOT_A_CATEGORY.english(id, category));
    }
    Objects.requireNonNull(standing, "standing");
    Objects.requireNonNull(status, "status");
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    products = products == null ? List.of() : List.copyOf(products);
    detection = detection == null ? Detection.NONE : detection;
    unconfirmedFacts =
        unconfirmedFacts == null
            ? Set.of()
            : Collections.unmodifiableSet(new TreeSet<>(unconfirmedFacts));
    attributes =
        attributes == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(attributes));
    source = source == null ? "" : source;
  }

  /** True when the entry belongs to {@code c}. */
  public boolean is(Category c) {
    return category.equals(c.id());
  }

  /** True for a domestic entry. */
  public boolean isDomestic() {
    return standing == Standing.DOMESTIC;
  }

  /**
   * The vendor's name in the given language ({@code zh} or {@code en}), falling back to the other.
   */
  public String vendorName(String language) {
    String preferred = "zh".equals(language) ? vendorZh : vendorEn;
    if (preferred != null && !preferred.isBlank()) {
      return preferred;
    }
    String other = "zh".equals(language) ? vendorEn : vendorZh;
    return other == null ? id : other;
  }

  /** An attribute value, or null. */
  public String attribute(String key) {
    return attributes.get(key);
  }
}
