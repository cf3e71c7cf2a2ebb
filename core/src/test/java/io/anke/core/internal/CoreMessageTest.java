package io.anke.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.ConfigurationException;
import io.anke.core.InputException;
import io.anke.core.rule.Text;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Core's error messages as exceptions carry them; the bundle rules (both languages, every id used,
 * no literal message) are checked for every module by the samples' ErrorMessagesTest.
 */
class CoreMessageTest {
  @Test
  void textsAreFormattedInBothLanguagesWithQuotesAndPlainNumbers() {
    Text t = CoreMessage.MANIFEST_DUPLICATE_PATH.text("a/b", 1234);
    assertThat(t.en()).isEqualTo("path 'a/b' is listed twice (first on line 1234)");
    assertThat(t.zh()).isEqualTo("路径“a/b”重复列出（首次出现在第 1234 行）");
    // Without arguments a pattern is formatted too: '' is one apostrophe.
    assertThat(CoreMessage.MANIFEST_PATH_BACKSLASH.text().en())
        .isEqualTo("contains a backslash; manifest paths use '/'");
  }

  @Test
  void locatedExceptionsKeepTheirPrefixInBothLanguagesAndAnEnglishMessage() {
    InputException e = new InputException("m.sm3", 3, CoreMessage.MANIFEST_NOT_UTF8.text());
    assertThat(e.getMessage()).isEqualTo("m.sm3:3: not valid UTF-8");
    assertThat(e.messageIn(Locale.ENGLISH)).isEqualTo("m.sm3:3: not valid UTF-8");
    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("m.sm3:3: 不是有效的 UTF-8 编码");
    ConfigurationException c = new ConfigurationException("w.yaml", 0, "plain");
    assertThat(c.messageIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("w.yaml: plain");
    assertThat(c.getMessage()).isEqualTo("w.yaml: plain");
    assertThat(e.getLocalizedMessage()).isEqualTo(e.messageIn(Locale.getDefault()));
  }

  @Test
  void configurationFileErrorsReadInBothLanguages(@TempDir Path dir) {
    ConfigurationException missing =
        Assertions.assertThrows(
            ConfigurationException.class,
            () -> ConfigFiles.read(dir.resolve("absent.yaml"), "absent.yaml"));
    assertThat(missing.getMessage()).isEqualTo("absent.yaml: no such file");
    assertThat(missing.messageIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("absent.yaml: 文件不存在");
    assertThat(CoreMessage.PROFILE_DEFINED_TWICE.text("x", "a.yaml").en())
        .isEqualTo(
            "profile 'x' is already defined in a.yaml; choose another id and use 'extends: x'");
    assertThat(CoreMessage.CONFIG_FILE_TOO_LARGE.text(ConfigFiles.MAX_BYTES / (1024 * 1024)).en())
        .isEqualTo("file larger than 4 MiB");
  }
}
