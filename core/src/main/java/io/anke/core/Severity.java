package io.anke.core;

import io.anke.core.internal.CoreMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How much a finding matters (a stable contract). Declared from most to least. */
public enum Severity {
  CRITICAL,
  HIGH,
  MEDIUM,
  LOW,
  INFO;

  /** The lowercase name used in JSON, YAML, flags and reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this severity is at least as serious as {@code threshold}. */
  public boolean isAtLeast(Severity threshold) {
    return compareTo(threshold) <= 0;
  }

  /**
   * Parses a severity id, case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Severity parse(String text) {
    String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    for (Severity s : values()) {
      if (s.name().equals(t)) {
        return s;
      }
    }
    List<String> ids = Arrays.stream(values()).map(Severity::id).toList();
    throw new IllegalArgumentException(
        CoreMessage.SEVERITY_UNKNOWN.english(text, CoreMessage.choices(ids)));
  }
}
