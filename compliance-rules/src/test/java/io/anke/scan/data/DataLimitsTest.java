package io.anke.scan.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.scan.archive.ArchiveWalker;
import io.anke.testing.SparseFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The size of a class file the data-field collector reads, at its boundary: a class of exactly
 * {@value DataFieldCollector#MAX_CLASS_BYTES} bytes is read, one byte more is left unread and
 * listed as such, never skipped in silence.
 */
class DataLimitsTest {
  @TempDir Path dir;

  /**
   * A real class file padded with zero bytes (which the class reader never reaches) to {@code
   * size}.
   */
  private void classFile(String name, long size) throws IOException {
    byte[] real;
    try (InputStream in = DataLimitsTest.class.getResourceAsStream("DataLimitsTest.class")) {
      real = in.readAllBytes();
    }
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    SparseFiles.sized(Files.write(file, real), size);
  }

  private DataFieldCollector walk() throws IOException {
    DataFieldCollector c = new DataFieldCollector(true);
    ArchiveWalker.withDefaults().walk(dir, "classes", c);
    return c;
  }

  @Test
  void aClassOfExactlyTheLimitIsReadAndOneByteMoreIsListedUnread() throws IOException {
    assertThat(DataFieldCollector.MAX_CLASS_BYTES).isEqualTo(16 << 20);
    classFile("com/x/A.class", DataFieldCollector.MAX_CLASS_BYTES);
    assertThat(walk().unreadable()).isEmpty();

    classFile("com/x/A.class", DataFieldCollector.MAX_CLASS_BYTES + 1L);
    assertThat(walk().unreadable()).containsExactly("classes/com/x/A.class");
  }
}
