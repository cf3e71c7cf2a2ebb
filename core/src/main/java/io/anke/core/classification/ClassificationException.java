package io.anke.core.classification;

/**
 * A type's classification annotations contradict each other or the protection level (thrown at the
 * type's first use). The message names the type and the field, in Chinese and English.
 */
public final class ClassificationException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final transient Class<?> type;
  private final String field;

  ClassificationException(Class<?> type, String field, String message) {
    super(message);
    this.type = type;
    this.field = field;
  }

  /** The type whose annotations are wrong. */
  public Class<?> type() {
    return type;
  }

  /** The field concerned, or null when the type's own annotation is wrong. */
  public String field() {
    return field;
  }
}
