package io.anke.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.InputException;
import io.anke.testing.SparseFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The size bounds of the files a delivery manifest check reads (manifest 64 MiB, signature and
 * trusted key 1 MiB each), at their edges. The files are sparse: they claim their size without
 * taking it on disk, and a file over its bound is refused by its size, unread.
 */
class ManifestLimitsTest {
  @TempDir Path dir;

  private Path sized(String name, long size) throws IOException {
    return SparseFiles.sized(dir.resolve(name), size);
  }

  @Test
  void aTrustedKeyFileOfExactly1MiBIsParsedAndOneByteMoreIsRefusedUnread() throws IOException {
    Path exact = sized("exact.pem", 1 << 20);
    assertThatThrownBy(() -> DeliveryManifest.readTrustedKeys(exact))
        .isInstanceOf(InputException.class)
        .message()
        .doesNotContain("larger than");
    Path over = sized("over.pem", (1 << 20) + 1);
    assertThatThrownBy(() -> DeliveryManifest.readTrustedKeys(over))
        .isInstanceOf(InputException.class)
        .hasMessage(over + ": trusted key file larger than 1 MiB");
  }

  @Test
  void aManifestOver64MiBIsRefusedUnread() throws IOException {
    Path over = sized("delivery.manifest", (64L << 20) + 1);
    assertThatThrownBy(() -> DeliveryManifest.read(over))
        .isInstanceOf(InputException.class)
        .hasMessage(over + ": manifest file larger than 64 MiB");
    assertThat(over.toFile().length()).isEqualTo((64L << 20) + 1);
  }
}
