package io.anke.core.validation;

import static io.anke.core.validation.IdentifiersTest.withCheck;
import static io.anke.core.validation.IdentifiersTest.withCreditCheck;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The constraints run by Hibernate Validator, configured only through the Jakarta Validation API
 * and the locale: options, null, {@code CharSequence} targets, the clock provider, and a message of
 * its own for each defect in Chinese and English.
 */
class IdentifierConstraintsTest {

  /** A form of the kind an application validates: a record with annotated components. */
  record Applicant(
      @NotNull @ResidentId String idNumber,
      @MobileNumber String mobile,
      @BankCard String salaryCard,
      @DivisionCode String householdDivision) {}

  record Company(
      @NotNull @CreditCode String creditCode, @OrganizationCode String organizationCode) {}

  record Registration(
      @CreditCode(knownCodesOnly = false, embeddedOrganizationCode = true) String creditCode) {}

  record Residents(
      @ResidentId(residencePermits = false) String citizenOnly,
      @ResidentId(legacy15 = true, foreignPermanentResidents = true) String anyKind) {}

  record Contact(
      @MobileNumber(countryCode = true) String international, List<@MobileNumber String> others) {}

  record Traveller(
      @PassportNumber String passport,
      @PassportNumber(type = PassportNumber.Type.ORDINARY) String ordinary,
      @PassportNumber(type = PassportNumber.Type.OFFICIAL) String official,
      @PassportNumber(type = PassportNumber.Type.HONG_KONG_SAR) String hongKong,
      @PassportNumber(type = PassportNumber.Type.MACAO_SAR) String macao,
      @TravelPermit String permit,
      @TravelPermit(type = TravelPermit.Type.HONG_KONG_MACAO_RESIDENTS) String homeReturn,
      @TravelPermit(type = TravelPermit.Type.TAIWAN_RESIDENTS) String taiwanResidents,
      @TravelPermit(type = TravelPermit.Type.MAINLAND_TO_HONG_KONG_MACAO) String toHongKongMacao,
      @TravelPermit(type = TravelPermit.Type.MAINLAND_TO_TAIWAN) String toTaiwan) {}

  record Shipment(@ResidentId(message = "请核对收件人身份证号") String consignee) {}

  /** Every constraint on a {@code CharSequence} component. */
  record Raw(
      @ResidentId CharSequence residentId,
      @CreditCode CharSequence creditCode,
      @OrganizationCode CharSequence organizationCode,
      @MobileNumber CharSequence mobile,
      @BankCard CharSequence bankCard,
      @DivisionCode CharSequence division,
      @PassportNumber CharSequence passport,
      @TravelPermit CharSequence permit) {}

  static final Raw VALID =
      new Raw(
          "11010519491231002X",
          "91110108MA01ABC25F",
          "D2143569-X",
          "13800000000",
          "6228480012345678903",
          "440305",
          "EA1234567",
          "H12345678");

  private static final List<ValidatorFactory> FACTORIES = new ArrayList<>();
  private static final Validator ENGLISH = validator(Locale.ENGLISH, Clock.systemDefaultZone());
  private static final Validator CHINESE =
      validator(Locale.SIMPLIFIED_CHINESE, Clock.systemDefaultZone());

  static Validator validator(Locale locale, Clock clock) {
    ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .defaultLocale(locale)
            .clockProvider(() -> clock)
            .buildValidatorFactory();
    FACTORIES.add(factory);
    return factory.getValidator();
  }

  @AfterAll
  static void close() {
    FACTORIES.forEach(ValidatorFactory::close);
  }

  @Test
  void aValidApplicantHasNoViolations() {
    Applicant applicant =
        new Applicant("11010519491231002X", "13800000000", "6212260000000001", "110105");
    assertThat(ENGLISH.validate(applicant)).isEmpty();
  }

  @Test
  void eachViolationSaysWhatIsWrongInEnglishAndChinese() {
    Applicant applicant =
        new Applicant("110101199003071234", "15400000000", "6212260000000002", "110105");
    assertThat(messages(ENGLISH.validate(applicant)))
        .containsExactlyInAnyOrder(
            "idNumber: the check character of the resident identity number does not match the"
                + " other digits",
            "mobile: the number does not begin with a segment allocated to mobile phones",
            "salaryCard: the check digit of the bank card number does not match the other digits"
                + " (Luhn)");
    assertThat(messages(CHINESE.validate(applicant)))
        .containsExactlyInAnyOrder(
            "idNumber: 公民身份号码的校验码与前17位数字不符",
            "mobile: 号码开头不是分配给移动电话的号段",
            "salaryCard: 银行卡号的校验位与其他数字不符（Luhn算法）");

    Applicant impossibleBirthDate = new Applicant("110101199002301233", null, null, null);
    assertThat(messages(CHINESE.validate(impossibleBirthDate)))
        .containsExactly("idNumber: 公民身份号码中的出生日期不存在");
    assertThat(messages(ENGLISH.validate(impossibleBirthDate)))
        .containsExactly("idNumber: the birth date in the resident identity number does not exist");
  }

  /** One input for each message a constraint can give, and the key it must give. */
  static final Object[][] CASES = {
    {Applicant.class, "idNumber", "1101011990030712", "ResidentId.length"},
    {Applicant.class, "idNumber", "11010119900307123Y", "ResidentId.character"},
    {Applicant.class, "idNumber", "830101199003071233", "ResidentId.province"},
    {Applicant.class, "idNumber", "110101199002301233", "ResidentId.birthDate"},
    {Applicant.class, "idNumber", withCheck("11010118991231123"), "ResidentId.birthDateBefore1900"},
    {Applicant.class, "idNumber", withCheck("11010130000101123"), "ResidentId.birthDateInFuture"},
    {Applicant.class, "idNumber", "110101199003071234", "ResidentId.checkCharacter"},
    {Applicant.class, "idNumber", "110105491231002", "ResidentId.legacyNotAccepted"},
    {Residents.class, "citizenOnly", "810000199408230021", "ResidentId.residencePermitNotAccepted"},
    {
      Applicant.class,
      "idNumber",
      withCheck("93315619850101123"),
      "ResidentId.foreignPermanentResidentNotAccepted"
    },
    {Company.class, "creditCode", "91110108MA01ABC25", "CreditCode.length"},
    {Company.class, "creditCode", "91110108MA01ABI25F", "CreditCode.character"},
    {
      Company.class,
      "creditCode",
      withCreditCheck("B1110108MA01ABC25"),
      "CreditCode.registrationAuthority"
    },
    {Company.class, "creditCode", withCreditCheck("94110108MA01ABC25"), "CreditCode.category"},
    {Company.class, "creditCode", withCreditCheck("9111A108MA01ABC25"), "CreditCode.division"},
    {Company.class, "creditCode", "91110108MA01ABC25G", "CreditCode.checkCharacter"},
    {
      Registration.class,
      "creditCode",
      withCreditCheck("91110108MA01ABC26"),
      "CreditCode.embeddedOrganizationCode"
    },
    {Company.class, "organizationCode", "12345678", "OrganizationCode.length"},
    {Company.class, "organizationCode", "d2143569X", "OrganizationCode.character"},
    {Company.class, "organizationCode", "123456789", "OrganizationCode.checkCharacter"},
    {Applicant.class, "mobile", "1440000000000", "MobileNumber.length"},
    {Applicant.class, "mobile", "1380000000O", "MobileNumber.character"},
    {Applicant.class, "mobile", "15400000000", "MobileNumber.prefix"},
    {Applicant.class, "mobile", "+8613800000000", "MobileNumber.countryCode"},
    {Applicant.class, "salaryCard", "621226000000001", "BankCard.length"},
    {Applicant.class, "salaryCard", "6212-2600-0000-01", "BankCard.character"},
    {Applicant.class, "salaryCard", "6212260000000002", "BankCard.checkCharacter"},
    {Applicant.class, "householdDivision", "11010", "DivisionCode.length"},
    {Applicant.class, "householdDivision", "11010A", "DivisionCode.character"},
    {Applicant.class, "householdDivision", "100000", "DivisionCode.province"},
    {Traveller.class, "passport", "E1234567", "PassportNumber.any"},
    {Traveller.class, "ordinary", "K12345678", "PassportNumber.ordinary"},
    {Traveller.class, "official", "E12345678", "PassportNumber.official"},
    {Traveller.class, "hongKong", "E12345678", "PassportNumber.hongKongSar"},
    {Traveller.class, "macao", "E12345678", "PassportNumber.macaoSar"},
    {Traveller.class, "permit", "A12345678", "TravelPermit.any"},
    {Traveller.class, "homeReturn", "C12345678", "TravelPermit.hongKongMacaoResidents"},
    {Traveller.class, "taiwanResidents", "H12345678", "TravelPermit.taiwanResidents"},
    {Traveller.class, "toHongKongMacao", "H12345678", "TravelPermit.mainlandToHongKongMacao"},
    {Traveller.class, "toTaiwan", "H12345678", "TravelPermit.mainlandToTaiwan"},
  };

  @Test
  void everyMessageIsReachableAndResolvesInBothLanguages() {
    Set<String> reached = new java.util.TreeSet<>();
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
      Validator validator = locale == Locale.ENGLISH ? ENGLISH : CHINESE;
      ResourceBundle expected = bundle(locale);
      for (Object[] c : CASES) {
        String key = "io.anke.core.validation." + c[3];
        Set<? extends ConstraintViolation<?>> violations =
            validator.validateValue((Class<?>) c[0], (String) c[1], c[2]);
        assertThat(violations).as("%s %s", c[2], key).hasSize(1);
        ConstraintViolation<?> v = violations.iterator().next();
        assertThat(v.getMessageTemplate()).as(key).isEqualTo("{" + key + "}");
        assertThat(v.getMessage()).as(key).isEqualTo(expected.getString(key)).doesNotContain("{");
        if (locale != Locale.ENGLISH) {
          assertThat(v.getMessage()).as(key).containsPattern("\\p{IsHan}");
        }
        reached.add(key);
      }
    }
    // every specific message of the bundle is reached by a case above
    Set<String> specific =
        bundle(Locale.ENGLISH).keySet().stream()
            .filter(k -> k.startsWith("io.anke.core.validation.") && !k.endsWith(".message"))
            .collect(Collectors.toCollection(java.util.TreeSet::new));
    assertThat(reached).isEqualTo(specific);
  }

  @Test
  void theDefaultMessageOfEveryConstraintIsInTheBundles() throws Exception {
    for (Class<?> constraint :
        List.of(
            ResidentId.class,
            CreditCode.class,
            OrganizationCode.class,
            MobileNumber.class,
            BankCard.class,
            DivisionCode.class,
            PassportNumber.class,
            TravelPermit.class)) {
      String template = (String) constraint.getMethod("message").getDefaultValue();
      String key = "io.anke.core.validation." + constraint.getSimpleName() + ".message";
      assertThat(template).isEqualTo("{" + key + "}");
      assertThat(bundle(Locale.ENGLISH).getString(key)).startsWith("must be a valid");
      assertThat(bundle(Locale.SIMPLIFIED_CHINESE).getString(key)).startsWith("不是有效的");
    }
  }

  @Test
  void aMessageOfTheUsersOwnIsKept() {
    assertThat(messages(ENGLISH.validate(new Shipment("110101199003071234"))))
        .containsExactly("consignee: 请核对收件人身份证号");
  }

  @Test
  void nullIsValidForEveryConstraint() {
    assertThat(ENGLISH.validate(new Raw(null, null, null, null, null, null, null, null))).isEmpty();
    assertThat(messages(ENGLISH.validate(new Applicant(null, null, null, null))))
        .containsExactly("idNumber: must not be null");
  }

  @Test
  void charSequenceTargetsOtherThanString() {
    Raw builders =
        new Raw(
            new StringBuilder(VALID.residentId()),
            new StringBuilder(VALID.creditCode()),
            new StringBuilder(VALID.organizationCode()),
            new StringBuilder(VALID.mobile()),
            new StringBuilder(VALID.bankCard()),
            new StringBuilder(VALID.division()),
            new StringBuilder(VALID.passport()),
            java.nio.CharBuffer.wrap(VALID.permit()));
    assertThat(ENGLISH.validate(builders)).isEmpty();
    assertThat(ENGLISH.validate(VALID)).isEmpty();
  }

  @Test
  void options() {
    Residents residents = new Residents("810000199408230021", "110105491231002");
    assertThat(messages(ENGLISH.validate(residents)))
        .containsExactly(
            "citizenOnly: residence permit numbers of Hong Kong, Macao and Taiwan residents are"
                + " not accepted here");
    assertThat(ENGLISH.validate(new Residents(null, withCheck("93315619850101123")))).isEmpty();
    assertThat(ENGLISH.validate(new Registration(withCreditCheck("B1110108MA01ABC25")))).isEmpty();
    assertThat(ENGLISH.validate(new Contact("008613800000000", List.of("19200000000")))).isEmpty();
    assertThat(messages(ENGLISH.validate(new Contact(null, List.of("8613800000000")))))
        .containsExactly(
            "others[0].<list element>: give the mobile number without country code (+86, 0086 or"
                + " 86)");
  }

  @Test
  void todayComesFromTheClockProvider() {
    Clock midsummer2020 =
        Clock.fixed(Instant.parse("2020-06-15T12:00:00Z"), ZoneId.of("Asia/Shanghai"));
    Validator validator = validator(Locale.ENGLISH, midsummer2020);
    assertThat(validator.validate(new Applicant(withCheck("11010120200615123"), null, null, null)))
        .isEmpty();
    assertThat(
            messages(
                validator.validate(
                    new Applicant(withCheck("11010120200616123"), null, null, null))))
        .containsExactly(
            "idNumber: the birth date in the resident identity number is in the future");
    // today in the clock's zone: 2020-06-15 23:30 UTC is already the 16th in Shanghai
    Clock lateEvening =
        Clock.fixed(Instant.parse("2020-06-15T23:30:00Z"), ZoneId.of("Asia/Shanghai"));
    assertThat(
            validator(Locale.ENGLISH, lateEvening)
                .validate(new Applicant(withCheck("11010120200616123"), null, null, null)))
        .isEmpty();
    assertThat(
            validator(Locale.ENGLISH, lateEvening.withZone(ZoneOffset.UTC))
                .validate(new Applicant(withCheck("11010120200616123"), null, null, null)))
        .hasSize(1);
    // and with the system clock, a number born today is valid, one born tomorrow is not
    LocalDate tomorrow = LocalDate.now().plusDays(1);
    String bornTomorrow =
        withCheck(
            "110101" + tomorrow.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "123");
    assertThat(ENGLISH.validate(new Applicant(bornTomorrow, null, null, null))).hasSize(1);
  }

  static List<String> messages(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream()
        .map(v -> v.getPropertyPath() + ": " + v.getMessage())
        .sorted()
        .toList();
  }

  static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        "ContributorValidationMessages",
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
