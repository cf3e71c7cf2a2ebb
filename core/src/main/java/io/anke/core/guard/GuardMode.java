package io.anke.core.guard;

import io.anke.core.internal.CoreMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What the start-up guard does with what it finds. */
public enum GuardMode {
  /** Findings at or above the fail-on threshold, or a failed self-test, stop the start-up. */
  ENFORCE,
  /** Findings are logged; the application starts. */
  WARN,
  /** The guard does nothing. */
  OFF;

  /**
   * The mode named by {@code value} ({@code enforce}, {@code warn}, {@code off}; case and
   * surrounding blanks ignored).
   *
   * @throws IllegalArgumentException when the value names no mode; the message lists the accepted
   *     values
   */
  public static GuardMode parse(String value) {
    String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    for (GuardMode m : values()) {
      if (m.id().equals(v)) {
        return m;
      }
    }
    List<String> ids = Arrays.stream(values()).map(GuardMode::id).toList();
    throw new IllegalArgumentException(
        CoreMessage.GUARD_MODE_UNKNOWN.english(value, CoreMessage.choices(ids)));
  }

  /** The lower-case name used in properties and environment variables. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
