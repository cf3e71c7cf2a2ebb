package io.anke.samples.govdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.validation.Defect;
import io.anke.core.validation.Identifiers;
import io.anke.core.validation.ResidentIdKind;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generated records are valid, Shandong's, and the same for the same seed. */
class SampleRecordsTest {
  static final LocalDate STORY_DAY = LocalDate.of(2026, 6, 15);
  static final Set<String> SHANDONG =
      SampleRecords.DIVISIONS.stream()
          .map(SampleRecords.Division::code)
          .collect(Collectors.toSet());

  @Test
  void theSameSeedGivesTheSameRecords() {
    SampleRecords a = new SampleRecords(SampleRecords.SEED);
    SampleRecords b = new SampleRecords(SampleRecords.SEED);
    assertThat(a.residents(50)).isEqualTo(b.residents(50));
    assertThat(a.legalEntities(20)).isEqualTo(b.legalEntities(20));
    assertThat(new SampleRecords(1).residents(5)).isNotEqualTo(new SampleRecords(2).residents(5));
  }

  @Test
  void residentsCarryValidIdentityNumbersOfTheirShandongDivision() {
    List<Resident> residents = new SampleRecords(7).residents(500);
    for (Resident r : residents) {
      String id = r.idNumber();
      assertThat(Identifiers.isValidResidentId(id, STORY_DAY)).as(id).isTrue();
      assertThat(id).startsWith(r.divisionCode());
      assertThat(SHANDONG).contains(r.divisionCode());
      LocalDate born =
          LocalDate.parse(
              id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14));
      assertThat(born).isBetween(LocalDate.of(1945, 1, 1), LocalDate.of(2004, 12, 31));
      assertThat(Identifiers.isValidMobileNumber(r.mobile())).as(r.mobile()).isTrue();
      assertThat(r.address()).startsWith("山东省").endsWith("号");
    }
    // Both sexes, told by the parity of the sequence number, and numbers ending in X too.
    assertThat(residents).anyMatch(r -> (r.idNumber().charAt(16) - '0') % 2 == 0);
    assertThat(residents).anyMatch(r -> (r.idNumber().charAt(16) - '0') % 2 == 1);
    assertThat(residents).anyMatch(r -> r.idNumber().endsWith("X"));
  }

  @Test
  void enterprisesCarryValidCreditCodesWithAnEmbeddedOrganizationCode() {
    for (LegalEntity e : new SampleRecords(7).legalEntities(300)) {
      String code = e.creditCode();
      assertThat(Identifiers.creditCodeDefect(code, true, true)).as(code).isEqualTo(Defect.NONE);
      assertThat(code).startsWith("91" + e.divisionCode());
      assertThat(Identifiers.isValidOrganizationCode(code.substring(8, 17))).isTrue();
      assertThat(e.name()).endsWith("有限公司");
    }
  }

  @Test
  void theMistypedNumberIsWrongOnlyInItsCheckCharacter() {
    for (long seed = 0; seed < 200; seed++) {
      String id = new SampleRecords(seed).residentWithMistypedIdNumber().idNumber();
      assertThat(Identifiers.residentIdDefect(id, STORY_DAY, EnumSet.noneOf(ResidentIdKind.class)))
          .as(id)
          .isEqualTo(Defect.CHECK_CHARACTER);
    }
  }
}
