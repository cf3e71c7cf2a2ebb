package io.anke.core.validation.internal;

import io.anke.core.validation.Identifiers;
import io.anke.core.validation.ResidentId;
import io.anke.core.validation.ResidentIdKind;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** Validates {@link ResidentId}; "today" is the date of the validator's clock provider. */
public final class ResidentIdValidator implements ConstraintValidator<ResidentId, CharSequence> {
  private static final Violations VIOLATIONS = new Violations(ResidentId.class);

  private Set<ResidentIdKind> accepted = EnumSet.noneOf(ResidentIdKind.class);

  @Override
  public void initialize(ResidentId constraint) {
    EnumSet<ResidentIdKind> kinds = EnumSet.noneOf(ResidentIdKind.class);
    if (constraint.legacy15()) {
      kinds.add(ResidentIdKind.LEGACY_RESIDENT_ID);
    }
    if (constraint.residencePermits()) {
      kinds.add(ResidentIdKind.RESIDENCE_PERMIT);
    }
    if (constraint.foreignPermanentResidents()) {
      kinds.add(ResidentIdKind.FOREIGN_PERMANENT_RESIDENT_ID);
    }
    accepted = kinds;
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    LocalDate today = LocalDate.now(context.getClockProvider().getClock());
    return VIOLATIONS.accept(Identifiers.residentIdDefect(value, today, accepted), context);
  }
}
