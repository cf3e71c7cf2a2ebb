package io.anke.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.anke.core.validation.internal.CreditCodeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated character sequence is a unified social credit code (统一社会信用代码, GB 32100-2015),
 * checked with {@link Identifiers#creditCodeDefect}: 18 characters of {@code 0-9} and {@code A-Z}
 * without {@code I, O, Z, S, V} (upper case only); a registration authority and category that GB
 * 32100 assigns; digits in positions 3 to 8 (the division code is not looked up); the check
 * character (weights {@code 3^(i-1) mod 31}).
 *
 * <p>{@code null} is valid: add {@code @NotNull} where the code is required.
 */
@Documented
@Constraint(validatedBy = CreditCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface CreditCode {
  /**
   * The message when the user gives none: {@code {io.anke.core.validation.CreditCode.message}}.
   * With it, each violation names what is wrong ({@code
   * io.anke.core.validation.CreditCode.<defect>}); a message of the user's own is used as it is.
   */
  String message() default "{io.anke.core.validation.CreditCode.message}";

  /** The validation groups the constraint belongs to. */
  Class<?>[] groups() default {};

  /** Payload for clients of the validation API. */
  Class<? extends Payload>[] payload() default {};

  /**
   * Whether the registration authority (position 1) and category (position 2) must be a pair GB
   * 32100 assigns. Off, any character of the code's alphabet is accepted there, for codes of
   * authorities assigned after this library was released.
   */
  boolean knownCodesOnly() default true;

  /**
   * Whether positions 9 to 17 must pass the check of an organisation code (GB 11714). Off by
   * default: individual businesses registered before the unified code may carry another subject
   * code there.
   */
  boolean embeddedOrganizationCode() default false;
}
