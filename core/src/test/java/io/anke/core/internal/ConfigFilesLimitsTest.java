package io.anke.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The size limit of the configuration files Anke reads whole (profiles, waivers, baselines) at its
 * boundary.
 */
class ConfigFilesLimitsTest {
  @TempDir Path dir;

  private Path file(String name, int size) throws IOException {
    byte[] content = new byte[size];
    Arrays.fill(content, (byte) '#');
    return Files.write(dir.resolve(name), content);
  }

  @Test
  void aFileOfExactlyTheLimitIsReadAndOneByteMoreIsRefused() throws IOException {
    assertThat(ConfigFiles.MAX_BYTES).isEqualTo(4 << 20);
    Path exact = file("exact.yaml", ConfigFiles.MAX_BYTES);
    assertThat(ConfigFiles.read(exact, "exact.yaml")).hasSize(ConfigFiles.MAX_BYTES);

    Path over = file("over.yaml", ConfigFiles.MAX_BYTES + 1);
    assertThatThrownBy(() -> ConfigFiles.read(over, "over.yaml"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("over.yaml: file larger than 4 MiB")
        .satisfies(
            e ->
                assertThat(((ConfigurationException) e).messageIn(Locale.SIMPLIFIED_CHINESE))
                    .isEqualTo("over.yaml: 文件超过 4 MiB"));
    // A bundled resource is held to the same bound.
    assertThatThrownBy(() -> ConfigFiles.read(over.toUri().toURL(), "bundled.yaml"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("bundled.yaml: file larger than 4 MiB");
  }
}
