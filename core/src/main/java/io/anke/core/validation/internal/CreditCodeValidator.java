package io.anke.core.validation.internal;

import io.anke.core.validation.CreditCode;
import io.anke.core.validation.Identifiers;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link CreditCode}. */
public final class CreditCodeValidator implements ConstraintValidator<CreditCode, CharSequence> {
  private static final Violations VIOLATIONS = new Violations(CreditCode.class);

  private boolean knownCodesOnly = true;
  private boolean embeddedOrganizationCode;

  @Override
  public void initialize(CreditCode constraint) {
    knownCodesOnly = constraint.knownCodesOnly();
    embeddedOrganizationCode = constraint.embeddedOrganizationCode();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null
        || VIOLATIONS.accept(
            Identifiers.creditCodeDefect(value, knownCodesOnly, embeddedOrganizationCode), context);
  }
}
