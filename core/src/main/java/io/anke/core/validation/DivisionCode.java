package io.anke.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.anke.core.validation.internal.DivisionCodeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated character sequence is an administrative division code (行政区划代码, GB/T 2260), checked
 * with {@link Identifiers#divisionCodeDefect}: six ASCII digits beginning with a known province
 * (the 31 mainland provinces, 71 Taiwan, 81 Hong Kong, 82 Macao).
 *
 * <p>Only the province is checked. No list of prefectures and counties is bundled: it changes every
 * year, and codes abolished since remain valid on older documents, so a code such as {@code 119999}
 * passes. {@code null} is valid: add {@code @NotNull} where the code is required.
 */
@Documented
@Constraint(validatedBy = DivisionCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface DivisionCode {
  /**
   * The message when the user gives none: {@code {io.anke.core.validation.DivisionCode.message}}.
   * With it, each violation names what is wrong ({@code
   * io.anke.core.validation.DivisionCode.<defect>}); a message of the user's own is used as it is.
   */
  String message() default "{io.anke.core.validation.DivisionCode.message}";

  /** The validation groups the constraint belongs to. */
  Class<?>[] groups() default {};

  /** Payload for clients of the validation API. */
  Class<? extends Payload>[] payload() default {};
}
