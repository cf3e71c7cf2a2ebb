package io.anke.core.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.testing.SparseFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 8 MiB bound on a host file the probe reads: a file of exactly 8 MiB is read, one byte more is
 * left unread and named among the unavailable facts (a probe never fails on a host file).
 */
class HostLimitsTest {
  private static final long MAX = 8L << 20;

  @TempDir Path root;

  /** /proc/cpuinfo with a model name, padded (sparse, zero bytes) to {@code size}. */
  private void cpuinfo(long size) throws IOException {
    Path file = root.resolve("proc/cpuinfo");
    Files.createDirectories(file.getParent());
    Files.write(
        file,
        "processor\t: 0\nmodel name\t: Phytium FT-2000+/64\n".getBytes(StandardCharsets.UTF_8));
    SparseFiles.sized(file, size);
  }

  private HostFacts probe() {
    return new HostProbe(root, Map.of("os.arch", "aarch64", "os.name", "Linux"), null).probe();
  }

  @Test
  void aHostFileOfExactlyTheLimitIsReadAndOneByteMoreIsNamedUnavailable() throws IOException {
    cpuinfo(MAX);
    HostFacts atLimit = probe();
    assertThat(atLimit.cpu().modelName()).isEqualTo("Phytium FT-2000+/64");
    assertThat(atLimit.unavailable()).noneMatch(u -> u.startsWith("/proc/cpuinfo"));

    cpuinfo(MAX + 1);
    HostFacts over = probe();
    assertThat(over.cpu().modelName()).isNull();
    assertThat(over.unavailable()).contains("/proc/cpuinfo (larger than 8 MiB)");
  }
}
