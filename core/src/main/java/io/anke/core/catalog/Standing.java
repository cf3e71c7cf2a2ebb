package io.anke.core.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a vendor is domestic or foreign: the standing a catalog entry records, and the standing
 * the hardware rules judge an inventory item to have (from the catalog entry that identifies it,
 * else from the country its document states). This is the one standing vocabulary; an item whose
 * standing nothing says has none (an empty {@link java.util.Optional}), not a third value.
 */
public enum Standing {
  /** A domestic (信创) vendor or product. */
  DOMESTIC,
  /** A foreign component that strict profiles flag. */
  WATCH_LIST;

  /**
   * The standing a stated ISO 3166-1 country gives: {@code CN} (any case) is domestic, any other
   * country foreign; empty when no country is stated (null).
   */
  public static Optional<Standing> ofCountry(String country) {
    if (country == null) {
      return Optional.empty();
    }
    return Optional.of("CN".equalsIgnoreCase(country) ? DOMESTIC : WATCH_LIST);
  }

  /** The id used in catalog files: {@code domestic} or {@code watch-list}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
