package io.anke.core.validation;

import io.anke.core.internal.CoreMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The check algorithms of Chinese identifiers, as pure functions: no state, no I/O, no clock (the
 * caller passes "today"), no regular expressions and no allocation on the checking path, so that
 * they can sit in hot loops (masking, blind-index normalisation) as well as behind the constraints
 * of this package.
 *
 * <p>Every check reads only ASCII: {@code Character.isDigit} would accept full-width, Arabic-Indic
 * and other Unicode digits, which no Chinese identifier contains; they are {@link
 * Defect#CHARACTER}. Lengths are checked first, so a huge input costs nothing.
 *
 * <ul>
 *   <li>{@code *Defect(value, ...)} say what is wrong ({@link Defect#NONE} when nothing is) and
 *       throw {@link NullPointerException} for {@code null};
 *   <li>{@code isValid*(value)} answer with the defaults of the matching constraint and are {@code
 *       false} for {@code null};
 *   <li>{@code *CheckChar(...)} compute a check character and throw {@link
 *       IllegalArgumentException} when their input is not the payload they expect;
 *   <li>{@code canonical*(value)} give the one spelling of an identifier that has several (for
 *       comparing and indexing); they check only the shape, so validate first.
 * </ul>
 *
 * <p>What is not checked: administrative division codes beyond the province (no county list is
 * bundled, and abolished codes stay valid on old documents), whether a number was ever issued, and
 * the carrier behind a mobile number (numbers move between carriers).
 */
public final class Identifiers {

  // GB/T 2260 province-level codes: the 31 mainland provinces, 71 Taiwan, 81 Hong Kong, 82 Macao.
  private static final boolean[] PROVINCES = new boolean[100];

  // GB 11643: weights 2^(18-i) mod 11 of positions 1..17; the check character by (sum mod 11).
  private static final int[] RESIDENT_ID_WEIGHTS = {
    7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2
  };
  private static final String RESIDENT_ID_CHECK = "10X98765432";
  private static final Set<ResidentIdKind> RESIDENT_ID_DEFAULT_KINDS =
      EnumSet.of(ResidentIdKind.RESIDENCE_PERMIT);

  // GB 32100: 31 characters without I, O, Z, S, V; weights 3^(i-1) mod 31 of positions 1..17.
  private static final String CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] CREDIT_CODE_WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final byte[] CREDIT_CODE_VALUES = new byte[128];
  // Indexed by the registration authority (position 1): the categories (position 2) it assigns.
  private static final String[] CREDIT_CODE_CATEGORIES = new String[128];

  // GB 11714: weights of the 8-character body.
  private static final int[] ORGANIZATION_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  // Mobile segments 130..199 by their last two digits; 174 is special-cased (17400-17405 only).
  private static final boolean[] MOBILE_SEGMENTS = new boolean[100];

  static {
    for (int p : new int[] {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42}) {
      PROVINCES[p] = true;
    }
    for (int p : new int[] {43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82}) {
      PROVINCES[p] = true;
    }

    Arrays.fill(CREDIT_CODE_VALUES, (byte) -1);
    for (int i = 0; i < CREDIT_CODE_ALPHABET.length(); i++) {
      CREDIT_CODE_VALUES[CREDIT_CODE_ALPHABET.charAt(i)] = (byte) i;
    }
    // The registration authorities of GB 32100 and the categories each assigns. Many validators
    // know only 1, 5, 9 and Y; leaving the others out rejects real codes: law firms (31), trade
    // unions (81), places of worship (71), village collectives (N2).
    CREDIT_CODE_CATEGORIES['1'] = "1239"; // 机构编制: 机关, 事业单位, 群众团体, 其他
    CREDIT_CODE_CATEGORIES['2'] = "19"; // 外交: 外国常驻新闻机构, 其他
    CREDIT_CODE_CATEGORIES['3'] = "123459"; // 司法行政: 律所, 公证处, 基层法律服务所, 司法鉴定, 仲裁委, 其他
    CREDIT_CODE_CATEGORIES['4'] = "19"; // 文化: 外国在华文化中心, 其他
    CREDIT_CODE_CATEGORIES['5'] = "1239"; // 民政: 社会团体, 民办非企业单位, 基金会, 其他
    CREDIT_CODE_CATEGORIES['6'] = "129"; // 旅游: 外国及港澳台旅游部门常驻机构, 其他
    CREDIT_CODE_CATEGORIES['7'] = "129"; // 宗教: 宗教活动场所, 宗教院校, 其他
    CREDIT_CODE_CATEGORIES['8'] = "19"; // 工会: 基层工会, 其他
    CREDIT_CODE_CATEGORIES['9'] = "123"; // 工商: 企业, 个体工商户, 农民专业合作社
    CREDIT_CODE_CATEGORIES['A'] = "19"; // 中央军委改革和编制办公室: 军队事业单位, 其他
    CREDIT_CODE_CATEGORIES['N'] = "1239"; // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
    CREDIT_CODE_CATEGORIES['Y'] = "1"; // 其他

    // 1xx segments by original carrier; numbers keep their segment when they change carrier.
    int[][] carriers = {
      // China Mobile (134 includes 1349, China Telecom's satellite block)
      {
        34, 35, 36, 37, 38, 39, 47, 48, 50, 51, 52, 57, 58, 59, 65, 72, 78, 82, 83, 84, 87, 88, 95,
        97, 98
      },
      // China Unicom
      {30, 31, 32, 45, 46, 55, 56, 66, 67, 71, 75, 76, 85, 86, 96},
      // China Telecom (and 17400-17405, see mobileSegment)
      {33, 49, 53, 62, 73, 77, 80, 81, 89, 90, 91, 93, 99},
      // China Broadnet
      {92},
      // 1700-1709: the virtual operators of all three carriers
      {70}
    };
    for (int[] segments : carriers) {
      for (int s : segments) {
        MOBILE_SEGMENTS[s] = true;
      }
    }
  }

  private Identifiers() {}

  // ---------------------------------------------------------------------------------------------
  // Resident identity number (GB 11643) and the numbers that share its layout

  /**
   * The check character of a resident identity number (ISO 7064 MOD 11-2).
   *
   * @param first17 the first 17 digits (address code, birth date, sequence)
   * @return {@code '0'}..{@code '9'} or {@code 'X'}
   * @throws IllegalArgumentException unless {@code first17} is 17 ASCII digits
   */
  public static char residentIdCheckChar(CharSequence first17) {
    requireDigits(first17, 17, "first17");
    return residentIdCheck(first17);
  }

  /**
   * What is wrong with a resident identity number, or a number of the same layout.
   *
   * <p>Checked: length (18, or 15 for a legacy number); ASCII digits with {@code X} or {@code x} as
   * the 18th character; the province (the first two digits, against the known list; the remaining
   * four digits of the address code are not checked, see the class comment); the birth date is a
   * calendar date, not before 1900 and not after {@code today}; the check character; and last,
   * whether a number of its {@link ResidentIdKind}, if it has one, is accepted (an 18-character
   * citizen identity number always is). A residence permit's address code is exactly 810000, 820000
   * or 830000 (83 is not otherwise a province); a foreign permanent resident number begins with 9,
   * and only its check character is verified.
   *
   * @param value the number
   * @param today the date a birth date may not be after
   * @param accepted the kinds besides the citizen identity number that count as valid
   */
  public static Defect residentIdDefect(
      CharSequence value, LocalDate today, Set<ResidentIdKind> accepted) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(accepted, "accepted");
    int n = value.length();
    if (n == 15) {
      if (!digits(value, 0, 15)) {
        return Defect.CHARACTER;
      }
      if (!isProvince(value, 0)) {
        return Defect.PROVINCE;
      }
      Defect date = birthDateDefect(value, 1900 + number(value, 6, 8), 8, today);
      if (date != Defect.NONE) {
        return date;
      }
      return accepted.contains(ResidentIdKind.LEGACY_RESIDENT_ID)
          ? Defect.NONE
          : Defect.LEGACY_NOT_ACCEPTED;
    }
    if (n != 18) {
      return Defect.LENGTH;
    }
    char last = value.charAt(17);
    if (!digits(value, 0, 17) || !(isDigit(last) || last == 'X' || last == 'x')) {
      return Defect.CHARACTER;
    }
    ResidentIdKind kind = residentIdKind(value); // null: a citizen identity number
    if (kind != ResidentIdKind.FOREIGN_PERMANENT_RESIDENT_ID) {
      if (kind == null && !isProvince(value, 0)) {
        return Defect.PROVINCE;
      }
      Defect date = birthDateDefect(value, number(value, 6, 10), 10, today);
      if (date != Defect.NONE) {
        return date;
      }
    }
    if (residentIdCheck(value) != (last == 'x' ? 'X' : last)) {
      return Defect.CHECK_CHARACTER;
    }
    if (kind == null || accepted.contains(kind)) {
      return Defect.NONE;
    }
    return kind == ResidentIdKind.RESIDENCE_PERMIT
        ? Defect.RESIDENCE_PERMIT_NOT_ACCEPTED
        : Defect.FOREIGN_PERMANENT_RESIDENT_NOT_ACCEPTED;
  }

  /**
   * True when {@code value} is a valid 18-character resident identity number or residence permit
   * number of HK/Macao/Taiwan residents (what {@link ResidentId} accepts by default).
   *
   * @see #residentIdDefect
   */
  public static boolean isValidResidentId(CharSequence value, LocalDate today) {
    return value != null
        && residentIdDefect(value, today, RESIDENT_ID_DEFAULT_KINDS) == Defect.NONE;
  }

  /**
   * The 18-character number of a 15-digit legacy number: {@code 19} inserted before the year and
   * the check character appended (GB 11643-1999).
   *
   * @throws IllegalArgumentException unless {@code legacy15} is 15 ASCII digits
   */
  public static String upgradeLegacyResidentId(CharSequence legacy15) {
    requireDigits(legacy15, 15, "legacy15");
    StringBuilder b = new StringBuilder(18);
    b.append(legacy15, 0, 6).append("19").append(legacy15, 6, 15);
    return b.append(residentIdCheck(b)).toString();
  }

  /**
   * The canonical spelling of a resident identity number: 18 characters with an upper-case check
   * character; a 15-digit legacy number is {@linkplain #upgradeLegacyResidentId upgraded}, so that
   * both numbers of one person compare equal.
   *
   * @throws IllegalArgumentException unless {@code value} has the shape of a resident identity
   *     number (15 digits, or 17 digits and a digit or {@code X}/{@code x})
   */
  public static String canonicalResidentId(CharSequence value) {
    if (value.length() == 15) {
      return upgradeLegacyResidentId(value);
    }
    char last = value.length() == 18 ? value.charAt(17) : '?';
    if (!digits(value, 0, 17) || !(isDigit(last) || last == 'X' || last == 'x')) {
      throw new IllegalArgumentException(CoreMessage.ID_NOT_RESIDENT_ID.english());
    }
    StringBuilder b = new StringBuilder(18).append(value, 0, 17);
    return b.append(last == 'x' ? 'X' : last).toString();
  }

  /** The kind of an 18-character number, {@code null} for a citizen identity number. */
  private static ResidentIdKind residentIdKind(CharSequence value) {
    if (value.charAt(0) == '9') {
      return ResidentIdKind.FOREIGN_PERMANENT_RESIDENT_ID;
    }
    boolean permitAddress =
        value.charAt(0) == '8'
            && value.charAt(1) >= '1'
            && value.charAt(1) <= '3'
            && value.charAt(2) == '0'
            && value.charAt(3) == '0'
            && value.charAt(4) == '0'
            && value.charAt(5) == '0';
    return permitAddress ? ResidentIdKind.RESIDENCE_PERMIT : null;
  }

  /** MOD 11-2 over the first 17 characters, which must be ASCII digits. */
  private static char residentIdCheck(CharSequence s) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (s.charAt(i) - '0') * RESIDENT_ID_WEIGHTS[i];
    }
    return RESIDENT_ID_CHECK.charAt(sum % 11);
  }

  /** The birth date at {@code monthAt} (MMDD, ASCII digits) in {@code year}. */
  private static Defect birthDateDefect(CharSequence s, int year, int monthAt, LocalDate today) {
    int month = number(s, monthAt, monthAt + 2);
    int day = number(s, monthAt + 2, monthAt + 4);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      return Defect.BIRTH_DATE;
    }
    if (year < 1900) {
      return Defect.BIRTH_DATE_BEFORE_1900;
    }
    int order = Integer.compare(year, today.getYear());
    if (order == 0) {
      order = Integer.compare(month, today.getMonthValue());
    }
    if (order == 0) {
      order = Integer.compare(day, today.getDayOfMonth());
    }
    return order > 0 ? Defect.BIRTH_DATE_IN_FUTURE : Defect.NONE;
  }

  private static int daysInMonth(int year, int month) {
    if (month == 2) {
      boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
      return leap ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  // ---------------------------------------------------------------------------------------------
  // Unified social credit code (GB 32100)

  /**
   * The check character of a unified social credit code: {@code 31 - (sum mod 31)} over the values
   * of the first 17 characters weighted by {@code 3^(i-1) mod 31}, 31 written as 0.
   *
   * @throws IllegalArgumentException unless {@code first17} is 17 characters of the code's alphabet
   *     ({@code 0-9} and {@code A-Z} without {@code I, O, Z, S, V})
   */
  public static char creditCodeCheckChar(CharSequence first17) {
    if (first17.length() != 17 || !inCreditCodeAlphabet(first17, 17)) {
      throw new IllegalArgumentException(CoreMessage.ID_CREDIT_CODE_BODY.english());
    }
    return creditCodeCheck(first17);
  }

  /**
   * What is wrong with a unified social credit code: length 18; every character in the code's
   * alphabet (upper case only); with {@code knownCodesOnly}, the registration authority (position
   * 1) and the category (position 2) one of the pairs GB 32100 assigns; positions 3 to 8 digits
   * (the division code is not looked up); the check character; and with {@code
   * embeddedOrganizationCode}, the GB 11714 check of the organisation code in positions 9 to 17
   * (not every registrant has one: individual businesses registered before the unified code may
   * carry a different subject code there).
   */
  public static Defect creditCodeDefect(
      CharSequence value, boolean knownCodesOnly, boolean embeddedOrganizationCode) {
    Objects.requireNonNull(value, "value");
    if (value.length() != 18) {
      return Defect.LENGTH;
    }
    if (!inCreditCodeAlphabet(value, 18)) {
      return Defect.CHARACTER;
    }
    if (knownCodesOnly) {
      String categories = CREDIT_CODE_CATEGORIES[value.charAt(0)];
      if (categories == null) {
        return Defect.REGISTRATION_AUTHORITY;
      }
      if (categories.indexOf(value.charAt(1)) < 0) {
        return Defect.CATEGORY;
      }
    }
    if (!digits(value, 2, 8)) {
      return Defect.DIVISION;
    }
    if (creditCodeCheck(value) != value.charAt(17)) {
      return Defect.CHECK_CHARACTER;
    }
    if (embeddedOrganizationCode && organizationCodeCheck(value, 8) != value.charAt(16)) {
      return Defect.EMBEDDED_ORGANIZATION_CODE;
    }
    return Defect.NONE;
  }

  /**
   * True when {@code value} is a valid unified social credit code with known registration authority
   * and category (the defaults of {@link CreditCode}).
   */
  public static boolean isValidCreditCode(CharSequence value) {
    return value != null && creditCodeDefect(value, true, false) == Defect.NONE;
  }

  private static boolean inCreditCodeAlphabet(CharSequence s, int length) {
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c >= 128 || CREDIT_CODE_VALUES[c] < 0) {
        return false;
      }
    }
    return true;
  }

  private static char creditCodeCheck(CharSequence s) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CREDIT_CODE_VALUES[s.charAt(i)] * CREDIT_CODE_WEIGHTS[i];
    }
    return CREDIT_CODE_ALPHABET.charAt((31 - sum % 31) % 31);
  }

  // ---------------------------------------------------------------------------------------------
  // Organisation code (GB 11714)

  /**
   * The check character of an organisation code: {@code 11 - (sum mod 11)} over the body weighted
   * {@code 3 7 9 10 5 8 4 2} (digits 0-9, letters A=10 to Z=35), 10 written {@code X} and 11
   * written {@code 0}.
   *
   * @throws IllegalArgumentException unless {@code body8} is 8 characters of {@code 0-9A-Z}
   */
  public static char organizationCodeCheckChar(CharSequence body8) {
    if (body8.length() != 8 || !organizationCodeBody(body8, 0)) {
      throw new IllegalArgumentException(CoreMessage.ID_ORGANIZATION_CODE_BODY.english());
    }
    return organizationCodeCheck(body8, 0);
  }

  /**
   * What is wrong with an organisation code: 9 characters, or 10 in the printed form {@code
   * XXXXXXXX-X}; a body of {@code 0-9A-Z} (upper case only); a check character of {@code 0-9X} that
   * matches the body.
   */
  public static Defect organizationCodeDefect(CharSequence value) {
    Objects.requireNonNull(value, "value");
    int n = value.length();
    if (n != 9 && n != 10) {
      return Defect.LENGTH;
    }
    char check = value.charAt(n - 1);
    if (!organizationCodeBody(value, 0)
        || (n == 10 && value.charAt(8) != '-')
        || !(isDigit(check) || check == 'X')) {
      return Defect.CHARACTER;
    }
    return organizationCodeCheck(value, 0) == check ? Defect.NONE : Defect.CHECK_CHARACTER;
  }

  /** True when {@code value} is a valid organisation code, with or without the hyphen. */
  public static boolean isValidOrganizationCode(CharSequence value) {
    return value != null && organizationCodeDefect(value) == Defect.NONE;
  }

  /**
   * The canonical spelling of an organisation code: the 9 characters without the hyphen of the
   * printed form.
   *
   * @throws IllegalArgumentException unless {@code value} is 9 characters, or 10 with a hyphen
   *     before the last
   */
  public static String canonicalOrganizationCode(CharSequence value) {
    int n = value.length();
    if (n == 9) {
      return value.toString();
    }
    if (n == 10 && value.charAt(8) == '-') {
      return new StringBuilder(9).append(value, 0, 8).append(value.charAt(9)).toString();
    }
    throw new IllegalArgumentException(CoreMessage.ID_NOT_ORGANIZATION_CODE.english());
  }

  private static boolean organizationCodeBody(CharSequence s, int from) {
    for (int i = from; i < from + 8; i++) {
      char c = s.charAt(i);
      if (!isDigit(c) && !(c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  /** GB 11714 over the 8 characters at {@code from}, which must be {@code 0-9A-Z}. */
  private static char organizationCodeCheck(CharSequence s, int from) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = s.charAt(from + i);
      sum += (isDigit(c) ? c - '0' : c - 'A' + 10) * ORGANIZATION_CODE_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
  }

  // ---------------------------------------------------------------------------------------------
  // Mobile numbers

  /**
   * What is wrong with a mainland mobile number: 11 ASCII digits, optionally after {@code +86},
   * {@code 0086} or {@code 86}; a segment allocated to mobile phones (130-139, 145-149, 150-153,
   * 155-159, 162, 165-167, 170-173, 17400-17405, 175-178, 180-189, 190-193, 195-199); and last,
   * whether a country code is accepted. 13-digit IoT numbers are {@link Defect#LENGTH}.
   */
  public static Defect mobileNumberDefect(CharSequence value, boolean countryCodeAccepted) {
    Objects.requireNonNull(value, "value");
    int start = mobileNumberStart(value);
    if (start < 0) {
      return Defect.LENGTH;
    }
    int n = value.length();
    if (!digits(value, start, n)) {
      return Defect.CHARACTER;
    }
    if (!mobileSegment(value, start)) {
      return Defect.PREFIX;
    }
    return start > 0 && !countryCodeAccepted ? Defect.COUNTRY_CODE : Defect.NONE;
  }

  /** True when {@code value} is a valid 11-digit mainland mobile number without country code. */
  public static boolean isValidMobileNumber(CharSequence value) {
    return value != null && mobileNumberDefect(value, false) == Defect.NONE;
  }

  /**
   * The canonical spelling of a mobile number: its 11 digits, without a country code.
   *
   * @throws IllegalArgumentException unless {@code value} is a valid mobile number, with or without
   *     country code
   */
  public static String canonicalMobileNumber(CharSequence value) {
    if (mobileNumberDefect(value, true) != Defect.NONE) {
      throw new IllegalArgumentException(CoreMessage.ID_NOT_MOBILE_NUMBER.english());
    }
    int start = mobileNumberStart(value);
    return value.subSequence(start, start + 11).toString();
  }

  /** Where the 11 national digits start, or -1 when the length fits no spelling. */
  private static int mobileNumberStart(CharSequence v) {
    switch (v.length()) {
      case 11:
        return 0;
      case 13:
        return v.charAt(0) == '8' && v.charAt(1) == '6' ? 2 : -1;
      case 14:
        return v.charAt(0) == '+' && v.charAt(1) == '8' && v.charAt(2) == '6' ? 3 : -1;
      case 15:
        return v.charAt(0) == '0' && v.charAt(1) == '0' && v.charAt(2) == '8' && v.charAt(3) == '6'
            ? 4
            : -1;
      default:
        return -1;
    }
  }

  private static boolean mobileSegment(CharSequence v, int at) {
    if (v.charAt(at) != '1' || v.charAt(at + 1) < '3') {
      return false;
    }
    int segment = number(v, at + 1, at + 3);
    if (segment == 74) {
      // 174 carries the satellite block 17400-17405 only.
      return v.charAt(at + 3) == '0' && v.charAt(at + 4) <= '5';
    }
    return MOBILE_SEGMENTS[segment];
  }

  // ---------------------------------------------------------------------------------------------
  // Bank card numbers (Luhn)

  /**
   * The Luhn (mod 10) check digit to append to {@code payload}.
   *
   * @throws IllegalArgumentException unless {@code payload} is one or more ASCII digits
   */
  public static char luhnCheckDigit(CharSequence payload) {
    if (payload.length() == 0) {
      throw new IllegalArgumentException(CoreMessage.ID_LUHN_EMPTY.english());
    }
    requireDigits(payload, payload.length(), "payload");
    return (char) ('0' + (10 - luhnSum(payload, true)) % 10);
  }

  /** True when {@code digits} is two or more ASCII digits whose last is their Luhn check digit. */
  public static boolean isLuhnValid(CharSequence digits) {
    return digits != null
        && digits.length() >= 2
        && digits(digits, 0, digits.length())
        && luhnSum(digits, false) == 0;
  }

  /** What is wrong with a bank card number: 16 to 19 ASCII digits with a valid Luhn check digit. */
  public static Defect bankCardDefect(CharSequence value) {
    Objects.requireNonNull(value, "value");
    int n = value.length();
    if (n < 16 || n > 19) {
      return Defect.LENGTH;
    }
    if (!digits(value, 0, n)) {
      return Defect.CHARACTER;
    }
    return luhnSum(value, false) == 0 ? Defect.NONE : Defect.CHECK_CHARACTER;
  }

  /** True when {@code value} is a valid bank card number. */
  public static boolean isValidBankCard(CharSequence value) {
    return value != null && bankCardDefect(value) == Defect.NONE;
  }

  /**
   * The Luhn sum mod 10, doubling every second digit from the right: from the last digit when it is
   * the payload that a check digit will follow, from the one before it when the check digit is
   * present.
   */
  private static int luhnSum(CharSequence s, boolean payloadOnly) {
    int sum = 0;
    boolean doubled = payloadOnly;
    for (int i = s.length() - 1; i >= 0; i--) {
      int d = s.charAt(i) - '0';
      if (doubled) {
        d = d < 5 ? 2 * d : 2 * d - 9;
      }
      sum += d;
      doubled = !doubled;
    }
    return sum % 10;
  }

  // ---------------------------------------------------------------------------------------------
  // Administrative division codes (GB/T 2260)

  /**
   * What is wrong with an administrative division code: six ASCII digits whose first two are a
   * known province. The rest is not checked: no county list is bundled (it changes every year, and
   * abolished codes stay valid on old documents).
   */
  public static Defect divisionCodeDefect(CharSequence value) {
    Objects.requireNonNull(value, "value");
    if (value.length() != 6) {
      return Defect.LENGTH;
    }
    if (!digits(value, 0, 6)) {
      return Defect.CHARACTER;
    }
    return isProvince(value, 0) ? Defect.NONE : Defect.PROVINCE;
  }

  /** True when {@code value} is six digits beginning with a known province code. */
  public static boolean isValidDivisionCode(CharSequence value) {
    return value != null && divisionCodeDefect(value) == Defect.NONE;
  }

  private static boolean isProvince(CharSequence s, int at) {
    return PROVINCES[number(s, at, at + 2)];
  }

  // ---------------------------------------------------------------------------------------------
  // Passports and travel permits: formats only, they carry no check character

  /**
   * What is wrong with a passport number of the given type: {@link Defect#FORMAT} when it has none
   * of that type's formats (see {@link PassportNumber.Type}), else {@link Defect#NONE}.
   */
  public static Defect passportNumberDefect(CharSequence value, PassportNumber.Type type) {
    Objects.requireNonNull(value, "value");
    return isPassportNumber(value, type) ? Defect.NONE : Defect.FORMAT;
  }

  /**
   * What is wrong with a travel permit number of the given type: {@link Defect#FORMAT} when it has
   * none of that type's formats (see {@link TravelPermit.Type}), else {@link Defect#NONE}.
   */
  public static Defect travelPermitDefect(CharSequence value, TravelPermit.Type type) {
    Objects.requireNonNull(value, "value");
    return isTravelPermit(value, type) ? Defect.NONE : Defect.FORMAT;
  }

  private static boolean isPassportNumber(CharSequence v, PassportNumber.Type type) {
    int n = v.length();
    if (n != 8 && n != 9) {
      return false;
    }
    char c0 = v.charAt(0);
    char c1 = v.charAt(1);
    boolean dsp = c0 == 'D' || c0 == 'S' || c0 == 'P';
    return switch (type) {
      // E + 8 digits, then E + series letter + 7 digits; the earlier G + 8 digits.
      case ORDINARY ->
          n == 9
              && ((c0 == 'E' && (digits(v, 1, 9) || (isSeriesLetter(c1) && digits(v, 2, 9))))
                  || (c0 == 'G' && digits(v, 1, 9)));
      // DE/SE/PE + 7 digits; the earlier D/S/P + 7 or 8 digits and 14/15 + 7 digits.
      case OFFICIAL ->
          (n == 9 && dsp && c1 == 'E' && digits(v, 2, 9))
              || (dsp && digits(v, 1, n))
              || (n == 9 && c0 == '1' && (c1 == '4' || c1 == '5') && digits(v, 2, 9));
      case HONG_KONG_SAR ->
          n == 9 && c0 == 'K' && (digits(v, 1, 9) || (c1 == 'J' && digits(v, 2, 9)));
      case MACAO_SAR -> n == 9 && c0 == 'M' && (c1 == 'A' || c1 == 'B') && digits(v, 2, 9);
      case ANY ->
          isPassportNumber(v, PassportNumber.Type.ORDINARY)
              || isPassportNumber(v, PassportNumber.Type.OFFICIAL)
              || isPassportNumber(v, PassportNumber.Type.HONG_KONG_SAR)
              || isPassportNumber(v, PassportNumber.Type.MACAO_SAR);
    };
  }

  private static boolean isTravelPermit(CharSequence v, TravelPermit.Type type) {
    int n = v.length();
    if (n < 8 || n > 11) {
      return false;
    }
    char c0 = v.charAt(0);
    return switch (type) {
      // H (Hong Kong) or M (Macao) + 8 digits, optionally + a 2-digit issue count.
      case HONG_KONG_MACAO_RESIDENTS ->
          (c0 == 'H' || c0 == 'M') && (n == 9 || n == 11) && digits(v, 1, n);
      // 8 digits, optionally + a 2-digit issue count.
      case TAIWAN_RESIDENTS -> (n == 8 || n == 10) && digits(v, 0, n);
      case MAINLAND_TO_HONG_KONG_MACAO ->
          n == 9
              && c0 == 'C'
              && (digits(v, 1, 9) || (isSeriesLetter(v.charAt(1)) && digits(v, 2, 9)));
      case MAINLAND_TO_TAIWAN -> n == 9 && c0 == 'L' && digits(v, 1, 9);
      case ANY ->
          isTravelPermit(v, TravelPermit.Type.HONG_KONG_MACAO_RESIDENTS)
              || isTravelPermit(v, TravelPermit.Type.TAIWAN_RESIDENTS)
              || isTravelPermit(v, TravelPermit.Type.MAINLAND_TO_HONG_KONG_MACAO)
              || isTravelPermit(v, TravelPermit.Type.MAINLAND_TO_TAIWAN);
    };
  }

  /** The letters of a document series: A-Z without I and O, which read as 1 and 0. */
  private static boolean isSeriesLetter(char c) {
    return c >= 'A' && c <= 'Z' && c != 'I' && c != 'O';
  }

  // ---------------------------------------------------------------------------------------------
  // Characters and digits

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** True when the characters from {@code from} (inclusive) to {@code to} are ASCII digits. */
  private static boolean digits(CharSequence s, int from, int to) {
    if (to > s.length()) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The number the ASCII digits from {@code from} to {@code to} spell. */
  private static int number(CharSequence s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (s.charAt(i) - '0');
    }
    return value;
  }

  private static void requireDigits(CharSequence s, int length, String name) {
    if (s.length() != length || !digits(s, 0, length)) {
      throw new IllegalArgumentException(CoreMessage.ID_DIGITS.english(name, length));
    }
  }
}
