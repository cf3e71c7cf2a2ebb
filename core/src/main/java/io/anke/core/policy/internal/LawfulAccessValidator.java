package io.anke.core.policy.internal;

import io.anke.core.classification.ClassificationException;
import io.anke.core.policy.AccessContext;
import io.anke.core.policy.Decision;
import io.anke.core.policy.LawfulAccess;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;
import java.util.stream.Collectors;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Validates {@link LawfulAccess} by asking the policy of the {@link AccessContext} payload. Reasons
 * reach the message as a message parameter, never as part of a template, so that text a user
 * controls (a purpose) is not interpolated.
 */
public final class LawfulAccessValidator implements ConstraintValidator<LawfulAccess, Object> {
  private static final boolean HIBERNATE = present();

  private LawfulAccess constraint;

  @Override
  public void initialize(LawfulAccess annotation) {
    this.constraint = annotation;
  }

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    AccessContext access = HIBERNATE ? payload(context) : null;
    if (access == null) {
      return violation(context, "{io.anke.core.policy.LawfulAccess.noContext}", null);
    }
    Collection<?> values = value instanceof Collection<?> c ? c : java.util.List.of(value);
    for (Object v : values) {
      if (v == null) {
        continue;
      }
      Decision d;
      try {
        d =
            access
                .policy()
                .decide(
                    access.subject(), v.getClass(), constraint.action(), access.clock().instant());
      } catch (ClassificationException e) {
        return violation(context, "{io.anke.core.policy.LawfulAccess.notResource}", e.getMessage());
      }
      if (!d.allowed()) {
        String reasons =
            d.reasons().stream()
                .map(r -> r.text().bothLanguages())
                .collect(Collectors.joining("; "));
        return violation(context, constraint.message(), reasons);
      }
    }
    return true;
  }

  private static boolean violation(
      ConstraintValidatorContext context, String template, String reasons) {
    context.disableDefaultConstraintViolation();
    if (HIBERNATE && reasons != null) {
      context
          .unwrap(HibernateConstraintValidatorContext.class)
          .addMessageParameter("reasons", reasons);
    }
    context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
    return false;
  }

  private static AccessContext payload(ConstraintValidatorContext context) {
    try {
      return context
          .unwrap(HibernateConstraintValidatorContext.class)
          .getConstraintValidatorPayload(AccessContext.class);
    } catch (RuntimeException e) {
      return null; // another provider's context: no payload, fail closed
    }
  }

  private static boolean present() {
    try {
      Class.forName(
          "org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext",
          false,
          LawfulAccessValidator.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
