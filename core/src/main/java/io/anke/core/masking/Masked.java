package io.anke.core.masking;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field or record component as personal information that {@link Masker} masks for display,
 * and says how.
 *
 * <pre>{@code
 * record Citizen(
 *     @Masked(MaskStrategy.NAME) String name,
 *     @Masked(MaskStrategy.ID_NUMBER) String idNumber,
 *     @Masked(MaskStrategy.MOBILE) List<String> phones) {}
 * }</pre>
 *
 * <p>On a {@code String} the strategy is applied; on a collection, array, map (its values) or
 * {@code Optional} of strings it is applied to each string. A field of any other type (a number, a
 * date, a nested object) cannot be partly shown and is withheld: the copy holds {@code null}, or
 * zero / {@code false} for a primitive, unless the strategy is {@link MaskStrategy#NONE}, which
 * shows the field as it is. A {@link Masker.Builder#field} setting overrides this annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Masked {
  /** How the value is masked; {@link MaskStrategy#FULL} when not given. */
  MaskStrategy value() default MaskStrategy.FULL;
}
