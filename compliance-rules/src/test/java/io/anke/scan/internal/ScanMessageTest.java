package io.anke.scan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.InputException;
import io.anke.core.rule.Text;
import io.anke.scan.bom.internal.InventoryReader;
import io.anke.scan.config.internal.ParseException;
import io.anke.scan.config.internal.YamlParser;
import java.nio.charset.StandardCharsets;
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

  @Test
  void inventoryErrorsNameTheFormatInTheReadersLanguage() {
    byte[] csv =
        "category,vendor,model,quantity\nswitch,Acme,S1,two\n".getBytes(StandardCharsets.UTF_8);
    InputException e = catchInput(() -> InventoryReader.readCsv("inv.csv", csv));
    assertThat(e.getMessage())
        .isEqualTo("inv.csv:2: inventory CSV: quantity (数量) 'two' is not a positive integer");
    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("inv.csv:2: 设备清单 CSV：数量“two”不是正整数");
    byte[] yaml = "items: one\n".getBytes(StandardCharsets.UTF_8);
    InputException y = catchInput(() -> InventoryReader.readYaml("inv.yaml", yaml));
    assertThat(y.getMessage()).isEqualTo("inv.yaml:1: inventory YAML: 'items' must be a list");
    assertThat(y.messageIn(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("inv.yaml:1: 设备清单 YAML：“items”必须是列表");
  }

  @Test
  void configYamlErrorsCarryBothLanguages() throws Exception {
    ParseException p =
        org.junit.jupiter.api.Assertions.assertThrows(
            ParseException.class, () -> YamlParser.parse("a: &x [*x]\n"));
    assertThat(p.getMessage()).isEqualTo("recursive YAML alias");
    assertThat(p.messageIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("YAML 别名递归引用了自身");
  }

  private static InputException catchInput(Runnable r) {
    return org.junit.jupiter.api.Assertions.assertThrows(InputException.class, r::run);
  }
}
