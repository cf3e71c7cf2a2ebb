package io.anke.scan.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.scan.config.internal.ParseException;
import io.anke.scan.config.internal.XmlParser;
import io.anke.scan.config.internal.YamlParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits on the configuration files the CONFIG- rules read, at their boundaries: the size of
 * one file and the settings one file may yield. Neither stops a scan: the file is reported as not
 * read, with the reason.
 */
class ConfigLimitsTest {
  @TempDir Path dir;

  @Test
  void aFileOfExactlyTheLimitIsReadAndOneByteMoreIsReportedUnread() throws IOException {
    int max = ConfigFileCollector.MAX_BYTES;
    assertThat(max).isEqualTo(1 << 20);
    Path config = Files.createDirectories(dir.resolve("config"));
    Files.writeString(config.resolve("application.yml"), yaml(max));
    Files.writeString(config.resolve("application-big.yml"), yaml(max + 1));

    List<ConfigFile> files = ConfigFileCollector.collect(dir, "deploy");
    ConfigFile atLimit = file(files, "deploy/config/application.yml");
    assertThat(atLimit.parsed()).isTrue();
    assertThat(atLimit.entries()).extracting(ConfigEntry::key).containsExactly("server.port");
    ConfigFile over = file(files, "deploy/config/application-big.yml");
    assertThat(over.parsed()).isFalse();
    assertThat(over.problem()).isEqualTo("larger than 1 MiB");
    assertThat(over.problemText().messageIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("文件超过 1 MiB");
  }

  /** One setting and comment lines, {@code size} bytes. */
  private static String yaml(int size) {
    StringBuilder b = new StringBuilder(size).append("server.port: 8080\n");
    while (b.length() + 16 <= size) {
      b.append("#xxxxxxxxxxxxxx\n");
    }
    while (b.length() < size) {
      b.append('#');
    }
    return b.toString();
  }

  private static ConfigFile file(List<ConfigFile> files, String path) {
    return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
  }

  /**
   * {@code base} settings repeated by {@code aliases} aliases (cheap to compose, many settings),
   * then {@code extra} plain ones.
   */
  private static String yamlSettings(int base, int aliases, int extra) {
    StringBuilder b = new StringBuilder("base: &b\n");
    for (int i = 0; i < base; i++) {
      b.append("  k").append(i).append(": 1\n");
    }
    for (int i = 0; i < aliases; i++) {
      b.append("a").append(i).append(": *b\n");
    }
    for (int i = 0; i < extra; i++) {
      b.append("e").append(i).append(": 1\n");
    }
    return b.toString();
  }

  @Test
  void aYamlFileYieldsExactlyTheMostSettingsAndOneMoreIsRefusedAtItsLine() throws Exception {
    int max = YamlParser.MAX_ENTRIES;
    // 2,000 settings, then 49 aliases to them: 100,000.
    assertThat(YamlParser.parse(yamlSettings(2000, 49, 0))).hasSize(max);
    String over = yamlSettings(2000, 49, 1);
    assertThatThrownBy(() -> YamlParser.parse(over))
        .isInstanceOf(ParseException.class)
        .hasMessage("more than 100000 settings")
        .satisfies(e -> assertThat(((ParseException) e).line()).isEqualTo(over.split("\n").length));
  }

  @Test
  void aliasesCannotMultiplySettingsPastTheLimit() {
    // Within the loader's 50 aliases: 1,000 settings, 40 aliases to them, 3 aliases to those
    // 40: 161,000 settings from a file of a few kilobytes.
    StringBuilder b = new StringBuilder("base: &b\n");
    for (int i = 0; i < 1000; i++) {
      b.append("  k").append(i).append(": 1\n");
    }
    b.append("mid: &m\n");
    for (int i = 0; i < 40; i++) {
      b.append("  c").append(i).append(": *b\n");
    }
    for (int i = 0; i < 3; i++) {
      b.append("top").append(i).append(": *m\n");
    }
    assertThat(b.length()).isLessThan(20_000);
    assertThatThrownBy(() -> YamlParser.parse(b.toString()))
        .isInstanceOf(ParseException.class)
        .hasMessage("more than 100000 settings");
  }

  private static String xmlSettings(int n) {
    return "<r>" + "<e>1</e>".repeat(n) + "</r>";
  }

  @Test
  void anXmlFileYieldsExactlyTheMostSettingsAndOneMoreIsRefused() throws Exception {
    int max = XmlParser.MAX_ENTRIES;
    assertThat(XmlParser.parse(xmlSettings(max))).hasSize(max);
    assertThatThrownBy(() -> XmlParser.parse(xmlSettings(max + 1)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("more than 100000 settings");
  }
}
