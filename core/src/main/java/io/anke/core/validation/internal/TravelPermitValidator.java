package io.anke.core.validation.internal;

import io.anke.core.validation.Defect;
import io.anke.core.validation.Identifiers;
import io.anke.core.validation.TravelPermit;

/** Validates {@link TravelPermit}; the message names the format of the permit. */
public final class TravelPermitValidator extends FormatValidator<TravelPermit, TravelPermit.Type> {

  public TravelPermitValidator() {
    super(TravelPermit.class);
  }

  @Override
  public void initialize(TravelPermit constraint) {
    type(constraint.type());
  }

  @Override
  Defect defect(CharSequence value, TravelPermit.Type type) {
    return Identifiers.travelPermitDefect(value, type);
  }
}
