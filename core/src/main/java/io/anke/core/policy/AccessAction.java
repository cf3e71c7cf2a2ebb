package io.anke.core.policy;

import java.util.Locale;
import java.util.Optional;

/** What the subject does with the records. */
public enum AccessAction {
  /** Reads records to work on them. */
  READ("read"),
  /** Exports records out of the system (a file, another system): granted separately. */
  EXPORT("export");

  private final String id;

  AccessAction(String id) {
    this.id = id;
  }

  /** The id used in files and audit records. */
  public String id() {
    return id;
  }

  /** The action with this id (case-insensitive). */
  public static Optional<AccessAction> of(String id) {
    for (AccessAction a : values()) {
      if (a.id.equals(id == null ? null : id.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
