package io.anke.scan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.InputException;
import io.anke.core.rule.Text;
import io.anke.scan.config.internal.ParseException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The readers' error messages as exceptions carry them; the bundle rules (both languages, every id
 * used, no literal message) are checked for every module by the samples' ErrorMessagesTest.
 */
class ScanMessageTest {
  @Test
  void readerErrorsReadInBothLanguagesAndKeepTheirEnglish() {
    InputException e =
        new InputException("app.jar", 0, ScanMessage.ARCHIVE_ZIP_BOMB.text(100, 123456, 1000));
    assertThat(e.getMessage())
        .isEqualTo(
            "app.jar: entry expands more than 100 times its compressed size (123456 bytes from"
                + " about 1000): likely a zip bomb");
    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("app.jar: 条目解压后超过压缩大小的 100 倍（约 1000 字节解压出 123456 字节）：很可能是 zip 炸弹");
    // A cause's message is an argument in its own language.
    Text outer = ScanMessage.BOM_CANNOT_READ.text(Text.messageOf(e));
    assertThat(outer.zh()).startsWith("无法读取：app.jar: 条目解压后");
    assertThat(outer.en()).startsWith("cannot read: app.jar: entry expands");
  }

  @Test
  void parseErrorsCarryBothLanguages() {
    ParseException p = new ParseException(3, ScanMessage.CONFIG_ESCAPE_MALFORMED.text());
    assertThat(p.getMessage()).isEqualTo("malformed \\u escape");
    assertThat(p.messageIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("\\u 转义格式错误");
    assertThat(new ParseException(1, "as is").messageIn(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("as is");
  }
}
