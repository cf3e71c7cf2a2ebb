package io.anke.core.validation.internal;

import io.anke.core.validation.Defect;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;

/**
 * A constraint checked by format for one type of document out of several (passports, travel
 * permits): the message names the format of the type the constraint asks for ({@code
 * io.anke.core.validation.<Constraint>.<type in camel case>}).
 */
abstract class FormatValidator<A extends Annotation, T extends Enum<T>>
    implements ConstraintValidator<A, CharSequence> {
  private final Violations violations;
  private T type;
  private String template;

  FormatValidator(Class<A> constraint) {
    violations = new Violations(constraint);
  }

  /** Called from {@link #initialize}: the type of document the constraint asks for. */
  final void type(T type) {
    this.type = type;
    this.template = violations.template(type);
  }

  /** The check of {@link io.anke.core.validation.Identifiers} for {@code type}. */
  abstract Defect defect(CharSequence value, T type);

  @Override
  public final boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null
        || defect(value, type) == Defect.NONE
        || violations.reject(template, context);
  }
}
