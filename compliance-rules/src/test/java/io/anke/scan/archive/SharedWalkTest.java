package io.anke.scan.archive;

import static io.anke.scan.archive.TestZips.zip;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedWalkTest {
  @TempDir Path dir;

  private Path fatJar() throws IOException {
    byte[] lib = zip().deflated("lib/Lib.class", "library class").bytes();
    Path jar = dir.resolve("app.jar");
    Files.write(
        jar,
        zip()
            .deflated("app/App.class", "application class")
            .stored("BOOT-INF/lib/lib.jar", lib)
            .deflated("application.yml", "a: 1\n")
            .bytes());
    return jar;
  }

  /** Reads a few bytes and skips a few; never sees nested archives. */
  private static final class Partial implements ArchiveVisitor {
    final List<String> seen = new ArrayList<>();

    @Override
    public boolean enterArchive(ArchiveEntry archive) {
      seen.add("enter " + archive.path());
      return false;
    }

    @Override
    public void leaveArchive(ArchiveEntry archive, String sha256) {
      seen.add("leave " + archive.path());
    }

    @Override
    public void visitEntry(ArchiveEntry entry, InputStream content) throws IOException {
      byte[] head = content.readNBytes(3);
      content.skip(2);
      seen.add(entry.path() + " " + new String(head, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Test
  void everyVisitorSeesWhatItWouldAloneExceptInsideArchivesItDeclined() throws Exception {
    Path jar = fatJar();
    RecordingVisitor alone = new RecordingVisitor();
    ArchiveWalker.withDefaults().walk(jar, "app.jar", alone);

    Partial partial = new Partial();
    RecordingVisitor first = new RecordingVisitor();
    RecordingVisitor last = new RecordingVisitor();
    ArchiveWalker.withDefaults().walk(jar, "app.jar", ArchiveVisitor.all(first, partial, last));

    // the full readers get every event and every byte, whether before or after a partial reader
    for (RecordingVisitor v : List.of(first, last)) {
      assertThat(v.events).isEqualTo(alone.events);
      assertThat(v.contents).containsOnlyKeys(alone.contents.keySet());
      alone.contents.forEach((path, bytes) -> assertThat(v.contents.get(path)).isEqualTo(bytes));
    }
    assertThat(alone.events).contains("entry app.jar!/BOOT-INF/lib/lib.jar!/lib/Lib.class");
    assertThat(last.text("app.jar!/app/App.class")).isEqualTo("application class");
    // the visitor that declined the library sees neither it nor its entries
    assertThat(partial.seen)
        .containsExactly(
            "enter app.jar",
            "app.jar!/app/App.class app",
            "enter app.jar!/BOOT-INF/lib/lib.jar",
            "app.jar!/application.yml a: ",
            "leave app.jar");
  }

  @Test
  void aNestedArchiveEveryVisitorDeclinesIsAnEntryForAll() throws Exception {
    Partial a = new Partial();
    Partial b = new Partial();
    ArchiveWalker.withDefaults().walk(fatJar(), "app.jar", ArchiveVisitor.all(a, b));
    assertThat(a.seen).contains("app.jar!/BOOT-INF/lib/lib.jar PK\u0003");
    assertThat(b.seen).isEqualTo(a.seen);
  }
}
