package io.anke.core;

import io.anke.core.internal.CoreMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The fail-on threshold of {@code --fail-on SEVERITY|never}: findings at or above it make a scan
 * fail (exit code 1). {@link #NEVER} reports without failing. The default is {@code high}.
 */
public final class FailOn {
  /** Never fail because of findings. */
  public static final FailOn NEVER = new FailOn(null);

  /** The contract's default, {@code high}. */
  public static final FailOn DEFAULT = new FailOn(Severity.HIGH);

  private final Severity threshold;

  private FailOn(Severity threshold) {
    this.threshold = threshold;
  }

  /** Fail on findings at or above {@code threshold}. */
  public static FailOn atOrAbove(Severity threshold) {
    return new FailOn(Objects.requireNonNull(threshold, "threshold"));
  }

  /**
   * Parses {@code never} or a severity id, case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static FailOn parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("never")) {
      return NEVER;
    }
    try {
      return atOrAbove(Severity.parse(t));
    } catch (IllegalArgumentException e) {
      List<String> ids = new ArrayList<>();
      for (Severity s : Severity.values()) {
        ids.add(s.id());
      }
      ids.add("never");
      throw new IllegalArgumentException(
          CoreMessage.FAIL_ON_UNKNOWN.english(text, CoreMessage.choices(ids)), e);
    }
  }

  /** True when a finding of {@code severity} fails the scan. */
  public boolean failsOn(Severity severity) {
    return threshold != null && severity.isAtLeast(threshold);
  }

  /** True for {@link #NEVER}. */
  public boolean isNever() {
    return threshold == null;
  }

  /** {@code never} or the severity id. */
  public String id() {
    return threshold == null ? "never" : threshold.id();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FailOn f && f.threshold == threshold;
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(threshold);
  }

  @Override
  public String toString() {
    return id();
  }
}
