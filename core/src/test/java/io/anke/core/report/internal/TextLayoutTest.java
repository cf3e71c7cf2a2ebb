package io.anke.core.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextLayoutTest {

  @Test
  void chineseCharactersTakeTwoColumns() {
    assertThat(TextLayout.width("abc")).isEqualTo(3);
    assertThat(TextLayout.width("改用 SM3")).isEqualTo(8);
    assertThat(TextLayout.width("（）")).isEqualTo(4);
  }

  @Test
  void englishBreaksAtSpacesAndLongWordsStayWhole() {
    assertThat(TextLayout.wrap("one two three four", 9))
        .containsExactly("one two", "three", "four");
    assertThat(TextLayout.wrap("see target/app.jar!/com/x/Foo.class now", 10))
        .containsExactly("see", "target/app.jar!/com/x/Foo.class", "now");
    assertThat(TextLayout.wrap("a   b", 10)).containsExactly("a b");
    assertThat(TextLayout.wrap("", 10)).containsExactly("");
  }

  @Test
  void chineseBreaksBetweenCharactersButNotBeforeClosingOrAfterOpeningMarks() {
    // 10 columns: five characters a line.
    assertThat(TextLayout.wrap("改用国密算法杂凑口令", 10)).containsExactly("改用国密算", "法杂凑口令");
    // "，" may not start a line: it goes with the character before it.
    List<String> lines = TextLayout.wrap("改用国密算，法杂凑口令", 10);
    assertThat(lines).containsExactly("改用国密", "算，法杂凑", "口令");
    // "（" may not end a line: it goes with what it opens.
    assertThat(TextLayout.wrap("改用国密（SM3）", 10)).containsExactly("改用国密", "（SM3）");
    // Mixed text: an English word next to Chinese may break from it, a space is kept.
    assertThat(TextLayout.wrap("使用 MD5 算法", 8)).containsExactly("使用 MD5", "算法");
    for (String line : TextLayout.wrap("改用 SM3（通过 Bouncy Castle 等国密提供者的 MessageDigest）", 12)) {
      assertThat(TextLayout.width(line)).as(line).isLessThanOrEqualTo(16);
      assertThat(line).doesNotStartWith("，").doesNotStartWith("）").doesNotEndWith("（");
    }
  }
}
