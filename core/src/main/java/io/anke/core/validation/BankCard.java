package io.anke.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.anke.core.validation.internal.BankCardValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated character sequence is a bank card number (UnionPay and other schemes), checked with
 * {@link Identifiers#bankCardDefect}: 16 to 19 ASCII digits whose last is the Luhn check digit,
 * which catches every change of one digit.
 *
 * <p>{@code null} is valid: add {@code @NotNull} where the number is required.
 */
@Documented
@Constraint(validatedBy = BankCardValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface BankCard {
  /**
   * The message when the user gives none: {@code {io.anke.core.validation.BankCard.message}}. With
   * it, each violation names what is wrong ({@code io.anke.core.validation.BankCard.<defect>}); a
   * message of the user's own is used as it is.
   */
  String message() default "{io.anke.core.validation.BankCard.message}";

  /** The validation groups the constraint belongs to. */
  Class<?>[] groups() default {};

  /** Payload for clients of the validation API. */
  Class<? extends Payload>[] payload() default {};
}
