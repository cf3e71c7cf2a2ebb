package io.anke.core.policy;

import java.time.Clock;
import java.util.Objects;

/**
 * What {@link LawfulAccess} needs to decide inside Jakarta validation: who asks, under which
 * policy, at what time. With Hibernate Validator it is passed as the constraint validator payload
 * ({@code HibernateValidatorContext#constraintValidatorPayload}), one validator per request.
 *
 * @param subject who asks
 * @param policy the policy that decides
 * @param clock the time of the decision
 */
public record AccessContext(Subject subject, AccessPolicy policy, Clock clock) {
  /** Requires every attribute. */
  public AccessContext {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(clock, "clock");
  }
}
