package io.anke.core.validation;

import static io.anke.core.validation.IdentifiersTest.ALL_KINDS;
import static io.anke.core.validation.IdentifiersTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Properties of the check algorithms, against reference implementations written here from the
 * standards' definitions (sums that must be congruent to a constant), not from the tables of {@link
 * Identifiers}.
 *
 * <p>Which single-character substitutions each check is guaranteed to catch, and therefore which
 * ones the substitution properties generate:
 *
 * <ul>
 *   <li>Resident ID (ISO 7064 MOD 11-2): the weights {@code 2^k mod 11} are never 0 mod 11 and a
 *       digit changes by 1 to 9, so the weighted sum changes mod the prime 11: every substitution
 *       of one digit by another in positions 1-17, and of the check character by another of {@code
 *       0-9X}, is caught. ({@code x} for {@code X} is the same value, not a substitution.)
 *   <li>Credit code (GB 32100, mod 31): weights {@code 3^k mod 31} are never 0 mod 31 and values
 *       differ by 1 to 30, so every substitution within the 31-character alphabet is caught.
 *   <li>Organisation code (GB 11714, mod 11): body values run from 0 to 35, so two characters whose
 *       values differ by 11, 22 or 33 ({@code 0}/{@code B}, {@code 1}/{@code C}, {@code A}/{@code
 *       L}, ...) leave the sum unchanged mod 11. Caught: every substitution whose value difference
 *       is not a multiple of 11 (in particular every digit for digit), and every change of the
 *       check character. The others are not, and a property shows it.
 *   <li>Bank card (Luhn): undoubled digits change the sum by the difference, doubled ones by the
 *       difference of the map {@code 0,2,4,6,8,1,3,5,7,9}, which is one-to-one; so every
 *       substitution of one digit by another, anywhere, is caught.
 * </ul>
 */
class IdentifierPropertiesTest {
  private static final String DIGITS = "0123456789";
  private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final String ORGANIZATION_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final List<String> PROVINCES =
      List.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82");

  // --- reference algorithms --------------------------------------------------------------------

  /** ISO 7064 MOD 11-2: the check value c with (sum of a_i * 2^(17-i)) * 2 + c == 1 (mod 11). */
  static char referenceResidentCheck(String first17) {
    BigInteger eleven = BigInteger.valueOf(11);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int weight = BigInteger.TWO.modPow(BigInteger.valueOf(17 - i), eleven).intValue();
      sum += (first17.charAt(i) - '0') * weight;
    }
    for (int c = 0; c <= 10; c++) {
      if ((sum + c) % 11 == 1) {
        return c == 10 ? 'X' : (char) ('0' + c);
      }
    }
    throw new AssertionError();
  }

  /** GB 32100: the value c with (sum of v_i * 3^(i-1)) + c == 0 (mod 31). */
  static char referenceCreditCheck(String first17) {
    BigInteger thirtyOne = BigInteger.valueOf(31);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int weight = BigInteger.valueOf(3).modPow(BigInteger.valueOf(i), thirtyOne).intValue();
      sum += CREDIT_ALPHABET.indexOf(first17.charAt(i)) * weight;
    }
    for (int c = 0; c < 31; c++) {
      if ((sum + c) % 31 == 0) {
        return CREDIT_ALPHABET.charAt(c);
      }
    }
    throw new AssertionError();
  }

  /** GB 11714: the value c in 1..11 with sum + c == 0 (mod 11); 10 written X, 11 written 0. */
  static char referenceOrganizationCheck(String body8) {
    int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += ORGANIZATION_ALPHABET.indexOf(body8.charAt(i)) * weights[i];
    }
    for (int c = 1; c <= 11; c++) {
      if ((sum + c) % 11 == 0) {
        return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
      }
    }
    throw new AssertionError();
  }

  /** Luhn: the digit that makes the sum of digits, every second one doubled, a multiple of 10. */
  static char referenceLuhn(String payload) {
    for (char c = '0'; c <= '9'; c++) {
      String number = payload + c;
      int sum = 0;
      for (int i = 0; i < number.length(); i++) {
        int d = number.charAt(number.length() - 1 - i) - '0';
        int term = i % 2 == 1 ? 2 * d : d;
        sum += term / 10 + term % 10; // the digit sum of the doubled digit
      }
      if (sum % 10 == 0) {
        return c;
      }
    }
    throw new AssertionError();
  }

  // --- generators ------------------------------------------------------------------------------

  private static Arbitrary<String> digits(int n) {
    return Arbitraries.strings().withChars(DIGITS).ofLength(n);
  }

  private static Arbitrary<String> birthDate() {
    long first = LocalDate.of(1900, 1, 1).toEpochDay();
    return Arbitraries.longs()
        .between(first, TODAY.toEpochDay())
        .map(d -> LocalDate.ofEpochDay(d).format(DateTimeFormatter.BASIC_ISO_DATE));
  }

  @Provide
  Arbitrary<String> residentIds() {
    Arbitrary<String> address =
        Combinators.combine(Arbitraries.of(PROVINCES), digits(4)).as((p, r) -> p + r);
    Arbitrary<String> permitAddress = Arbitraries.of("810000", "820000", "830000");
    Arbitrary<String> ordinaryOrPermit =
        Combinators.combine(
                Arbitraries.frequencyOf(
                    Tuple.of(9, address), Tuple.of(1, permitAddress.map(a -> a))),
                birthDate(),
                digits(3))
            .as((a, d, s) -> a + d + s);
    Arbitrary<String> foreignPermanentResident = digits(16).map(s -> "9" + s);
    return Arbitraries.frequencyOf(
            Tuple.of(9, ordinaryOrPermit), Tuple.of(1, foreignPermanentResident))
        .map(first17 -> first17 + referenceResidentCheck(first17));
  }

  @Provide
  Arbitrary<String> legacyResidentIds() {
    Arbitrary<String> date =
        Arbitraries.longs()
            .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(1999, 12, 31).toEpochDay())
            .map(d -> LocalDate.ofEpochDay(d).format(DateTimeFormatter.ofPattern("yyMMdd")));
    return Combinators.combine(Arbitraries.of(PROVINCES), digits(4), date, digits(3))
        .as((p, r, d, s) -> p + r + d + s);
  }

  @Provide
  Arbitrary<String> creditCodes() {
    // registration authority and category pairs of GB 32100
    Arbitrary<String> authorityAndCategory =
        Arbitraries.of(
            "11", "12", "13", "19", "21", "29", "31", "32", "33", "34", "35", "39", "41", "49",
            "51", "52", "53", "59", "61", "62", "69", "71", "72", "79", "81", "89", "91", "92",
            "93", "A1", "A9", "N1", "N2", "N3", "N9", "Y1");
    Arbitrary<String> subject = Arbitraries.strings().withChars(CREDIT_ALPHABET).ofLength(9);
    return Combinators.combine(authorityAndCategory, digits(6), subject)
        .as((a, d, s) -> a + d + s)
        .map(first17 -> first17 + referenceCreditCheck(first17));
  }

  @Provide
  Arbitrary<String> organizationCodes() {
    return Arbitraries.strings()
        .withChars(ORGANIZATION_ALPHABET)
        .ofLength(8)
        .map(body -> body + referenceOrganizationCheck(body));
  }

  @Provide
  Arbitrary<String> bankCards() {
    return Arbitraries.integers()
        .between(13, 16)
        .flatMap(n -> digits(n).map(s -> "62" + s))
        .map(payload -> payload + referenceLuhn(payload));
  }

  // --- every correctly computed number is accepted ---------------------------------------------

  @Property(tries = 2000)
  void acceptsEveryCorrectResidentId(@ForAll("residentIds") String id) {
    assertThat(Identifiers.residentIdDefect(id, TODAY, ALL_KINDS)).isEqualTo(Defect.NONE);
    assertThat(Identifiers.residentIdCheckChar(id.substring(0, 17))).isEqualTo(id.charAt(17));
    String lower = id.substring(0, 17) + Character.toLowerCase(id.charAt(17));
    assertThat(Identifiers.residentIdDefect(lower, TODAY, ALL_KINDS)).isEqualTo(Defect.NONE);
    assertThat(Identifiers.canonicalResidentId(lower)).isEqualTo(id);
  }

  @Property(tries = 500)
  void acceptsEveryLegacyResidentIdAndUpgradesItToAValidOne(
      @ForAll("legacyResidentIds") String legacy) {
    assertThat(
            Identifiers.residentIdDefect(
                legacy, TODAY, EnumSet.of(ResidentIdKind.LEGACY_RESIDENT_ID)))
        .isEqualTo(Defect.NONE);
    String upgraded = Identifiers.upgradeLegacyResidentId(legacy);
    String first17 = legacy.substring(0, 6) + "19" + legacy.substring(6);
    assertThat(upgraded).isEqualTo(first17 + referenceResidentCheck(first17));
    assertThat(Identifiers.isValidResidentId(upgraded, TODAY)).isTrue();
  }

  @Property(tries = 2000)
  void acceptsEveryCorrectCreditCode(@ForAll("creditCodes") String code) {
    assertThat(Identifiers.creditCodeDefect(code, true, false)).isEqualTo(Defect.NONE);
    assertThat(Identifiers.creditCodeCheckChar(code.substring(0, 17))).isEqualTo(code.charAt(17));
  }

  @Property(tries = 2000)
  void acceptsEveryCorrectOrganizationCode(@ForAll("organizationCodes") String code) {
    assertThat(Identifiers.organizationCodeDefect(code)).isEqualTo(Defect.NONE);
    String printed = code.substring(0, 8) + "-" + code.charAt(8);
    assertThat(Identifiers.organizationCodeDefect(printed)).isEqualTo(Defect.NONE);
    assertThat(Identifiers.canonicalOrganizationCode(printed)).isEqualTo(code);
  }

  @Property(tries = 2000)
  void acceptsEveryCorrectBankCard(@ForAll("bankCards") String card) {
    assertThat(Identifiers.bankCardDefect(card)).isEqualTo(Defect.NONE);
    assertThat(Identifiers.luhnCheckDigit(card.substring(0, card.length() - 1)))
        .isEqualTo(card.charAt(card.length() - 1));
  }

  // --- every single substitution the check guarantees to catch is rejected ---------------------

  /** A position and a different character the substitution there puts in, from {@code allowed}. */
  private static Arbitrary<String> substituted(
      Arbitrary<String> valid, java.util.function.BiFunction<String, Integer, String> allowed) {
    return valid.flatMap(
        v ->
            Arbitraries.integers()
                .between(0, v.length() - 1)
                .flatMap(
                    i -> {
                      String chars = allowed.apply(v, i);
                      return Arbitraries.of(toList(chars))
                          .map(c -> v.substring(0, i) + c + v.substring(i + 1));
                    }));
  }

  private static List<Character> toList(String chars) {
    List<Character> out = new ArrayList<>();
    chars.chars().forEach(c -> out.add((char) c));
    return out;
  }

  private static String without(String chars, char c) {
    return chars.replace(String.valueOf(c), "");
  }

  @Provide
  Arbitrary<String> residentIdsWithOneSubstitution() {
    return substituted(
        residentIds(), (v, i) -> without(i == 17 ? DIGITS + "X" : DIGITS, v.charAt(i)));
  }

  @Property(tries = 2000)
  void rejectsEverySingleSubstitutionInAResidentId(
      @ForAll("residentIdsWithOneSubstitution") String id) {
    // with every kind accepted, only the check character (or a now impossible date) can reject
    assertThat(Identifiers.residentIdDefect(id, TODAY, ALL_KINDS)).isNotEqualTo(Defect.NONE);
  }

  @Provide
  Arbitrary<String> creditCodesWithOneSubstitution() {
    return substituted(creditCodes(), (v, i) -> without(CREDIT_ALPHABET, v.charAt(i)));
  }

  @Property(tries = 2000)
  void rejectsEverySingleSubstitutionInACreditCode(
      @ForAll("creditCodesWithOneSubstitution") String code) {
    // any authority and category accepted: only the division's digits or the check can reject
    assertThat(Identifiers.creditCodeDefect(code, false, false)).isNotEqualTo(Defect.NONE);
  }

  @Provide
  Arbitrary<Tuple2<String, Boolean>> organizationCodesWithOneSubstitution() {
    return organizationCodes()
        .flatMap(
            v ->
                Arbitraries.integers()
                    .between(0, 8)
                    .flatMap(
                        i -> {
                          List<Character> chars =
                              toList(
                                  without(
                                      i == 8 ? DIGITS + "X" : ORGANIZATION_ALPHABET, v.charAt(i)));
                          return Arbitraries.of(chars)
                              .map(
                                  c -> {
                                    int difference =
                                        ORGANIZATION_ALPHABET.indexOf(c)
                                            - ORGANIZATION_ALPHABET.indexOf(v.charAt(i));
                                    boolean guaranteed = i == 8 || difference % 11 != 0;
                                    return Tuple.of(
                                        v.substring(0, i) + c + v.substring(i + 1), guaranteed);
                                  });
                        }));
  }

  @Property(tries = 2000)
  void rejectsEverySubstitutionInAnOrganizationCodeThatTheCheckCanSee(
      @ForAll("organizationCodesWithOneSubstitution") Tuple2<String, Boolean> mutation) {
    Defect defect = Identifiers.organizationCodeDefect(mutation.get1());
    if (mutation.get2()) {
      assertThat(defect).isNotEqualTo(Defect.NONE);
    } else {
      // values 11, 22 or 33 apart in the body: invisible to mod 11, the limit of GB 11714
      assertThat(defect).isEqualTo(Defect.NONE);
    }
  }

  @Provide
  Arbitrary<String> bankCardsWithOneSubstitution() {
    return substituted(bankCards(), (v, i) -> without(DIGITS, v.charAt(i)));
  }

  @Property(tries = 2000)
  void rejectsEverySingleDigitSubstitutionInABankCard(
      @ForAll("bankCardsWithOneSubstitution") String card) {
    assertThat(Identifiers.bankCardDefect(card)).isEqualTo(Defect.CHECK_CHARACTER);
  }
}
