package io.anke.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.anke.core.validation.internal.ResidentIdValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated character sequence is a resident identity number (公民身份号码, GB 11643-1999), checked
 * with {@link Identifiers#residentIdDefect}: 18 characters; ASCII digits with {@code X} or {@code
 * x} last; a known province in the first two digits (the other four digits of the address code are
 * not looked up: no county list is bundled); a birth date that is a calendar date, not before 1900
 * and not after today; the ISO 7064 MOD 11-2 check character.
 *
 * <p>"Today" comes from the {@link jakarta.validation.ClockProvider} of the validator, so tests and
 * batch jobs can fix it. {@code null} is valid: add {@code @NotNull} where the number is required.
 * Each defect has its own message (wrong check character, impossible birth date, unknown province,
 * ...), in Chinese and English.
 */
@Documented
@Constraint(validatedBy = ResidentIdValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ResidentId {
  /**
   * The message when the user gives none: {@code {io.anke.core.validation.ResidentId.message}}.
   * With it, each violation names what is wrong ({@code
   * io.anke.core.validation.ResidentId.<defect>}); a message of the user's own is used as it is.
   */
  String message() default "{io.anke.core.validation.ResidentId.message}";

  /** The validation groups the constraint belongs to. */
  Class<?>[] groups() default {};

  /** Payload for clients of the validation API. */
  Class<? extends Payload>[] payload() default {};

  /**
   * Whether 15-digit numbers of first-generation cards (GB 11643-1989: address code, birth date
   * YYMMDD, sequence, no check character) are accepted; their province and birth date are checked.
   * Off by default: those cards are no longer valid documents.
   */
  boolean legacy15() default false;

  /**
   * Whether the residence permit numbers of Hong Kong, Macao and Taiwan residents (港澳台居民居住证,
   * address code 810000, 820000 or 830000) are accepted. On by default: the permits carry a number
   * of the same layout and check, which their holders give for transport, lodging, banking and the
   * other services that ask for an identity number; turn it off where only citizen identity numbers
   * may appear.
   */
  boolean residencePermits() default true;

  /**
   * Whether numbers of the foreign permanent resident ID card of 2023 (外国人永久居留身份证: 18 characters
   * beginning with 9, same check character) are accepted. Off by default: they carry no address
   * code, and only the leading 9 and the check character can be verified.
   */
  boolean foreignPermanentResidents() default false;
}
