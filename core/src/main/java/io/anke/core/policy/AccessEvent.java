package io.anke.core.policy;

import java.time.Instant;
import java.util.Objects;

/**
 * One access to shared records as {@link DataAccessGuard} decided it, for the audit trail.
 *
 * @param time when it was decided
 * @param subject who asked
 * @param decision what was decided, with the resource, action, fields and reasons
 * @param records how many records the access returns (0 when denied)
 */
public record AccessEvent(Instant time, Subject subject, Decision decision, int records) {
  /** Requires every attribute. */
  public AccessEvent {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(decision, "decision");
  }
}
