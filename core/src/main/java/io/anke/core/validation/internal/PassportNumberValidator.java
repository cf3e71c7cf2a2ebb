package io.anke.core.validation.internal;

import io.anke.core.validation.Defect;
import io.anke.core.validation.Identifiers;
import io.anke.core.validation.PassportNumber;

/** Validates {@link PassportNumber}; the message names the format of the passport type. */
public final class PassportNumberValidator
    extends FormatValidator<PassportNumber, PassportNumber.Type> {

  public PassportNumberValidator() {
    super(PassportNumber.class);
  }

  @Override
  public void initialize(PassportNumber constraint) {
    type(constraint.type());
  }

  @Override
  Defect defect(CharSequence value, PassportNumber.Type type) {
    return Identifiers.passportNumberDefect(value, type);
  }
}
