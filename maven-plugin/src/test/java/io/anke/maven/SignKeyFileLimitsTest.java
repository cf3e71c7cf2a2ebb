package io.anke.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.ConfigurationException;
import io.anke.testing.SparseFiles;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signing goal's key and certificate files are bounded like the crypto module's key files. */
class SignKeyFileLimitsTest {
  @TempDir Path dir;

  private File sized(String name, long size) throws Exception {
    return SparseFiles.sized(dir.resolve(name), size).toFile();
  }

  @Test
  void aFileOfExactlyTheLimitIsParsedAndOneByteMoreIsRefusedUnread() throws Exception {
    AtomicInteger parsed = new AtomicInteger(-1);
    File atLimit = sized("at.pem", SignMojo.MAX_KEY_FILE_BYTES);
    Integer before = SignMojo.read(atLimit, b -> parsed.getAndSet(b.length));
    assertThat(before).isEqualTo(-1);
    assertThat(parsed).hasValue((int) SignMojo.MAX_KEY_FILE_BYTES);

    parsed.set(-1);
    File over = sized("over.pem", SignMojo.MAX_KEY_FILE_BYTES + 1);
    assertThatThrownBy(() -> SignMojo.read(over, b -> parsed.getAndSet(b.length)))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> {
              assertThat(e.getMessage()).contains("over.pem", "1048577 bytes", "larger than 1 MiB");
              assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("超过 1 MiB");
            });
    assertThat(parsed).as("the parser never saw the oversized file").hasValue(-1);
  }
}
