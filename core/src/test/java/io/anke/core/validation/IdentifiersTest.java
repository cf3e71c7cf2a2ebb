package io.anke.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The check functions on published and synthetic samples (all synthetic numbers are computed, they
 * belong to no person or organisation) and on numbers with one known defect each.
 */
class IdentifiersTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  static final Set<ResidentIdKind> NO_EXTRAS = EnumSet.noneOf(ResidentIdKind.class);
  static final Set<ResidentIdKind> ALL_KINDS = EnumSet.allOf(ResidentIdKind.class);

  // --- resident identity numbers ---------------------------------------------------------------

  @Test
  void acceptsPublishedAndSyntheticResidentIds() {
    // 11010519491231002X is the published sample of GB 11643; the others are synthetic.
    for (String id :
        new String[] {
          "11010519491231002X",
          "11010519491231002x",
          "110101199003071233",
          "310104198511224568",
          "440305200002298768"
        }) {
      assertThat(Identifiers.residentIdDefect(id, TODAY, NO_EXTRAS)).as(id).isEqualTo(Defect.NONE);
      assertThat(Identifiers.isValidResidentId(id, TODAY)).as(id).isTrue();
    }
  }

  @Test
  void theStandardsOwnSampleFrom1880PassesTheCheckButNotThe1900Floor() {
    // GB 11643's second sample is of a person born 1880-01-01: its check character is right, but
    // numbers of people born before 1900 are not accepted (no such holder is alive).
    String sample = "440524188001010014";
    assertThat(Identifiers.residentIdCheckChar(sample.substring(0, 17))).isEqualTo('4');
    assertThat(Identifiers.residentIdDefect(sample, TODAY, ALL_KINDS))
        .isEqualTo(Defect.BIRTH_DATE_BEFORE_1900);
  }

  @Test
  void computesTheResidentIdCheckCharacter() {
    assertThat(Identifiers.residentIdCheckChar("11010519491231002")).isEqualTo('X');
    assertThat(Identifiers.residentIdCheckChar("11010119900307123")).isEqualTo('3');
    assertThat(Identifiers.residentIdCheckChar(new StringBuilder("44030520000229876")))
        .isEqualTo('8');
  }

  @Test
  void namesTheDefectOfAResidentId() {
    assertThat(defect("11010119900307123")).isEqualTo(Defect.LENGTH);
    assertThat(defect("1101011990030712333")).isEqualTo(Defect.LENGTH);
    assertThat(defect("")).isEqualTo(Defect.LENGTH);
    assertThat(defect("11010119900307123Y")).isEqualTo(Defect.CHARACTER);
    assertThat(defect("1101011990030712X3")).isEqualTo(Defect.CHARACTER);
    assertThat(defect("110101 99003071233")).isEqualTo(Defect.CHARACTER);
    // no province 10, 66, 72 or 83 (83 appears only in the Taiwan permit's code 830000)
    assertThat(defect("100101199003071233")).isEqualTo(Defect.PROVINCE);
    assertThat(defect("660101199003071233")).isEqualTo(Defect.PROVINCE);
    assertThat(defect("720101199003071233")).isEqualTo(Defect.PROVINCE);
    assertThat(defect("830101199003071233")).isEqualTo(Defect.PROVINCE);
    // 71 Taiwan, 81 Hong Kong and 82 Macao are provinces of GB/T 2260
    assertThat(defect(withCheck("71010119900307123"))).isEqualTo(Defect.NONE);
    assertThat(defect(withCheck("81010119900307123"))).isEqualTo(Defect.NONE);
    // 1990-02-30, 1990-13-01, 1990-00-10, 1990-01-00 and 1900-02-29 do not exist; 2000-02-29 does
    assertThat(defect("110101199002301233")).isEqualTo(Defect.BIRTH_DATE);
    assertThat(defect("110101199013011233")).isEqualTo(Defect.BIRTH_DATE);
    assertThat(defect("110101199000101233")).isEqualTo(Defect.BIRTH_DATE);
    assertThat(defect("110101199001001233")).isEqualTo(Defect.BIRTH_DATE);
    assertThat(defect(withCheck("11010119000229123"))).isEqualTo(Defect.BIRTH_DATE);
    assertThat(defect(withCheck("11010120000229123"))).isEqualTo(Defect.NONE);
    assertThat(defect(withCheck("11010118991231123"))).isEqualTo(Defect.BIRTH_DATE_BEFORE_1900);
    assertThat(defect(withCheck("11010119000101123"))).isEqualTo(Defect.NONE);
    // today is accepted, tomorrow is not
    assertThat(defect(withCheck("11010120261127123"))).isEqualTo(Defect.NONE);
    assertThat(defect(withCheck("11010120261128123"))).isEqualTo(Defect.BIRTH_DATE_IN_FUTURE);
    assertThat(defect(withCheck("11010130000101123"))).isEqualTo(Defect.BIRTH_DATE_IN_FUTURE);
    // the last character of 110101199003071233 is 3
    assertThat(defect("110101199003071234")).isEqualTo(Defect.CHECK_CHARACTER);
    assertThat(defect("11010119900307123X")).isEqualTo(Defect.CHECK_CHARACTER);
    // a typo in the birth date is reported as the birth date, not as the check character
    assertThat(defect("110101199003371233")).isEqualTo(Defect.BIRTH_DATE);
  }

  @Test
  void residencePermitsAreAcceptedUnlessExcluded() {
    // published samples of the HK and Taiwan residents' permits
    for (String permit : new String[] {"810000199408230021", "830000199201300022"}) {
      assertThat(Identifiers.isValidResidentId(permit, TODAY)).as(permit).isTrue();
      assertThat(Identifiers.residentIdDefect(permit, TODAY, NO_EXTRAS))
          .isEqualTo(Defect.RESIDENCE_PERMIT_NOT_ACCEPTED);
    }
    // a permit's birth date and check character are checked like a resident ID's
    assertThat(defect("820000199402300021", ALL_KINDS)).isEqualTo(Defect.BIRTH_DATE);
    assertThat(defect("810000199408230022", ALL_KINDS)).isEqualTo(Defect.CHECK_CHARACTER);
    assertThat(defect(withCheck("82000019940823002"), ALL_KINDS)).isEqualTo(Defect.NONE);
  }

  @Test
  void foreignPermanentResidentNumbersOnlyWhenAccepted() {
    String card = withCheck("93315619850101123");
    assertThat(defect(card, EnumSet.of(ResidentIdKind.FOREIGN_PERMANENT_RESIDENT_ID)))
        .isEqualTo(Defect.NONE);
    assertThat(defect(card, NO_EXTRAS)).isEqualTo(Defect.FOREIGN_PERMANENT_RESIDENT_NOT_ACCEPTED);
    assertThat(Identifiers.isValidResidentId(card, TODAY)).isFalse();
    // only the check character is verified: the layout after the 9 is not known well enough
    assertThat(defect(withCheck("99999999999999999"), ALL_KINDS)).isEqualTo(Defect.NONE);
    String wrongCheck = card.substring(0, 17) + (card.charAt(17) == '0' ? '1' : '0');
    assertThat(defect(wrongCheck, ALL_KINDS)).isEqualTo(Defect.CHECK_CHARACTER);
  }

  @Test
  void legacy15DigitNumbersOnlyWhenAccepted() {
    // the first-generation number of the published sample 11010519491231002X
    String legacy = "110105491231002";
    assertThat(defect(legacy, EnumSet.of(ResidentIdKind.LEGACY_RESIDENT_ID)))
        .isEqualTo(Defect.NONE);
    assertThat(defect(legacy, NO_EXTRAS)).isEqualTo(Defect.LEGACY_NOT_ACCEPTED);
    assertThat(defect("110105490231002", ALL_KINDS)).isEqualTo(Defect.BIRTH_DATE);
    assertThat(defect("990105491231002", ALL_KINDS)).isEqualTo(Defect.PROVINCE);
    assertThat(defect("11010549123100X", ALL_KINDS)).isEqualTo(Defect.CHARACTER);
    assertThat(Identifiers.upgradeLegacyResidentId(legacy)).isEqualTo("11010519491231002X");
  }

  @Test
  void canonicalResidentIdIsUpperCaseAnd18Characters() {
    assertThat(Identifiers.canonicalResidentId("11010519491231002x"))
        .isEqualTo("11010519491231002X");
    assertThat(Identifiers.canonicalResidentId("110105491231002")).isEqualTo("11010519491231002X");
    assertThat(Identifiers.canonicalResidentId("110101199003071233"))
        .isEqualTo("110101199003071233");
    assertThatThrownBy(() -> Identifiers.canonicalResidentId("11010119900307123"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Identifiers.canonicalResidentId("11010519491231002Y"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void checkCharacterFunctionsRefuseWhatIsNotTheirPayload() {
    assertThatThrownBy(() -> Identifiers.residentIdCheckChar("1101051949123100"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("first17 must be 17 ASCII digits");
    // full-width digits pass Character.isDigit but are not ASCII digits
    assertThatThrownBy(() -> Identifiers.residentIdCheckChar("１１０１０５１９４９１２３１００２"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Identifiers.upgradeLegacyResidentId("11010549123100X"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Identifiers.creditCodeCheckChar("91110108MA01ABC2I"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Identifiers.organizationCodeCheckChar("ma01abc2"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Identifiers.luhnCheckDigit(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Identifiers.luhnCheckDigit("62122600000000０"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // --- unified social credit codes -------------------------------------------------------------

  @Test
  void acceptsSyntheticCreditCodes() {
    for (String code :
        new String[] {
          "91110108MA01ABC25F", "11110000123456788X", "523100001234567884", "92440300MA5T0Q1XXB"
        }) {
      assertThat(Identifiers.creditCodeDefect(code, true, true)).as(code).isEqualTo(Defect.NONE);
      assertThat(Identifiers.isValidCreditCode(code)).as(code).isTrue();
    }
    assertThat(Identifiers.creditCodeCheckChar("91110108MA01ABC25")).isEqualTo('F');
  }

  @Test
  void namesTheDefectOfACreditCode() {
    assertThat(Identifiers.creditCodeDefect("91110108MA01ABC25", true, false))
        .isEqualTo(Defect.LENGTH);
    // I, O, Z, S and V are not in the alphabet, nor are lower-case letters
    assertThat(Identifiers.creditCodeDefect("91110108MA01ABI25F", true, false))
        .isEqualTo(Defect.CHARACTER);
    assertThat(Identifiers.creditCodeDefect("91110108ma01abc25f", true, false))
        .isEqualTo(Defect.CHARACTER);
    // authority B is not assigned; authority 9 has no category 4; authority Y only category 1
    assertThat(Identifiers.creditCodeDefect(withCreditCheck("B1110108MA01ABC25"), true, false))
        .isEqualTo(Defect.REGISTRATION_AUTHORITY);
    assertThat(Identifiers.creditCodeDefect(withCreditCheck("94110108MA01ABC25"), true, false))
        .isEqualTo(Defect.CATEGORY);
    assertThat(Identifiers.creditCodeDefect(withCreditCheck("Y2110108MA01ABC25"), true, false))
        .isEqualTo(Defect.CATEGORY);
    // ... all accepted when the codes need not be known ones
    assertThat(Identifiers.creditCodeDefect(withCreditCheck("B1110108MA01ABC25"), false, false))
        .isEqualTo(Defect.NONE);
    assertThat(Identifiers.creditCodeDefect(withCreditCheck("Y2110108MA01ABC25"), false, false))
        .isEqualTo(Defect.NONE);
    // assigned after the first edition: law firm (31), trade union (81), village collective (N2)
    for (String start : new String[] {"31", "81", "71", "N2", "A1", "62"}) {
      String code = withCreditCheck(start + "110108MA01ABC25");
      assertThat(Identifiers.creditCodeDefect(code, true, false)).as(code).isEqualTo(Defect.NONE);
    }
    assertThat(Identifiers.creditCodeDefect(withCreditCheck("9111A108MA01ABC25"), false, false))
        .isEqualTo(Defect.DIVISION);
    assertThat(Identifiers.creditCodeDefect("91110108MA01ABC25G", true, false))
        .isEqualTo(Defect.CHECK_CHARACTER);
    // the organisation code inside must pass its own check only when asked: MA01ABC26 does not
    String badEmbedded = withCreditCheck("91110108MA01ABC26");
    assertThat(Identifiers.creditCodeDefect(badEmbedded, true, false)).isEqualTo(Defect.NONE);
    assertThat(Identifiers.creditCodeDefect(badEmbedded, true, true))
        .isEqualTo(Defect.EMBEDDED_ORGANIZATION_CODE);
  }

  // --- organisation codes ----------------------------------------------------------------------

  @Test
  void acceptsSyntheticOrganizationCodesWithAndWithoutHyphen() {
    for (String code :
        new String[] {"MA01ABC25", "MA01ABC2-5", "123456788", "12345678-8", "D2143569-X"}) {
      assertThat(Identifiers.organizationCodeDefect(code)).as(code).isEqualTo(Defect.NONE);
    }
    assertThat(Identifiers.organizationCodeCheckChar("D2143569")).isEqualTo('X');
    assertThat(Identifiers.organizationCodeCheckChar("12345678")).isEqualTo('8');
    assertThat(Identifiers.canonicalOrganizationCode("D2143569-X")).isEqualTo("D2143569X");
    assertThat(Identifiers.canonicalOrganizationCode("D2143569X")).isEqualTo("D2143569X");
  }

  @Test
  void namesTheDefectOfAnOrganizationCode() {
    assertThat(Identifiers.organizationCodeDefect("12345678")).isEqualTo(Defect.LENGTH);
    assertThat(Identifiers.organizationCodeDefect("12345678--8")).isEqualTo(Defect.LENGTH);
    assertThat(Identifiers.organizationCodeDefect("1234567-88")).isEqualTo(Defect.CHARACTER);
    assertThat(Identifiers.organizationCodeDefect("12345678 8")).isEqualTo(Defect.CHARACTER);
    assertThat(Identifiers.organizationCodeDefect("d2143569X")).isEqualTo(Defect.CHARACTER);
    assertThat(Identifiers.organizationCodeDefect("D2143569x")).isEqualTo(Defect.CHARACTER);
    assertThat(Identifiers.organizationCodeDefect("D2143569A")).isEqualTo(Defect.CHARACTER);
    assertThat(Identifiers.organizationCodeDefect("123456789")).isEqualTo(Defect.CHECK_CHARACTER);
    // check 11 is written 0 and 10 is written X: find a body whose sum is 0 mod 11
    assertThat(Identifiers.organizationCodeCheckChar("00000000")).isEqualTo('0');
    assertThat(Identifiers.organizationCodeDefect("000000000")).isEqualTo(Defect.NONE);
  }

  // --- mobile numbers --------------------------------------------------------------------------

  @Test
  void mobileNumbersBySegment() {
    for (String number :
        new String[] {
          "13800000000", "14700000000", "15000000000", "16200000000", "17000000000",
          "17400000000", "17405999999", "18900000000", "19200000000", "19900000000"
        }) {
      assertThat(Identifiers.mobileNumberDefect(number, false)).as(number).isEqualTo(Defect.NONE);
    }
    // 154, 160, 174 outside 17400-17405, 179, 194 and 1xx below 130 are not mobile segments
    for (String number :
        new String[] {
          "15400000000", "16000000000", "17406000000", "17410000000", "17900000000",
          "19400000000", "12000000000", "10000000000", "23800000000", "14400000000"
        }) {
      assertThat(Identifiers.mobileNumberDefect(number, false)).as(number).isEqualTo(Defect.PREFIX);
    }
  }

  @Test
  void everySegmentAgreesWithTheCarriersAllocations() {
    // The union of the carriers' segments as one expression, except that of 174 only the
    // satellite block 17400-17405 is allocated to phones.
    java.util.regex.Pattern allocated =
        java.util.regex.Pattern.compile(
            "1(3\\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\\d|9[0-35-9])\\d{8}");
    int accepted = 0;
    for (int segment = 100; segment <= 199; segment++) {
      for (String rest : new String[] {"00000000", "05999999", "99999999"}) {
        String number = segment + rest;
        boolean expected =
            allocated.matcher(number).matches()
                && (segment != 174 || number.compareTo("17406") < 0);
        assertThat(Identifiers.isValidMobileNumber(number)).as(number).isEqualTo(expected);
        accepted += expected ? 1 : 0;
      }
    }
    assertThat(accepted).isEqualTo(3 * 55 + 2); // 55 whole segments and two numbers of 174
  }

  @Test
  void mobileNumbersWithCountryCode() {
    for (String number : new String[] {"+8613800000000", "008613800000000", "8613800000000"}) {
      assertThat(Identifiers.mobileNumberDefect(number, true)).as(number).isEqualTo(Defect.NONE);
      assertThat(Identifiers.mobileNumberDefect(number, false))
          .as(number)
          .isEqualTo(Defect.COUNTRY_CODE);
      assertThat(Identifiers.canonicalMobileNumber(number)).isEqualTo("13800000000");
    }
    assertThat(Identifiers.mobileNumberDefect("+86 3800000000", true)).isEqualTo(Defect.CHARACTER);
    assertThat(Identifiers.mobileNumberDefect("+85213800000000", true)).isEqualTo(Defect.LENGTH);
    assertThat(Identifiers.mobileNumberDefect("+8612800000000", true)).isEqualTo(Defect.PREFIX);
    assertThatThrownBy(() -> Identifiers.canonicalMobileNumber("12800000000"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void iotNumbersAndOtherLengthsAreNotMobileNumbers() {
    // 13-digit IoT numbers start with 14x or 10648; neither is a mobile number with any option
    for (String number : new String[] {"1440000000000", "1064800000000", "1380000000", ""}) {
      assertThat(Identifiers.mobileNumberDefect(number, true)).as(number).isEqualTo(Defect.LENGTH);
    }
    assertThat(Identifiers.mobileNumberDefect("1380000000O", false)).isEqualTo(Defect.CHARACTER);
  }

  // --- bank cards ------------------------------------------------------------------------------

  @Test
  void bankCardsByLuhn() {
    for (String card :
        new String[] {"6212260000000001", "6259000000000005", "6228480012345678903"}) {
      assertThat(Identifiers.bankCardDefect(card)).as(card).isEqualTo(Defect.NONE);
      assertThat(Identifiers.isLuhnValid(card)).isTrue();
    }
    assertThat(Identifiers.luhnCheckDigit("622848001234567890")).isEqualTo('3');
    assertThat(Identifiers.luhnCheckDigit("7992739871")).isEqualTo('3'); // the textbook example
    assertThat(Identifiers.bankCardDefect("6212260000000002")).isEqualTo(Defect.CHECK_CHARACTER);
    assertThat(Identifiers.bankCardDefect("621226000000001")).isEqualTo(Defect.LENGTH);
    assertThat(Identifiers.bankCardDefect("62284800123456789030")).isEqualTo(Defect.LENGTH);
    assertThat(Identifiers.bankCardDefect("6212 2600 0000 0001")).isEqualTo(Defect.CHARACTER);
    assertThat(Identifiers.isLuhnValid("0")).isFalse();
    assertThat(Identifiers.isLuhnValid("18")).isTrue();
  }

  // --- division codes --------------------------------------------------------------------------

  @Test
  void divisionCodesByProvince() {
    for (String code : new String[] {"110000", "110101", "440305", "710000", "810000", "820000"}) {
      assertThat(Identifiers.divisionCodeDefect(code)).as(code).isEqualTo(Defect.NONE);
    }
    // no county list: a non-existent county of a known province passes
    assertThat(Identifiers.divisionCodeDefect("119999")).isEqualTo(Defect.NONE);
    assertThat(Identifiers.divisionCodeDefect("100000")).isEqualTo(Defect.PROVINCE);
    assertThat(Identifiers.divisionCodeDefect("830000")).isEqualTo(Defect.PROVINCE);
    assertThat(Identifiers.divisionCodeDefect("11010")).isEqualTo(Defect.LENGTH);
    assertThat(Identifiers.divisionCodeDefect("11010A")).isEqualTo(Defect.CHARACTER);
  }

  // --- passports and travel permits ------------------------------------------------------------

  @Test
  void passportNumbersByType() {
    assertPassport(PassportNumber.Type.ORDINARY, "E12345678", "EA1234567", "G12345678");
    assertPassport(
        PassportNumber.Type.OFFICIAL,
        "DE1234567",
        "SE1234567",
        "PE1234567",
        "D1234567",
        "S12345678",
        "141234567");
    assertPassport(PassportNumber.Type.HONG_KONG_SAR, "K12345678", "KJ1234567");
    assertPassport(PassportNumber.Type.MACAO_SAR, "MA1234567", "MB1234567");
    for (String bad :
        new String[] {
          "E1234567",
          "EI1234567",
          "EO1234567",
          "e12345678",
          "Ｅ12345678",
          "E12345678 ",
          "MC1234567",
          "KA1234567",
          "161234567",
          ""
        }) {
      assertThat(Identifiers.passportNumberDefect(bad, PassportNumber.Type.ANY))
          .as(bad)
          .isEqualTo(Defect.FORMAT);
    }
    assertThat(Identifiers.passportNumberDefect("K12345678", PassportNumber.Type.ORDINARY))
        .isEqualTo(Defect.FORMAT);
  }

  @Test
  void travelPermitsByType() {
    assertPermit(
        TravelPermit.Type.HONG_KONG_MACAO_RESIDENTS, "H12345678", "M12345678", "H1234567801");
    assertPermit(TravelPermit.Type.TAIWAN_RESIDENTS, "12345678", "1234567801");
    assertPermit(TravelPermit.Type.MAINLAND_TO_HONG_KONG_MACAO, "C12345678", "CA1234567");
    assertPermit(TravelPermit.Type.MAINLAND_TO_TAIWAN, "L12345678");
    for (String bad :
        new String[] {
          "H1234567", "H123456780", "CI1234567", "A12345678", "123456789", "L1234567", "h12345678"
        }) {
      assertThat(Identifiers.travelPermitDefect(bad, TravelPermit.Type.ANY))
          .as(bad)
          .isEqualTo(Defect.FORMAT);
    }
    assertThat(Identifiers.travelPermitDefect("H12345678", TravelPermit.Type.MAINLAND_TO_TAIWAN))
        .isEqualTo(Defect.FORMAT);
  }

  private static void assertPassport(PassportNumber.Type type, String... numbers) {
    assertAccepted(Identifiers::passportNumberDefect, type, PassportNumber.Type.ANY, numbers);
  }

  private static void assertPermit(TravelPermit.Type type, String... numbers) {
    assertAccepted(Identifiers::travelPermitDefect, type, TravelPermit.Type.ANY, numbers);
  }

  /** The numbers have the format of {@code type}, and so of "any type". */
  private static <T> void assertAccepted(
      BiFunction<CharSequence, T, Defect> check, T type, T any, String... numbers) {
    for (String n : numbers) {
      assertThat(check.apply(n, type)).as(n).isEqualTo(Defect.NONE);
      assertThat(check.apply(n, any)).as(n).isEqualTo(Defect.NONE);
    }
  }

  // --- null ------------------------------------------------------------------------------------

  @Test
  void predicatesAreFalseForNullAndDefectFunctionsRefuseIt() {
    assertThat(Identifiers.isValidResidentId(null, TODAY)).isFalse();
    assertThat(Identifiers.isValidCreditCode(null)).isFalse();
    assertThat(Identifiers.isValidOrganizationCode(null)).isFalse();
    assertThat(Identifiers.isValidMobileNumber(null)).isFalse();
    assertThat(Identifiers.isValidBankCard(null)).isFalse();
    assertThat(Identifiers.isValidDivisionCode(null)).isFalse();
    assertThat(Identifiers.isLuhnValid(null)).isFalse();
    assertThatThrownBy(() -> Identifiers.residentIdDefect(null, TODAY, NO_EXTRAS))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Identifiers.bankCardDefect(null))
        .isInstanceOf(NullPointerException.class);
  }

  private static Defect defect(String id) {
    return Identifiers.residentIdDefect(id, TODAY, NO_EXTRAS);
  }

  private static Defect defect(String id, Set<ResidentIdKind> accepted) {
    return Identifiers.residentIdDefect(id, TODAY, accepted);
  }

  static String withCheck(String first17) {
    return first17 + Identifiers.residentIdCheckChar(first17);
  }

  static String withCreditCheck(String first17) {
    return first17 + Identifiers.creditCodeCheckChar(first17);
  }
}
