package io.anke.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each wide range of {@link DisplayWidth#isWide}: its first and last code point, one past each. */
class DisplayWidthBoundariesTest {
  /** First and last code point of every range the documentation names. */
  static final int[][] WIDE = {
    {0x1100, 0x115F}, // Hangul Jamo
    {0x2E80, 0xA4CF}, // CJK radicals to Yi
    {0xAC00, 0xD7A3}, // Hangul syllables
    {0xF900, 0xFAFF}, // CJK compatibility ideographs
    {0xFE30, 0xFE4F}, // vertical and compatibility forms
    {0xFF00, 0xFF60}, // full-width forms
    {0xFFE0, 0xFFE6}, // full-width signs
    {0x20000, 0x3FFFD}, // supplementary ideographic planes
  };

  @Test
  void everyRangeIsWideFromItsFirstToItsLastCodePointAndNoFurther() {
    for (int[] range : WIDE) {
      String name = Integer.toHexString(range[0]) + ".." + Integer.toHexString(range[1]);
      assertThat(DisplayWidth.isWide(range[0] - 1)).as("before " + name).isFalse();
      assertThat(DisplayWidth.isWide(range[0])).as("first of " + name).isTrue();
      assertThat(DisplayWidth.isWide(range[1])).as("last of " + name).isTrue();
      assertThat(DisplayWidth.isWide(range[1] + 1)).as("after " + name).isFalse();
    }
  }

  @Test
  void theWidthOfTextCountsTwoForEachWideCodePointAtTheEdges() {
    // U+115F and U+1160: the last Hangul Jamo that is wide, and the first that is not.
    assertThat(DisplayWidth.of("\u115F\u1160")).isEqualTo(3);
    // U+FF60 (full-width right white parenthesis) is wide, U+FF61 (half-width full stop) is not.
    assertThat(DisplayWidth.of("\uFF60\uFF61")).isEqualTo(3);
    assertThat(DisplayWidth.of(new String(Character.toChars(0x3FFFD)))).isEqualTo(2);
    assertThat(DisplayWidth.of(new String(Character.toChars(0x3FFFE)))).isEqualTo(1);
  }
}
