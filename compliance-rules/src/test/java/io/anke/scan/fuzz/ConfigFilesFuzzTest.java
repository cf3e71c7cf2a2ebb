package io.anke.scan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.anke.scan.config.ConfigFile;
import io.anke.scan.config.ConfigFileCollector;

/**
 * The configuration files the {@code CONFIG-} rules judge (properties, YAML, XML, as found inside a
 * delivered archive): as documented, a file that cannot be parsed becomes a file with a problem,
 * never an exception; its problem reads in both languages and it has no entries.
 */
class ConfigFilesFuzzTest {

  @FuzzTest
  void propertiesFile(byte[] data) {
    parse("application.properties", ConfigFile.Format.PROPERTIES, data);
  }

  @FuzzTest
  void yamlFile(byte[] data) {
    parse("application.yml", ConfigFile.Format.YAML, data);
  }

  @FuzzTest
  void xmlFile(byte[] data) {
    parse("server.xml", ConfigFile.Format.XML, data);
  }

  private static void parse(String path, ConfigFile.Format format, byte[] data) {
    ConfigFile file = ConfigFileCollector.parse(path, format, data);
    assertThat(file.path()).isEqualTo(path);
    assertThat(file.format()).isEqualTo(format);
    if (!file.parsed()) {
      assertThat(file.problem()).isNotBlank();
      assertThat(file.problemText().zh()).isNotBlank();
      assertThat(file.entries()).isEmpty();
    }
  }
}
