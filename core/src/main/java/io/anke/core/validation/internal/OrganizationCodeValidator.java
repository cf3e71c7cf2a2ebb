package io.anke.core.validation.internal;

import io.anke.core.validation.Identifiers;
import io.anke.core.validation.OrganizationCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link OrganizationCode}. */
public final class OrganizationCodeValidator
    implements ConstraintValidator<OrganizationCode, CharSequence> {
  private static final Violations VIOLATIONS = new Violations(OrganizationCode.class);

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || VIOLATIONS.accept(Identifiers.organizationCodeDefect(value), context);
  }
}
