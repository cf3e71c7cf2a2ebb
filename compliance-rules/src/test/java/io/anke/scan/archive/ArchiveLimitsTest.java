package io.anke.scan.archive;

import static io.anke.scan.archive.TestZips.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@link ArchiveLimits} at its boundary: a walk exactly at a limit completes, one entry, byte
 * or level more ends it with an {@link InputException} naming the entry and the limit. The nesting
 * depth's boundary is {@code
 * ArchiveWalkerTest#nestingUpToTheLimitIsWalkedAndOneLevelMoreIsRejected}.
 */
class ArchiveLimitsTest {
  @TempDir Path dir;

  private static byte[] random(int size, int seed) {
    byte[] b = new byte[size];
    new Random(seed).nextBytes(b);
    return b;
  }

  private static ArchiveWalker walker(ArchiveLimits limits) {
    return ArchiveWalker.builder().limits(limits).build();
  }

  @Test
  void defaultsAreTheDocumentedOnes() {
    ArchiveLimits d = ArchiveLimits.DEFAULT;
    assertThat(d.maxDepth()).isEqualTo(8);
    assertThat(d.maxEntries()).isEqualTo(1_000_000);
    assertThat(d.maxTotalBytes()).isEqualTo(4L << 30);
    assertThat(d.maxCompressionRatio()).isEqualTo(100);
    assertThat(d.ratioThresholdBytes()).isEqualTo(1L << 20);
    assertThat(d.maxEntryBytes()).isEqualTo(1L << 30);
    // The constructor without the size of one entry keeps its default.
    assertThat(new ArchiveLimits(8, 1_000_000, 4L << 30, 100, 1L << 20)).isEqualTo(d);
    assertThatThrownBy(() -> d.withMaxEntryBytes(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void entryCountExactlyAtTheLimitIsWalkedAndOneMoreIsRefused() throws IOException {
    byte[] lib = zip().deflated("1", "x").deflated("2", "x").deflated("3", "x").bytes();
    Path jar =
        TestZips.write(dir, "e.jar", zip().deflated("a", "x").stored("lib/l.jar", lib).bytes());
    // a, lib/l.jar, 1, 2, 3: five entries over both levels.
    RecordingVisitor v = new RecordingVisitor();
    walker(ArchiveLimits.DEFAULT.withMaxEntries(5)).walk(jar, "e.jar", v);
    assertThat(v.entries).hasSize(4); // the nested jar is entered, not visited
    assertThatThrownBy(
            () ->
                walker(ArchiveLimits.DEFAULT.withMaxEntries(4))
                    .walk(jar, "e.jar", new RecordingVisitor()))
        .isInstanceOf(InputException.class)
        .hasMessage("e.jar!/lib/l.jar!/3: more than 4 entries in one scan (entry limit)");
  }

  @Test
  void totalBytesExactlyAtTheLimitAreWalkedAndOneMoreIsRefused() throws IOException {
    Path jar =
        TestZips.write(
            dir,
            "t.jar",
            zip().deflated("a.bin", random(600, 1)).deflated("b.bin", random(600, 2)).bytes());
    RecordingVisitor v = new RecordingVisitor();
    walker(ArchiveLimits.DEFAULT.withMaxTotalBytes(1200)).walk(jar, "t.jar", v);
    assertThat(v.contents.get("t.jar!/b.bin")).hasSize(600);
    assertThatThrownBy(
            () ->
                walker(ArchiveLimits.DEFAULT.withMaxTotalBytes(1199))
                    .walk(jar, "t.jar", new RecordingVisitor()))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "t.jar!/b.bin: more than 1199 uncompressed bytes in one scan (total size limit)");
  }

  @Test
  void anEntryOfExactlyTheLimitIsWalkedAndOneByteMoreIsRefusedWhateverItsHeaderSays()
      throws IOException {
    Path jar =
        TestZips.write(
            dir,
            "s.jar",
            zip().stored("small.bin", random(10, 3)).deflated("big.bin", random(1000, 4)).bytes());
    RecordingVisitor v = new RecordingVisitor();
    walker(ArchiveLimits.DEFAULT.withMaxEntryBytes(1000)).walk(jar, "s.jar", v);
    assertThat(v.contents.get("s.jar!/big.bin")).hasSize(1000);

    ArchiveWalker strict = walker(ArchiveLimits.DEFAULT.withMaxEntryBytes(999));
    // Deflated with a data descriptor: the header declares no size, the count is of what inflates.
    assertThatThrownBy(() -> strict.walk(jar, "s.jar", new RecordingVisitor()))
        .isInstanceOf(InputException.class)
        .hasMessage("s.jar!/big.bin: entry larger than 999 uncompressed bytes (entry size limit)")
        .satisfies(
            e ->
                assertThat(((InputException) e).messageIn(Locale.SIMPLIFIED_CHINESE))
                    .isEqualTo("s.jar!/big.bin: 条目解压后超过 999 字节（单个条目大小上限）"));
    // A visitor that reads nothing does not escape it: the walker drains the entry under the limit.
    assertThatThrownBy(() -> strict.walk(jar, "s.jar", (entry, content) -> {}))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("s.jar!/big.bin: entry larger than 999");
  }

  @Test
  void aNestedArchiveIsOneEntryOfItsParent() throws IOException {
    byte[] lib = zip().stored("x.bin", random(100, 5)).bytes();
    Path jar = TestZips.write(dir, "n.jar", zip().stored("lib/l.jar", lib).bytes());
    RecordingVisitor v = new RecordingVisitor();
    walker(ArchiveLimits.DEFAULT.withMaxEntryBytes(lib.length)).walk(jar, "n.jar", v);
    assertThat(v.contents.get("n.jar!/lib/l.jar!/x.bin")).hasSize(100);
    assertThatThrownBy(
            () ->
                walker(ArchiveLimits.DEFAULT.withMaxEntryBytes(lib.length - 1))
                    .walk(jar, "n.jar", new RecordingVisitor()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("n.jar!/lib/l.jar: entry larger than " + (lib.length - 1));
  }

  @Test
  void compressionRatioExactlyAtTheLimitIsWalkedAndOneLessIsRefused() throws IOException {
    // Read through the central directory, the ratio is judged against the entry's declared
    // compressed size: exactly known, so the boundary is exact.
    byte[] zeros = new byte[64 * 1024];
    Path jar = TestZips.write(dir, "r.jar", zip().deflated("zeros.bin", zeros).bytes());
    long compressed;
    try (ZipFile z = new ZipFile(jar.toFile())) {
      compressed = z.getEntry("zeros.bin").getCompressedSize();
    }
    long ratio = zeros.length / compressed;
    assertThat(ratio).isGreaterThan(10);

    RecordingVisitor v = new RecordingVisitor();
    central(ArchiveLimits.DEFAULT.withCompressionRatio(ratio, 4096)).walk(jar, "r.jar", v);
    assertThat(v.contents.get("r.jar!/zeros.bin")).hasSize(zeros.length);
    assertThatThrownBy(
            () ->
                central(ArchiveLimits.DEFAULT.withCompressionRatio(ratio - 1, 4096))
                    .walk(jar, "r.jar", new RecordingVisitor()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(
            "r.jar!/zeros.bin: entry expands more than " + (ratio - 1) + " times")
        .hasMessageContaining("likely a zip bomb");
  }

  @Test
  void anEntryOfExactlyTheRatioThresholdIsNotJudgedByItsRatioAndOneByteMoreIs() throws IOException {
    byte[] zeros = new byte[64 * 1024];
    Path jar = TestZips.write(dir, "r.jar", zip().deflated("zeros.bin", zeros).bytes());
    RecordingVisitor v = new RecordingVisitor();
    central(ArchiveLimits.DEFAULT.withCompressionRatio(1, zeros.length)).walk(jar, "r.jar", v);
    assertThat(v.entries).hasSize(1);
    assertThatThrownBy(
            () ->
                central(ArchiveLimits.DEFAULT.withCompressionRatio(1, zeros.length - 1))
                    .walk(jar, "r.jar", new RecordingVisitor()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("r.jar!/zeros.bin: entry expands more than 1 times");
  }

  private static ArchiveWalker central(ArchiveLimits limits) {
    return ArchiveWalker.builder().limits(limits).centralDirectory(true).build();
  }
}
