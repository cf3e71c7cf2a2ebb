package io.anke.core.masking.internal;

/**
 * A string split into units a reader sees as one character: a code point together with the
 * combining marks, variation selectors, emoji modifiers and zero-width-joiner sequences that follow
 * it. The mask rules keep or hide whole units, so a kept base letter never loses its accent and a
 * hidden one never leaves a mark dangling on the {@code *}; a surrogate pair is one code point and
 * is never split.
 *
 * <p>A hidden unit is written as one {@code *} per code point, so a rule that hides units keeps the
 * code-point length of its input.
 */
public final class Units {
  /** The character that stands for a hidden code point. */
  public static final char MASK = '*';

  private final int[] codePoints;
  // Unit i covers codePoints[bounds[i] .. bounds[i + 1]).
  private final int[] bounds;
  private final int count;

  private Units(int[] codePoints) {
    this.codePoints = codePoints;
    int[] b = new int[codePoints.length + 1];
    int units = 0;
    int i = 0;
    while (i < codePoints.length) {
      b[units++] = i;
      i = unitEnd(codePoints, i);
    }
    b[units] = codePoints.length;
    this.bounds = b;
    this.count = units;
  }

  /** Splits {@code s} (not null) into units. */
  public static Units of(String s) {
    return new Units(s.codePoints().toArray());
  }

  /** Number of units. */
  public int size() {
    return count;
  }

  /** The first code point of unit {@code i}: the one that decides what kind of character it is. */
  public int base(int i) {
    return codePoints[bounds[i]];
  }

  /** Number of code points in unit {@code i}. */
  public int width(int i) {
    return bounds[i + 1] - bounds[i];
  }

  /** Appends unit {@code i} as it is. */
  public void appendKept(StringBuilder out, int i) {
    for (int k = bounds[i]; k < bounds[i + 1]; k++) {
      out.appendCodePoint(codePoints[k]);
    }
  }

  /** Appends one {@link #MASK} for each code point of unit {@code i}. */
  public void appendHidden(StringBuilder out, int i) {
    for (int k = bounds[i]; k < bounds[i + 1]; k++) {
      out.append(MASK);
    }
  }

  /** Writes every unit, hiding those for which {@code hidden[i]} is true. */
  public String render(boolean[] hidden) {
    StringBuilder out = new StringBuilder(codePoints.length + 8);
    for (int i = 0; i < count; i++) {
      if (hidden[i]) {
        appendHidden(out, i);
      } else {
        appendKept(out, i);
      }
    }
    return out.toString();
  }

  /** Units {@code from} (inclusive) to {@code to} (exclusive) as they are. */
  public String text(int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      appendKept(out, i);
    }
    return out.toString();
  }

  private static int unitEnd(int[] cps, int start) {
    int end = start + 1;
    while (end < cps.length) {
      int cp = cps[end];
      if (cp == 0x200D) {
        // A zero-width joiner glues the next code point to this unit (emoji sequences).
        end = Math.min(end + 2, cps.length);
      } else if (extendsUnit(cp)) {
        end++;
      } else {
        break;
      }
    }
    return end;
  }

  private static boolean extendsUnit(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        // Variation selectors are non-spacing marks; skin-tone modifiers are symbols.
        || (cp >= 0x1F3FB && cp <= 0x1F3FF);
  }
}
