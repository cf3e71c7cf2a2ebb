package io.anke.core.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A configuration file that cannot be read is named as the caller named it, with the reason. */
class ConfigFilesTest {
  @TempDir Path dir;

  @Test
  void aDirectoryIsReportedByTheNameGivenAndWithoutTheAbsolutePath() throws Exception {
    Path config = Files.createDirectory(dir.resolve("anke.yml"));
    assertThatThrownBy(() -> ConfigFiles.read(config, "anke.yml"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("anke.yml")
        .hasMessageContaining("cannot read: it is a directory")
        .hasMessageNotContaining(dir.toString());
  }
}
