package io.anke.core.validation;

import static io.anke.core.validation.IdentifierConstraintsTest.VALID;
import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.validation.IdentifierConstraintsTest.Raw;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Input an attacker or a broken client sends is a violation, never an exception and never valid:
 * digits of other scripts (which {@code Character.isDigit} accepts), control characters, lone
 * surrogates, emoji, whitespace, huge strings, and a {@code CharSequence} that claims to be
 * enormous.
 */
class HostileInputTest {
  private static final Validator VALIDATOR =
      IdentifierConstraintsTest.validator(Locale.ENGLISH, Clock.systemDefaultZone());

  /** Every decimal digit of Unicode outside ASCII: full-width, Arabic-Indic, Devanagari, ... */
  static final List<String> FOREIGN_DIGITS =
      IntStream.rangeClosed(0x80, Character.MAX_CODE_POINT)
          .filter(cp -> Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER)
          .mapToObj(Character::toString)
          .toList();

  static final List<String> OTHER_HOSTILE =
      List.of(
          "\u0000",
          "\t",
          "\n",
          " ",
          "\u00a0",
          "\u200b",
          "\u2028",
          "\ufeff",
          "\ud800",
          "\udfff",
          "\ud83d\ude00",
          "Ｘ",
          "ｘ",
          "Ⅹ",
          "\u0301");

  @Test
  void everyForeignDigitIsACharacterDefect() {
    assertThat(FOREIGN_DIGITS).contains("１", "٣", "۳", "३", "𝟙").hasSizeGreaterThan(500);
    for (String d : FOREIGN_DIGITS) {
      assertThat(Character.isDigit(d.codePointAt(0))).isTrue();
      String inResidentId = d.length() == 1 ? "1101051949123100" + d + "X" : null;
      if (inResidentId != null) {
        assertThat(
                Identifiers.residentIdDefect(
                    inResidentId, IdentifiersTest.TODAY, IdentifiersTest.ALL_KINDS))
            .as(d)
            .isEqualTo(Defect.CHARACTER);
        assertThat(Identifiers.bankCardDefect("621226000000000" + d))
            .as(d)
            .isEqualTo(Defect.CHARACTER);
        assertThat(Identifiers.mobileNumberDefect("1380000000" + d, true))
            .as(d)
            .isEqualTo(Defect.CHARACTER);
        assertThat(Identifiers.divisionCodeDefect("11010" + d)).as(d).isEqualTo(Defect.CHARACTER);
        assertThat(Identifiers.organizationCodeDefect("D214356" + d + "X"))
            .as(d)
            .isEqualTo(Defect.CHARACTER);
        assertThat(Identifiers.creditCodeDefect("91110108MA01ABC2" + d + "F", false, false))
            .as(d)
            .isEqualTo(Defect.CHARACTER);
      }
    }
    // all full-width: the same length as a valid number, every character a "digit" to Java
    assertThat(
            Identifiers.residentIdDefect(
                "１１０１０５１９４９１２３１００２Ｘ", IdentifiersTest.TODAY, IdentifiersTest.ALL_KINDS))
        .isEqualTo(Defect.CHARACTER);
    assertThat(
            Identifiers.residentIdDefect(
                "١١٠١٠٥١٩٤٩١٢٣١٠٠٢٠", IdentifiersTest.TODAY, IdentifiersTest.ALL_KINDS))
        .isEqualTo(Defect.CHARACTER);
  }

  @Provide
  Arbitrary<String> hostileCharacters() {
    List<String> all = new ArrayList<>(FOREIGN_DIGITS);
    all.addAll(OTHER_HOSTILE);
    return Arbitraries.of(all);
  }

  @Property(tries = 1000)
  void oneHostileCharacterInAnyValidIdentifierIsOneViolation(
      @ForAll("hostileCharacters") String hostile,
      @ForAll @IntRange(min = 0, max = 7) int field,
      @ForAll @IntRange(min = 0, max = 18) int position) {
    String[] values = values(VALID);
    String valid = values[field];
    int at = position % valid.length();
    values[field] = valid.substring(0, at) + hostile + valid.substring(at + 1);
    Set<ConstraintViolation<Raw>> violations = VALIDATOR.validate(raw(values));
    assertThat(violations).hasSize(1);
    assertThat(violations.iterator().next().getPropertyPath().toString())
        .isEqualTo(Raw.class.getRecordComponents()[field].getName());
  }

  @Property(tries = 300)
  void arbitraryTextNeverThrows(@ForAll String text) {
    // Any string at all: the validator answers (valid or not), it does not throw.
    VALIDATOR.validate(raw(new String[] {text, text, text, text, text, text, text, text}));
  }

  @Test
  void hugeInputIsRejectedByItsLength() {
    String huge = "1".repeat(5_000_000);
    assertThat(
            VALIDATOR.validate(raw(new String[] {huge, huge, huge, huge, huge, huge, huge, huge})))
        .hasSize(8);
    // a CharSequence that claims Integer.MAX_VALUE characters and fails if one is read
    CharSequence enormous =
        new CharSequence() {
          @Override
          public int length() {
            return Integer.MAX_VALUE;
          }

          @Override
          public char charAt(int index) {
            throw new AssertionError("read character " + index);
          }

          @Override
          public CharSequence subSequence(int start, int end) {
            throw new AssertionError("subSequence");
          }

          @Override
          public String toString() {
            throw new AssertionError("toString");
          }
        };
    Raw allEnormous =
        new Raw(enormous, enormous, enormous, enormous, enormous, enormous, enormous, enormous);
    assertThat(VALIDATOR.validate(allEnormous)).hasSize(8);
  }

  private static String[] values(Raw r) {
    return new String[] {
      r.residentId().toString(),
      r.creditCode().toString(),
      r.organizationCode().toString(),
      r.mobile().toString(),
      r.bankCard().toString(),
      r.division().toString(),
      r.passport().toString(),
      r.permit().toString()
    };
  }

  private static Raw raw(String[] v) {
    return new Raw(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
  }
}
