package io.anke.scan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.anke.core.InputException;
import io.anke.scan.archive.ArchiveEntry;
import io.anke.scan.archive.ArchiveLimits;
import io.anke.scan.archive.ArchiveVisitor;
import io.anke.scan.archive.ArchiveWalker;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * The archive walker on hostile zips, nested ones included, in its three ways of reading: a stream,
 * a file streamed entry by entry (checked against its central directory), and a file read through
 * its central directory. Any bytes end in a walk or in an {@link InputException} naming the target
 * (or an {@link java.io.IOException}, as documented); the walk keeps its limits (no entry deeper
 * than the nesting limit, no more bytes than the total), enters and leaves containers in pairs, and
 * every entry whose size its archive declares streams exactly that many bytes. The total is lowered
 * to 64 MiB so that a fuzzing run spends its time on structure, not on inflating.
 */
class ArchiveWalkerFuzzTest {
  private static final String NAME = "app.jar";
  private static final ArchiveLimits LIMITS = ArchiveLimits.DEFAULT.withMaxTotalBytes(64L << 20);
  private static final Path DIR;

  static {
    try {
      DIR = Files.createTempDirectory("anke-archive-fuzz");
      DIR.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest
  void streamedArchive(byte[] data) {
    ArchiveWalker walker = ArchiveWalker.builder().limits(LIMITS).digests(true).build();
    walk(data, (visitor) -> walker.walk(new ByteArrayInputStream(data), NAME, visitor));
  }

  @FuzzTest
  void archiveFile(byte[] data) throws IOException {
    file(data, ArchiveWalker.builder().limits(LIMITS).digests(true).build());
  }

  @FuzzTest
  void archiveFileByCentralDirectory(byte[] data) throws IOException {
    file(data, ArchiveWalker.builder().limits(LIMITS).centralDirectory(true).build());
  }

  private static void file(byte[] data, ArchiveWalker walker) throws IOException {
    Path target = DIR.resolve(NAME);
    Files.write(target, data);
    try {
      walk(data, visitor -> walker.walk(target, NAME, visitor));
    } finally {
      Files.delete(target);
    }
  }

  @FunctionalInterface
  private interface Walk {
    void run(ArchiveVisitor visitor) throws IOException;
  }

  private static void walk(byte[] data, Walk walk) {
    Checks checks = new Checks();
    try {
      walk.run(checks);
    } catch (InputException e) {
      assertThat(e.source()).startsWith(NAME);
      assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).startsWith(NAME);
      return;
    } catch (IOException e) {
      return; // documented: reading failed (the walker's own findings are InputExceptions)
    }
    // Checked once the walk succeeded: the walker may reject an entry after its bytes were read.
    assertThat(checks.open).as("every container entered was left").isEmpty();
    assertThat(checks.bytes).isLessThanOrEqualTo(LIMITS.maxTotalBytes());
    assertThat(checks.sizeMismatches).isEmpty();
  }

  /** A visitor that reads every entry whole and checks what the walker promises. */
  private static final class Checks implements ArchiveVisitor {
    final Deque<String> open = new ArrayDeque<>();
    final List<String> sizeMismatches = new ArrayList<>();
    long bytes;

    @Override
    public boolean enterArchive(ArchiveEntry archive) {
      assertThat(archive.depth()).isLessThanOrEqualTo(LIMITS.maxDepth());
      open.push(archive.path());
      return true;
    }

    @Override
    public void leaveArchive(ArchiveEntry archive, String sha256) {
      assertThat(open.pop()).isEqualTo(archive.path());
      if (sha256 != null) {
        assertThat(sha256).matches("[0-9a-f]{64}");
      }
    }

    @Override
    public void visitEntry(ArchiveEntry entry, InputStream content) throws IOException {
      assertThat(entry.depth()).isBetween(1, LIMITS.maxDepth() + 1);
      assertThat(entry.container()).isEqualTo(open.peek());
      long n = content.transferTo(OutputStream.nullOutputStream());
      bytes += n;
      if (entry.size() >= 0 && n != entry.size()) {
        sizeMismatches.add(entry.path() + ": declared " + entry.size() + ", streamed " + n);
      }
    }
  }
}
