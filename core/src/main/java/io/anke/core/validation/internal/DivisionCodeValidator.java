package io.anke.core.validation.internal;

import io.anke.core.validation.DivisionCode;
import io.anke.core.validation.Identifiers;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link DivisionCode}. */
public final class DivisionCodeValidator
    implements ConstraintValidator<DivisionCode, CharSequence> {
  private static final Violations VIOLATIONS = new Violations(DivisionCode.class);

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || VIOLATIONS.accept(Identifiers.divisionCodeDefect(value), context);
  }
}
