package io.anke.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.anke.core.validation.internal.TravelPermitValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated character sequence has the format of a travel permit number between the mainland,
 * Hong Kong, Macao and Taiwan, checked with {@link Identifiers#travelPermitDefect}. These numbers
 * carry no check character, so only the format is checked (see {@link Type}); one-off permits are
 * not recognised.
 *
 * <p>{@code null} is valid: add {@code @NotNull} where the number is required.
 */
@Documented
@Constraint(validatedBy = TravelPermitValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface TravelPermit {
  /**
   * The message when the user gives none: {@code {io.anke.core.validation.TravelPermit.message}}.
   * With it, each violation names what is wrong ({@code
   * io.anke.core.validation.TravelPermit.<defect>}); a message of the user's own is used as it is.
   */
  String message() default "{io.anke.core.validation.TravelPermit.message}";

  /** The validation groups the constraint belongs to. */
  Class<?>[] groups() default {};

  /** Payload for clients of the validation API. */
  Class<? extends Payload>[] payload() default {};

  /** The permit the number must belong to; {@link Type#ANY} by default. */
  Type type() default Type.ANY;

  /** Travel permits, by the formats of their numbers. */
  enum Type {
    /** Any of the permits below. */
    ANY,
    /**
     * Mainland travel permit for Hong Kong and Macao residents (港澳居民来往内地通行证, the "home-return
     * permit"): {@code H} (Hong Kong) or {@code M} (Macao) + 8 digits, optionally + a 2-digit issue
     * count.
     */
    HONG_KONG_MACAO_RESIDENTS,
    /**
     * Mainland travel permit for Taiwan residents (台湾居民来往大陆通行证): 8 digits, optionally + a 2-digit
     * issue count.
     */
    TAIWAN_RESIDENTS,
    /**
     * Exit-entry permit for travelling to and from Hong Kong and Macao (往来港澳通行证): {@code C} + 8
     * digits, or {@code C} + a letter other than I and O + 7 digits.
     */
    MAINLAND_TO_HONG_KONG_MACAO,
    /** Exit-entry permit for travelling to and from Taiwan (往来台湾通行证): {@code L} + 8 digits. */
    MAINLAND_TO_TAIWAN
  }
}
