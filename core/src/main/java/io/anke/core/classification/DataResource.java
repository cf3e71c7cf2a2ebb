package io.anke.core.classification;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type whose instances are records of shared data: who owns them and at which protection
 * level (MLPS, GB/T 22239-2019) the system holding them is rated. Its fields are classified with
 * {@link Classified}; {@link Classification#of(Class)} reads both.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DataResource {
  /**
   * The resource name that sharing agreements and audit records use, e.g. {@code resident}; by
   * default the type's simple name with its first letter in lower case.
   */
  String name() default "";

  /** The id of the owning department, e.g. {@code public-security}. */
  String owner();

  /** The MLPS protection level of the system holding the records, 1 to 4; most are rated 3. */
  int level() default 3;
}
