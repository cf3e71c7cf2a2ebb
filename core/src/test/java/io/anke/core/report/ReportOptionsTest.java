package io.anke.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.report.internal.ToolVersion;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Report options: the width from {@code COLUMNS}, the language switch and the defaults. */
class ReportOptionsTest {

  @Test
  void theWidthForStandardOutputIsColumnsClampedToTheMinimumAndTheDefault() {
    assertThat(ReportOptions.widthFor(null)).isEqualTo(ReportOptions.DEFAULT_WIDTH);
    assertThat(ReportOptions.widthFor("80")).isEqualTo(80);
    assertThat(ReportOptions.widthFor(" 72\n")).isEqualTo(72);
    assertThat(ReportOptions.widthFor("40")).isEqualTo(40);
    assertThat(ReportOptions.widthFor("39")).isEqualTo(40);
    assertThat(ReportOptions.widthFor("100")).isEqualTo(100);
    assertThat(ReportOptions.widthFor("101")).isEqualTo(100);
    // Not a number: the default.
    assertThat(ReportOptions.widthFor("")).isEqualTo(100);
    assertThat(ReportOptions.widthFor("wide")).isEqualTo(100);
    // Whatever this JVM's COLUMNS says, the width is the one widthFor gives for it.
    assertThat(ReportOptions.widthForStandardOutput())
        .isEqualTo(ReportOptions.widthFor(System.getenv("COLUMNS")))
        .isBetween(ReportOptions.MIN_WIDTH, ReportOptions.DEFAULT_WIDTH);
  }

  @Test
  void standardOutputIsNotColouredWhenItIsNotATerminal() {
    // Test JVMs write to a pipe, never to a terminal.
    assertThat(ReportOptions.colorForStandardOutput()).isFalse();
  }

  @Test
  void withLocaleChangesTheLanguageOnly() {
    ReportOptions o = new ReportOptions(Locale.ENGLISH, "1.2.3", true, 60);
    assertThat(o.withLocale(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo(new ReportOptions(Locale.SIMPLIFIED_CHINESE, "1.2.3", true, 60));
    assertThatThrownBy(() -> o.withLocale(null)).isInstanceOf(NullPointerException.class);
    ReportOptions d = ReportOptions.defaults();
    assertThat(d.toolVersion()).isEqualTo(ToolVersion.get()).isNotBlank();
    assertThat(d.width()).isEqualTo(ReportOptions.DEFAULT_WIDTH);
    assertThat(d.color()).isFalse();
  }
}
