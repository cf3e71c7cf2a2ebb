package io.anke.core.engine;

import io.anke.core.FailOn;
import io.anke.core.Severity;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The counts of a scan.
 *
 * @param total all findings, waived and baselined ones included
 * @param bySeverity findings that count (neither waived nor baselined), per severity; every
 *     severity is present
 * @param waived findings accepted by a waiver
 * @param baselined findings present in the baseline (and not waived)
 * @param expiredWaivers waivers past their expiry date
 * @param unusedWaivers unexpired waivers that matched nothing
 * @param ruleErrors rules that failed to run
 * @param failOn the threshold applied
 * @param passed true when no counting finding is at or above the threshold and no rule failed
 */
public record Summary(
    int total,
    Map<Severity, Integer> bySeverity,
    int waived,
    int baselined,
    int expiredWaivers,
    int unusedWaivers,
    int ruleErrors,
    FailOn failOn,
    boolean passed) {

  /** Copies the map, filling in zero counts. */
  public Summary {
    EnumMap<Severity, Integer> m = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      m.put(s, bySeverity.getOrDefault(s, 0));
    }
    bySeverity = Collections.unmodifiableMap(m);
  }

  /** Findings that count, of one severity. */
  public int count(Severity s) {
    return bySeverity.get(s);
  }
}
