package io.anke.core.waiver;

import io.anke.core.internal.CoreMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Why a finding is waived: the fixed list of the waiver contract. */
public enum WaiverReason {
  FALSE_POSITIVE,
  MIGRATION_PLANNED,
  COMPENSATING_CONTROL,
  NOT_APPLICABLE,
  ACCEPTED_RISK;

  /** The id used in waiver files and reports, e.g. {@code false-positive}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Parses an id such as {@code migration-planned}.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static WaiverReason parse(String text) {
    for (WaiverReason r : values()) {
      if (r.id().equals(text)) {
        return r;
      }
    }
    List<String> ids = Arrays.stream(values()).map(WaiverReason::id).toList();
    throw new IllegalArgumentException(
        CoreMessage.WAIVER_REASON_UNKNOWN.english(text, CoreMessage.choices(ids)));
  }
}
