package io.anke.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.ConfigurationException;
import io.anke.core.files.YamlLimitsTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The size bound of a catalog file, the one of every configuration file (4 MiB): a catalog of
 * exactly that size is read, one byte more is refused after reading no more than one byte past the
 * bound, even from a stream that never ends.
 */
class CatalogLimitsTest {
  private static final int MAX = 4 << 20;

  /** An empty catalog padded with comment lines to {@code size} bytes. */
  private static InputStream catalog(int size) {
    String text = YamlLimitsTest.paddedWithComments("entries: []\n", size);
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
  }

  /** A stream of {@code #} that never ends, as a device named by mistake. */
  private static final class Endless extends InputStream {
    long served;

    @Override
    public int read() {
      served++;
      return '#';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      Arrays.fill(b, off, off + len, (byte) '#');
      served += len;
      return len;
    }
  }

  @Test
  void aCatalogOfExactlyTheLimitIsReadAndOneByteMoreIsRefused() {
    assertThat(Catalog.read("exact.yaml", catalog(MAX)).entries()).isEmpty();
    assertThatThrownBy(() -> Catalog.read("over.yaml", catalog(MAX + 1)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("over.yaml: file larger than 4 MiB");

    Endless endless = new Endless();
    assertThatThrownBy(() -> Catalog.read("/dev/zero", endless))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("/dev/zero: file larger than 4 MiB");
    assertThat(endless.served).isEqualTo(MAX + 1L);
  }
}
