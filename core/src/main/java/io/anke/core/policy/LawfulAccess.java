package io.anke.core.policy;

import io.anke.core.policy.internal.LawfulAccessValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A method-level check through Jakarta executable validation: the annotated return value or
 * parameter — a {@code @DataResource} record, or a collection of them — must be one the subject may
 * access under the policy (a denial is a constraint violation whose message gives the reasons). The
 * subject, policy and clock come from the {@link AccessContext} passed as Hibernate Validator's
 * constraint validator payload; without one (another provider, or no payload) every value is a
 * violation: the check fails closed. Null is valid.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD, ElementType.TYPE_USE})
@Constraint(validatedBy = LawfulAccessValidator.class)
public @interface LawfulAccess {
  /** The message template. */
  String message() default "{io.anke.core.policy.LawfulAccess.message}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /** What is done with the value. */
  AccessAction action() default AccessAction.READ;
}
