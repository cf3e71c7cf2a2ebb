package io.anke.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.anke.core.validation.Defect;
import io.anke.core.validation.Identifiers;
import io.anke.core.validation.PassportNumber;
import io.anke.core.validation.ResidentIdKind;
import io.anke.core.validation.TravelPermit;
import java.time.LocalDate;
import java.util.EnumSet;

/**
 * The identifier checks of {@code core.validation} on any text: the {@code *Defect} methods answer
 * without throwing; an identifier that is valid has a canonical spelling that is valid too and its
 * own canonical spelling; a string of digits with its Luhn check digit appended passes the Luhn
 * check.
 */
class IdentifiersFuzzTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  @FuzzTest
  void identifier(FuzzedDataProvider data) {
    boolean flag = data.consumeBoolean();
    String value = data.consumeRemainingAsString();

    Identifiers.residentIdDefect(value, TODAY, EnumSet.allOf(ResidentIdKind.class));
    if (Identifiers.isValidResidentId(value, TODAY)) {
      String canonical = Identifiers.canonicalResidentId(value);
      assertThat(Identifiers.isValidResidentId(canonical, TODAY)).isTrue();
      assertThat(Identifiers.canonicalResidentId(canonical)).isEqualTo(canonical);
    }

    Identifiers.creditCodeDefect(value, flag, !flag);
    Identifiers.isValidCreditCode(value);

    Identifiers.organizationCodeDefect(value);
    if (Identifiers.isValidOrganizationCode(value)) {
      String canonical = Identifiers.canonicalOrganizationCode(value);
      assertThat(Identifiers.isValidOrganizationCode(canonical)).isTrue();
      assertThat(Identifiers.canonicalOrganizationCode(canonical)).isEqualTo(canonical);
    }

    if (Identifiers.mobileNumberDefect(value, true) == Defect.NONE) {
      String canonical = Identifiers.canonicalMobileNumber(value);
      assertThat(Identifiers.isValidMobileNumber(canonical)).isTrue();
      assertThat(Identifiers.canonicalMobileNumber(canonical)).isEqualTo(canonical);
    }

    Identifiers.bankCardDefect(value);
    Identifiers.isValidBankCard(value);
    if (!value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      assertThat(Identifiers.isLuhnValid(value + Identifiers.luhnCheckDigit(value))).isTrue();
    }
    Identifiers.divisionCodeDefect(value);
    Identifiers.isValidDivisionCode(value);
    for (PassportNumber.Type type : PassportNumber.Type.values()) {
      Identifiers.passportNumberDefect(value, type);
    }
    for (TravelPermit.Type type : TravelPermit.Type.values()) {
      Identifiers.travelPermitDefect(value, type);
    }
  }
}
