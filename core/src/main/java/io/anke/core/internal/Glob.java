package io.anke.core.internal;

/**
 * Glob patterns over ids: {@code *} matches any run of characters (including none), {@code ?}
 * exactly one; everything else is literal. Used for rule ids in profiles and waivers and for
 * subject ids in waivers.
 *
 * <p>Matching walks the pattern and the value once, going back only to the last {@code *} seen: at
 * most length of value times length of pattern steps. A regular expression built from the glob
 * backtracks over every way its {@code .*} can split the value, which a waiver or profile of a few
 * dozen stars turns into hours.
 */
public final class Glob {
  private final String text;
  private final int[] pattern;
  private final boolean ignoreCase;

  private Glob(String text, boolean ignoreCase) {
    this.text = text;
    this.pattern = text.codePoints().toArray();
    this.ignoreCase = ignoreCase;
  }

  /** A case-sensitive glob. */
  public static Glob of(String text) {
    return new Glob(text, false);
  }

  /**
   * A glob that ignores the case of ASCII letters (for rule ids, which are upper-case by
   * convention).
   */
  public static Glob ignoringCase(String text) {
    return new Glob(text, true);
  }

  /** True when the glob has wildcards. */
  public boolean isPattern() {
    return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
  }

  /** True when the whole of {@code value} matches. */
  public boolean matches(String value) {
    if (value == null) {
      return false;
    }
    int[] v = value.codePoints().toArray();
    int p = 0;
    int i = 0;
    int star = -1;
    int resume = 0;
    while (i < v.length) {
      if (p < pattern.length && pattern[p] == '*') {
        star = p++;
        resume = i;
      } else if (p < pattern.length && (pattern[p] == '?' || same(pattern[p], v[i]))) {
        p++;
        i++;
      } else if (star >= 0) {
        // The last star takes one more character; everything after it is tried again.
        p = star + 1;
        i = ++resume;
      } else {
        return false;
      }
    }
    while (p < pattern.length && pattern[p] == '*') {
      p++;
    }
    return p == pattern.length;
  }

  private boolean same(int a, int b) {
    if (a == b) {
      return true;
    }
    // As Pattern.CASE_INSENSITIVE without UNICODE_CASE: ASCII letters only.
    return ignoreCase && a < 128 && b < 128 && Character.toLowerCase(a) == Character.toLowerCase(b);
  }

  @Override
  public String toString() {
    return text;
  }
}
