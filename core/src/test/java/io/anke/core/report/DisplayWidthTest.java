package io.anke.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

  @Test
  void asciiTakesOneColumnACharacter() {
    assertThat(DisplayWidth.of("")).isZero();
    assertThat(DisplayWidth.of("key-id")).isEqualTo(6);
  }

  @Test
  void eastAsianWideCharactersTakeTwo() {
    assertThat(DisplayWidth.of("状态")).isEqualTo(4);
    assertThat(DisplayWidth.of("改用 SM3")).isEqualTo(8);
    assertThat(DisplayWidth.of("（，）")).isEqualTo(6); // full-width punctuation
    assertThat(DisplayWidth.of("かな")).isEqualTo(4); // kana
    assertThat(DisplayWidth.of("한글")).isEqualTo(4); // Hangul syllables
    assertThat(DisplayWidth.of("\u3000")).isEqualTo(2); // ideographic space
  }

  @Test
  void supplementaryIdeographsAreOneCharacterOfTwoColumns() {
    String extensionB = new String(Character.toChars(0x20000));
    assertThat(extensionB).hasSize(2);
    assertThat(DisplayWidth.of(extensionB)).isEqualTo(2);
  }

  @Test
  void narrowNonLatinLettersTakeOne() {
    assertThat(DisplayWidth.of("é")).isEqualTo(1);
    assertThat(DisplayWidth.of("αβ")).isEqualTo(2);
    assertThat(DisplayWidth.of("ｱ")).isEqualTo(1); // half-width katakana
  }

  @Test
  void padFillsToTheColumnAndKeepsAGap() {
    assertThat(DisplayWidth.pad("ID", 6, 1)).isEqualTo("ID    ");
    assertThat(DisplayWidth.pad("状态", 6, 1)).isEqualTo("状态  ");
    assertThat(DisplayWidth.pad("已启用的", 6, 1)).isEqualTo("已启用的 ");
    assertThat(DisplayWidth.pad("", 0, 2)).isEqualTo("  ");
  }
}
