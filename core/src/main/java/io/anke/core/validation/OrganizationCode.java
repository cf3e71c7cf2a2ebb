package io.anke.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.anke.core.validation.internal.OrganizationCodeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated character sequence is an organisation code (组织机构代码, GB 11714-1997), checked with
 * {@link Identifiers#organizationCodeDefect}: 8 characters of {@code 0-9A-Z} (upper case only) and
 * a check character of {@code 0-9X}, written together ({@code MA01ABC25}) or in the printed form
 * with a hyphen ({@code 12345678-8}).
 *
 * <p>The check character catches every change of one digit, but not the exchange of two characters
 * whose values differ by 11, 22 or 33 (such as {@code 0} and {@code B}). {@code null} is valid: add
 * {@code @NotNull} where the code is required.
 */
@Documented
@Constraint(validatedBy = OrganizationCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface OrganizationCode {
  /**
   * The message when the user gives none: {@code
   * {io.anke.core.validation.OrganizationCode.message}}. With it, each violation names what is
   * wrong ({@code io.anke.core.validation.OrganizationCode.<defect>}); a message of the user's own
   * is used as it is.
   */
  String message() default "{io.anke.core.validation.OrganizationCode.message}";

  /** The validation groups the constraint belongs to. */
  Class<?>[] groups() default {};

  /** Payload for clients of the validation API. */
  Class<? extends Payload>[] payload() default {};
}
