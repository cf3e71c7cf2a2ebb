package io.anke.core.masking.internal;

import io.anke.core.internal.CoreMessage;

/**
 * The rule of the fixed-format identifiers (identity numbers, mobile numbers, bank cards): keep the
 * first {@code prefix} and last {@code suffix} significant characters, hide the rest, and always
 * hide at least {@code minHidden} of them.
 *
 * <p>Separators (white space, {@code - . + ( )} and their full-width forms) are not significant:
 * they stay where they are, so {@code 6212 2600 0000 0001} keeps its grouping. Everything else,
 * letters and digits of any script, emoji, the mask character itself, counts.
 *
 * <p>When the value is too short to keep both ends and still hide {@code minHidden} characters, the
 * ends shrink: the characters that may be shown, {@code max(0, n - minHidden)} of them, are split
 * between the two ends in the ratio {@code prefix : suffix} (the prefix rounded down). A value of
 * {@code minHidden} significant characters or fewer is hidden entirely. So a short value is never
 * shown in full just because it is short.
 *
 * <p>Hiding replaces each hidden code point by one {@code *}: the code-point length is kept, and
 * masking a masked value changes nothing.
 */
public final class KeepEnds {
  /** Identity numbers: first 6, last 4, at least 8 hidden. */
  public static final KeepEnds ID_NUMBER = new KeepEnds(6, 4, 8);

  /** Identity numbers, strict: first 1, last 1, at least 16 hidden. */
  public static final KeepEnds ID_NUMBER_STRICT = new KeepEnds(1, 1, 16);

  /** Bank cards: first 6, last 4, at least 6 hidden. */
  public static final KeepEnds BANK_CARD = new KeepEnds(6, 4, 6);

  /** Mobile numbers (without country code): first 3, last 4, at least 4 hidden. */
  static final KeepEnds MOBILE = new KeepEnds(3, 4, 4);

  private final int prefix;
  private final int suffix;
  private final int minHidden;

  /**
   * @param prefix significant characters kept at the start
   * @param suffix significant characters kept at the end
   * @param minHidden significant characters always hidden
   */
  public KeepEnds(int prefix, int suffix, int minHidden) {
    if (prefix < 0 || suffix < 0 || minHidden < 1) {
      throw new IllegalArgumentException(CoreMessage.MASKING_KEEP_ENDS.english());
    }
    this.prefix = prefix;
    this.suffix = suffix;
    this.minHidden = minHidden;
  }

  /** Applies the rule to {@code value} (not null). */
  public String mask(String value) {
    Units u = Units.of(value);
    int[] significant = significant(u);
    boolean[] hidden = new boolean[u.size()];
    hide(significant, 0, significant.length, hidden);
    return u.render(hidden);
  }

  /**
   * Marks in {@code hidden} the units of {@code significant[from..to)} that this rule hides.
   *
   * @param significant indices of the significant units, in order
   */
  void hide(int[] significant, int from, int to, boolean[] hidden) {
    int n = to - from;
    int keepStart = prefix;
    int keepEnd = suffix;
    if (n < prefix + suffix + minHidden) {
      int shown = Math.max(0, n - minHidden);
      keepStart = prefix + suffix == 0 ? 0 : shown * prefix / (prefix + suffix);
      keepEnd = shown - keepStart;
    }
    for (int k = from + keepStart; k < to - keepEnd; k++) {
      hidden[significant[k]] = true;
    }
  }

  /** Indices of the units that are not separators. */
  static int[] significant(Units u) {
    int[] idx = new int[u.size()];
    int n = 0;
    for (int i = 0; i < u.size(); i++) {
      if (!isSeparator(u.base(i))) {
        idx[n++] = i;
      }
    }
    return java.util.Arrays.copyOf(idx, n);
  }

  /** White space and the punctuation that groups digits: {@code - . + ( )}, ASCII or full-width. */
  static boolean isSeparator(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || isGroupingMark(cp)
        || cp == '+'
        || cp == '('
        || cp == ')'
        || cp == 0xFF0B // full-width plus
        || cp == 0xFF08 // full-width parentheses
        || cp == 0xFF09;
  }

  /** The marks written between groups of digits: hyphens and dashes, the full stop. */
  static boolean isGroupingMark(int cp) {
    return cp == '-'
        || cp == '.'
        || cp == 0x2010 // hyphen
        || cp == 0x2013 // en dash
        || cp == 0xFF0D; // full-width hyphen-minus
  }
}
