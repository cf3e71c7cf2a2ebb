package io.anke.core.masking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.internal.CoreMessage;
import org.junit.jupiter.api.Test;

/**
 * {@link KeepEnds}' arguments and its shrinking of short values, {@link Units}' skin-tone modifiers
 * and {@link NameMask} on values without a name or with leading space.
 */
class KeepEndsAndUnitsBoundaryTest {

  @Test
  void keepEndsAcceptsZeroEndsAndOneHiddenAndRefusesLess() {
    assertThat(new KeepEnds(0, 0, 1).mask("abc")).isEqualTo("***");
    String message = CoreMessage.MASKING_KEEP_ENDS.english();
    assertThatThrownBy(() -> new KeepEnds(-1, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> new KeepEnds(0, -1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> new KeepEnds(0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void shortValuesSplitTheShownCharactersInTheRatioOfTheEnds() {
    // 4 characters, 1 hidden: 3 shown, split 2:2 with the prefix rounded down
    assertThat(new KeepEnds(2, 2, 1).mask("abcd")).isEqualTo("a*cd");
    // 12 digits, 8 hidden: 4 shown, split 6:4 into 2 and 2
    assertThat(KeepEnds.ID_NUMBER.mask("110101123456")).isEqualTo("11********56");
  }

  @Test
  void skinToneModifiersFromFirstToLastBelongToTheirEmoji() {
    // U+1F3FB and U+1F3FF are modifiers: each emoji with its modifier is one unit
    assertThat(new KeepEnds(1, 0, 1).mask("👍🏻👍🏿")).isEqualTo("👍🏻**");
    // U+1F3FA (amphora) and U+1F400 (rat), just outside, are characters of their own
    assertThat(new KeepEnds(1, 0, 1).mask("👍🏺")).isEqualTo("👍*");
    assertThat(new KeepEnds(1, 0, 1).mask("👍🐀")).isEqualTo("👍*");
    assertThat(Units.of("👍🏻👍🏿").size()).isEqualTo(2);
    assertThat(Units.of("👍🏺🐀").size()).isEqualTo(3);
  }

  @Test
  void nameMaskLeavesBlankValuesAndCountsTheSurnameFromItsFirstCharacter() {
    assertThat(NameMask.mask("   ")).isEqualTo("   ");
    // a two-character name after a space is a surname and a given name, not a compound surname
    assertThat(NameMask.mask(" 欧阳")).isEqualTo(" 欧*");
    assertThat(NameMask.mask("欧阳")).isEqualTo("欧*");
  }
}
