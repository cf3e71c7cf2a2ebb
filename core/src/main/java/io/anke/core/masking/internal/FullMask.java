package io.anke.core.masking.internal;

/**
 * Everything hidden: any non-empty value becomes the fixed {@value #HIDDEN}, so not even its length
 * is shown. The empty string stays empty (there is nothing to hide).
 */
public final class FullMask {
  static final String HIDDEN = "******";

  private FullMask() {}

  /** Applies the rule to {@code value} (not null). */
  public static String mask(String value) {
    return value.isEmpty() ? value : HIDDEN;
  }
}
