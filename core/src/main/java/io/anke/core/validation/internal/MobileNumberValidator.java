package io.anke.core.validation.internal;

import io.anke.core.validation.Identifiers;
import io.anke.core.validation.MobileNumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link MobileNumber}. */
public final class MobileNumberValidator
    implements ConstraintValidator<MobileNumber, CharSequence> {
  private static final Violations VIOLATIONS = new Violations(MobileNumber.class);

  private boolean countryCode;

  @Override
  public void initialize(MobileNumber constraint) {
    countryCode = constraint.countryCode();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null
        || VIOLATIONS.accept(Identifiers.mobileNumberDefect(value, countryCode), context);
  }
}
