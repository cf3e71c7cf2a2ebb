package io.anke.core.masking.internal;

/**
 * Mobile numbers, 3-4-4: {@code 13800138000} becomes {@code 138****8000}. A leading country code
 * {@code 86} or {@code 0086} in front of eleven digits ({@code +86 138 0013 8000}) is not personal
 * and is kept; the eleven digits after it follow the rule. Any other length follows {@link
 * KeepEnds} with the same 3/4 ends and at least four digits hidden.
 */
public final class PhoneMask {
  private PhoneMask() {}

  /** Applies the rule to {@code value} (not null). */
  public static String mask(String value) {
    Units u = Units.of(value);
    int[] significant = KeepEnds.significant(u);
    int from = countryCodeLength(u, significant);
    boolean[] hidden = new boolean[u.size()];
    KeepEnds.MOBILE.hide(significant, from, significant.length, hidden);
    return u.render(hidden);
  }

  /** 2 for {@code 86}, 4 for {@code 0086} in front of eleven more characters, else 0. */
  static int countryCodeLength(Units u, int[] significant) {
    if (significant.length == 13 && startsWith(u, significant, "86")) {
      return 2;
    }
    if (significant.length == 15 && startsWith(u, significant, "0086")) {
      return 4;
    }
    return 0;
  }

  private static boolean startsWith(Units u, int[] significant, String digits) {
    for (int k = 0; k < digits.length(); k++) {
      if (Character.digit(u.base(significant[k]), 10) != digits.charAt(k) - '0') {
        return false;
      }
    }
    return true;
  }
}
