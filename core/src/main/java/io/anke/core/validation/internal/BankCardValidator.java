package io.anke.core.validation.internal;

import io.anke.core.validation.BankCard;
import io.anke.core.validation.Identifiers;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link BankCard}. */
public final class BankCardValidator implements ConstraintValidator<BankCard, CharSequence> {
  private static final Violations VIOLATIONS = new Violations(BankCard.class);

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || VIOLATIONS.accept(Identifiers.bankCardDefect(value), context);
  }
}
