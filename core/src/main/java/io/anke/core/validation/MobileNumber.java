package io.anke.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.anke.core.validation.internal.MobileNumberValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated character sequence is a mainland China mobile number, checked with {@link
 * Identifiers#mobileNumberDefect}: 11 ASCII digits in a segment allocated to mobile phones
 * (including the virtual operators' 170/171/162/165/167 and the satellite blocks 1349 and
 * 17400-17405). 13-digit IoT numbers and fixed-line numbers are rejected. The segment shows the
 * original carrier only: numbers move between carriers.
 *
 * <p>{@code null} is valid: add {@code @NotNull} where the number is required.
 */
@Documented
@Constraint(validatedBy = MobileNumberValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface MobileNumber {
  /**
   * The message when the user gives none: {@code {io.anke.core.validation.MobileNumber.message}}.
   * With it, each violation names what is wrong ({@code
   * io.anke.core.validation.MobileNumber.<defect>}); a message of the user's own is used as it is.
   */
  String message() default "{io.anke.core.validation.MobileNumber.message}";

  /** The validation groups the constraint belongs to. */
  Class<?>[] groups() default {};

  /** Payload for clients of the validation API. */
  Class<? extends Payload>[] payload() default {};

  /**
   * Whether the number may carry the country code: {@code +86}, {@code 0086} or {@code 86} in front
   * of the 11 digits, without spaces. Off by default, so that stored numbers have one spelling;
   * {@link Identifiers#canonicalMobileNumber} removes a country code.
   */
  boolean countryCode() default false;
}
