package io.anke.core.classification;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The data classes of a field (or record component) of a {@link DataResource}: at most one grade
 * ({@link DataClass#CORE}, {@link DataClass#IMPORTANT}, {@link DataClass#GENERAL}; general when
 * none is named) and, for information about a person, {@link DataClass#PERSONAL} or {@link
 * DataClass#SENSITIVE_PERSONAL}. A field without this annotation is general, non-personal data.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Classified {
  /** The classes; e.g. {@code {DataClass.IMPORTANT, DataClass.SENSITIVE_PERSONAL}}. */
  DataClass[] value();

  /**
   * True when the field is stored encrypted (for example with {@code FieldEncryptor}). At level 3
   * and above, sensitive personal information, important and core data must be.
   */
  boolean encrypted() default false;
}
