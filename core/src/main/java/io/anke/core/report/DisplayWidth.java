package io.anke.core.report;

/**
 * The columns text takes in a terminal, the one place that says it for Anke: a wide East Asian
 * character (CJK ideographs and punctuation, kana, Hangul, full-width forms) takes two columns,
 * every other code point one. The text report wraps by it, and the command line's tables and the
 * Maven plugin's build-log report align their columns by it.
 */
public final class DisplayWidth {
  private DisplayWidth() {}

  /** Columns {@code text} takes in a terminal; {@code text} must not be null. */
  public static int of(String text) {
    int columns = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      columns += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return columns;
  }

  /**
   * True for a code point a terminal shows two columns wide: Hangul Jamo, CJK radicals to Yi,
   * Hangul syllables, CJK compatibility ideographs, vertical and compatibility forms, full-width
   * forms and the supplementary ideographic planes.
   */
  public static boolean isWide(int codePoint) {
    int cp = codePoint;
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  /**
   * {@code text} followed by spaces up to {@code columns} columns, and by at least {@code
   * minimumGap} spaces whatever its width: the cell of a column aligned by display width.
   */
  public static String pad(String text, int columns, int minimumGap) {
    return text + " ".repeat(Math.max(minimumGap, columns - of(text)));
  }
}
