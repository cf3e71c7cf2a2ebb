package io.anke.core.catalog;

import java.util.Locale;

/** Whether a catalog entry describes a domestic vendor or a foreign component on the watch-list. */
public enum Standing {
  /** A domestic (信创) vendor or product. */
  DOMESTIC,
  /** A foreign component that strict profiles flag. */
  WATCH_LIST;

  /** The id used in catalog files: {@code domestic} or {@code watch-list}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
