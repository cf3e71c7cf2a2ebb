package io.anke.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.anke.core.validation.internal.PassportNumberValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated character sequence has the format of a passport number of the People's Republic of
 * China or of its special administrative regions, checked with {@link
 * Identifiers#passportNumberDefect}. Passports carry no check character in their number, so only
 * the format is checked (see {@link Type}).
 *
 * <p>{@code null} is valid: add {@code @NotNull} where the number is required.
 */
@Documented
@Constraint(validatedBy = PassportNumberValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PassportNumber {
  /**
   * The message when the user gives none: {@code {io.anke.core.validation.PassportNumber.message}}.
   * With it, each violation names what is wrong ({@code
   * io.anke.core.validation.PassportNumber.<defect>}); a message of the user's own is used as it
   * is.
   */
  String message() default "{io.anke.core.validation.PassportNumber.message}";

  /** The validation groups the constraint belongs to. */
  Class<?>[] groups() default {};

  /** Payload for clients of the validation API. */
  Class<? extends Payload>[] payload() default {};

  /** The kind of passport the number must be; {@link Type#ANY} by default. */
  Type type() default Type.ANY;

  /** Kinds of passport, by the formats of their numbers. */
  enum Type {
    /** Any of the kinds below. */
    ANY,
    /**
     * Ordinary passport (普通护照): {@code E} + 8 digits, or {@code E} + a letter other than I and O +
     * 7 digits; the earlier {@code G} + 8 digits.
     */
    ORDINARY,
    /**
     * Diplomatic, service and public-affairs passports (外交、公务、公务普通护照): {@code DE}, {@code SE} or
     * {@code PE} + 7 digits; the earlier {@code D}, {@code S} or {@code P} + 7 or 8 digits and
     * {@code 14} or {@code 15} + 7 digits.
     */
    OFFICIAL,
    /** Passport of the Hong Kong SAR: {@code K} + 8 digits or {@code KJ} + 7 digits. */
    HONG_KONG_SAR,
    /** Passport of the Macao SAR: {@code MA} or {@code MB} + 7 digits. */
    MACAO_SAR
  }
}
