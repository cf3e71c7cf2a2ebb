package io.anke.crypto.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.testing.SparseFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 1 MiB bound on the key and certificate files {@link FileKeyProvider} reads: a file of exactly
 * 1 MiB reaches the parser, one byte more is refused by its size before it is read.
 */
class KeyFileLimitsTest {
  @TempDir Path dir;

  private Path sized(String name, long size) throws IOException {
    return SparseFiles.sized(dir.resolve(name), size);
  }

  @Test
  void aFileOfExactly1MiBIsParsedAndOneByteMoreIsRefusedUnread() throws IOException {
    Path exact = sized("exact.pem", 1 << 20);
    assertThatThrownBy(() -> FileKeyProvider.readCertificates(exact))
        .isInstanceOf(KeyProviderException.class)
        .message()
        .doesNotContain("larger than 1 MiB");
    assertThatThrownBy(() -> FileKeyProvider.readSm2PrivateKey(exact))
        .isInstanceOf(KeyProviderException.class)
        .message()
        .doesNotContain("larger than 1 MiB");

    Path over = sized("over.pem", (1 << 20) + 1);
    assertThatThrownBy(() -> FileKeyProvider.readCertificates(over))
        .isInstanceOf(KeyProviderException.class)
        .hasMessageEndingWith(over + ": larger than 1 MiB, not a key file");
    assertThatThrownBy(() -> FileKeyProvider.readSm2PrivateKey(over))
        .isInstanceOf(KeyProviderException.class)
        .hasMessageEndingWith(over + ": larger than 1 MiB, not a key file");
    assertThat(over.toFile().length()).isEqualTo((1 << 20) + 1);
  }
}
