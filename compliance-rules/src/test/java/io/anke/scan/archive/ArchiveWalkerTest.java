package io.anke.scan.archive;

import static io.anke.scan.archive.TestZips.zip;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveWalkerTest {

  @TempDir Path dir;

  private final ArchiveWalker walker = ArchiveWalker.withDefaults();

  private Path write(String name, byte[] bytes) throws IOException {
    return TestZips.write(dir, name, bytes);
  }

  @Test
  void plainJarVisitsEveryFileEntryInOrderWithItsBytes() throws IOException {
    Path jar =
        write(
            "plain.jar",
            zip()
                .deflated("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n")
                .directory("com/x")
                .deflated("com/x/Foo.class", "foo")
                .stored("com/x/data.bin", new byte[] {1, 2, 3})
                .bytes());
    RecordingVisitor v = new RecordingVisitor();
    walker.walk(jar, "plain.jar", v);

    assertThat(v.events)
        .containsExactly(
            "enter plain.jar",
            "entry plain.jar!/META-INF/MANIFEST.MF",
            "entry plain.jar!/com/x/Foo.class",
            "entry plain.jar!/com/x/data.bin",
            "leave plain.jar");
    assertThat(v.text("plain.jar!/com/x/Foo.class")).isEqualTo("foo");
    assertThat(v.contents.get("plain.jar!/com/x/data.bin")).containsExactly(1, 2, 3);
    ArchiveEntry foo = v.entry("plain.jar!/com/x/Foo.class");
    assertThat(foo.chain()).containsExactly("plain.jar");
    assertThat(foo.name()).isEqualTo("com/x/Foo.class");
    assertThat(foo.className()).isEqualTo("com/x/Foo");
    assertThat(foo.depth()).isEqualTo(1);
    assertThat(foo.root()).isEqualTo("plain.jar");
    assertThat(foo.size()).isEqualTo(-1); // deflated with a data descriptor: size not declared
    assertThat(v.entry("plain.jar!/com/x/data.bin").size()).isEqualTo(3);
    assertThat(v.digests.get("plain.jar")).isNull(); // digests are off by default
  }

  @Test
  void springBootFatJarOpensNestedLibrariesWhileStreaming() throws IOException {
    byte[] lib =
        zip()
            .deflated("META-INF/maven/org.foo/bar/pom.properties", "version=1.0\n")
            .deflated("org/foo/Bar.class", "bar")
            .bytes();
    Path app =
        write(
            "app.jar",
            zip()
                .deflated("BOOT-INF/classes/com/example/App.class", "app")
                .stored("BOOT-INF/lib/bar-1.0.jar", lib)
                .deflated("org/springframework/boot/loader/Launcher.class", "loader")
                .bytes());
    RecordingVisitor v = new RecordingVisitor();
    walker.walk(app, "app.jar", v);

    assertThat(v.events)
        .containsExactly(
            "enter app.jar",
            "entry app.jar!/BOOT-INF/classes/com/example/App.class",
            "enter app.jar!/BOOT-INF/lib/bar-1.0.jar",
            "entry app.jar!/BOOT-INF/lib/bar-1.0.jar!/META-INF/maven/org.foo/bar/pom.properties",
            "entry app.jar!/BOOT-INF/lib/bar-1.0.jar!/org/foo/Bar.class",
            "leave app.jar!/BOOT-INF/lib/bar-1.0.jar",
            "entry app.jar!/org/springframework/boot/loader/Launcher.class",
            "leave app.jar");
    ArchiveEntry bar = v.entry("app.jar!/BOOT-INF/lib/bar-1.0.jar!/org/foo/Bar.class");
    assertThat(bar.chain()).containsExactly("app.jar", "app.jar!/BOOT-INF/lib/bar-1.0.jar");
    assertThat(bar.container()).isEqualTo("app.jar!/BOOT-INF/lib/bar-1.0.jar");
    assertThat(bar.depth()).isEqualTo(2);
    assertThat(v.text(bar.path())).isEqualTo("bar");
    assertThat(v.entry("app.jar!/BOOT-INF/classes/com/example/App.class").className())
        .isEqualTo("com/example/App");
  }

  @Test
  void earOpensWarsAndTheirLibrariesTwoLevelsDeep() throws IOException {
    byte[] util = zip().deflated("u/Util.class", "u").bytes();
    byte[] shared = zip().deflated("s/Shared.class", "s").bytes();
    byte[] war =
        zip()
            .deflated("WEB-INF/classes/w/Servlet.class", "w")
            .deflated("WEB-INF/lib/util.jar", util)
            .bytes();
    Path ear =
        write("app.ear", zip().deflated("web.war", war).deflated("lib/shared.jar", shared).bytes());
    RecordingVisitor v = new RecordingVisitor();
    walker.walk(ear, "dist/app.ear", v);

    assertThat(v.entries)
        .extracting(ArchiveEntry::path)
        .containsExactly(
            "dist/app.ear!/web.war!/WEB-INF/classes/w/Servlet.class",
            "dist/app.ear!/web.war!/WEB-INF/lib/util.jar!/u/Util.class",
            "dist/app.ear!/lib/shared.jar!/s/Shared.class");
    ArchiveEntry utilClass = v.entry("dist/app.ear!/web.war!/WEB-INF/lib/util.jar!/u/Util.class");
    assertThat(utilClass.chain())
        .containsExactly(
            "dist/app.ear", "dist/app.ear!/web.war", "dist/app.ear!/web.war!/WEB-INF/lib/util.jar");
    assertThat(utilClass.root()).isEqualTo("dist/app.ear");
    assertThat(v.entry("dist/app.ear!/web.war!/WEB-INF/classes/w/Servlet.class").className())
        .isEqualTo("w/Servlet");
  }

  @Test
  void multiReleaseEntriesCarryTheirJavaRelease() throws IOException {
    Path jar =
        write(
            "mr.jar",
            zip()
                .deflated("a/A.class", "base")
                .deflated("META-INF/versions/11/a/A.class", "eleven")
                .deflated("META-INF/versions/17/a/B.class", "seventeen")
                .deflated("META-INF/versions/notanumber/x.txt", "x")
                .bytes());
    RecordingVisitor v = new RecordingVisitor();
    walker.walk(jar, "mr.jar", v);

    assertThat(v.entry("mr.jar!/a/A.class").release()).isZero();
    ArchiveEntry eleven = v.entry("mr.jar!/META-INF/versions/11/a/A.class");
    assertThat(eleven.release()).isEqualTo(11);
    assertThat(eleven.className()).isEqualTo("a/A");
    assertThat(v.entry("mr.jar!/META-INF/versions/17/a/B.class").release()).isEqualTo(17);
    assertThat(v.entry("mr.jar!/META-INF/versions/notanumber/x.txt").release()).isZero();
  }

  @Test
  void directoryIsWalkedInSortedOrderAndArchivesInsideAreOpened() throws IOException {
    Path classes = dir.resolve("classes");
    write("classes/z/Z.class", "z".getBytes(UTF_8));
    write("classes/a/A.class", "a".getBytes(UTF_8));
    write("classes/lib/dep.jar", zip().deflated("d/D.class", "d").bytes());
    RecordingVisitor v = new RecordingVisitor();
    walker.walk(classes, "target/classes", v);

    assertThat(v.events)
        .containsExactly(
            "enter target/classes",
            "entry target/classes/a/A.class",
            "enter target/classes/lib/dep.jar",
            "entry target/classes/lib/dep.jar!/d/D.class",
            "leave target/classes/lib/dep.jar",
            "entry target/classes/z/Z.class",
            "leave target/classes");
    assertThat(v.entry("target/classes/a/A.class").chain()).containsExactly("target/classes");
    assertThat(v.entry("target/classes/a/A.class").className()).isEqualTo("a/A");
    assertThat(v.entry("target/classes/lib/dep.jar!/d/D.class").chain())
        .containsExactly("target/classes", "target/classes/lib/dep.jar");
    assertThat(v.text("target/classes/z/Z.class")).isEqualTo("z");
  }

  @Test
  void singleClassFileIsOneEntry() throws IOException {
    Path file = write("Foo.class", new byte[] {(byte) 0xca, (byte) 0xfe});
    RecordingVisitor v = new RecordingVisitor();
    walker.walk(file, "Foo.class", v);
    assertThat(v.events).containsExactly("entry Foo.class");
    assertThat(v.contents.get("Foo.class")).containsExactly(0xca, 0xfe);
  }

  @Test
  void digestsAreTheSha256OfEachArchivesBytes() throws IOException {
    byte[] lib = zip().deflated("l/L.class", "l").bytes();
    byte[] app = zip().deflated("a/A.class", "a").stored("BOOT-INF/lib/l.jar", lib).bytes();
    Path file = write("app.jar", app);
    RecordingVisitor v = new RecordingVisitor();
    ArchiveWalker.builder().digests(true).build().walk(file, "app.jar", v);

    assertThat(v.digests)
        .containsEntry("app.jar", sha256(app))
        .containsEntry("app.jar!/BOOT-INF/lib/l.jar", sha256(lib));
  }

  @Test
  void aLargeArchiveFilesDigestTakenBesideTheWalkIsItsSha256() throws IOException {
    // Over the size from which the file is hashed on a thread of its own: the same digests.
    byte[] lib = zip().deflated("l/L.class", "l").bytes();
    byte[] filler = new byte[5 << 20];
    new java.util.Random(18).nextBytes(filler);
    byte[] app =
        zip()
            .stored("BOOT-INF/lib/l.jar", lib)
            .stored("BOOT-INF/classes/static/video.bin", filler)
            .bytes();
    Path file = write("big.jar", app);
    RecordingVisitor v = new RecordingVisitor();
    ArchiveWalker.builder().digests(true).build().walk(file, "big.jar", v);

    assertThat(v.digests)
        .containsEntry("big.jar", sha256(app))
        .containsEntry("big.jar!/BOOT-INF/lib/l.jar", sha256(lib));
  }

  @Test
  void digestsOfArchivesNestedInNestedArchivesAreThoseOfTheirBytes() throws IOException {
    // Several blocks per archive, and an archive's bytes read between those of its container.
    java.util.Random random = new java.util.Random(6);
    byte[] noise = new byte[300_000];
    random.nextBytes(noise);
    byte[] inner = zip().stored("i/noise.bin", noise).deflated("i/I.class", "i").bytes();
    random.nextBytes(noise);
    byte[] middle = zip().stored("m/noise.bin", noise).stored("lib/inner.jar", inner).bytes();
    random.nextBytes(noise);
    byte[] outer =
        zip()
            .stored("a/noise.bin", noise)
            .stored("BOOT-INF/lib/middle.jar", middle)
            .deflated("BOOT-INF/lib/deflated.jar", inner)
            .bytes();
    Path file = write("outer.jar", outer);
    RecordingVisitor v = new RecordingVisitor();
    ArchiveWalker.builder().digests(true).build().walk(file, "outer.jar", v);

    assertThat(v.digests)
        .containsEntry("outer.jar", sha256(outer))
        .containsEntry("outer.jar!/BOOT-INF/lib/middle.jar", sha256(middle))
        .containsEntry("outer.jar!/BOOT-INF/lib/middle.jar!/lib/inner.jar", sha256(inner))
        .containsEntry("outer.jar!/BOOT-INF/lib/deflated.jar", sha256(inner));
  }

  @Test
  void visitorMayDeclineANestedArchiveAndGetsItsBytesInstead() throws IOException {
    byte[] lib = zip().deflated("l/L.class", "l").bytes();
    Path file = write("app.jar", zip().stored("lib/l.jar", lib).bytes());
    RecordingVisitor v =
        new RecordingVisitor() {
          @Override
          public boolean enterArchive(ArchiveEntry archive) {
            super.enterArchive(archive);
            return archive.depth() == 0;
          }
        };
    walker.walk(file, "app.jar", v);
    assertThat(v.events)
        .containsExactly(
            "enter app.jar",
            "enter app.jar!/lib/l.jar",
            "entry app.jar!/lib/l.jar",
            "leave app.jar");
    assertThat(v.contents.get("app.jar!/lib/l.jar")).isEqualTo(lib);
  }

  @Test
  void visitorThatReadsNothingOrClosesTheStreamDoesNotDisturbTheWalk() throws IOException {
    Path file =
        write(
            "app.jar",
            zip()
                .deflated("a.txt", "aaaa".repeat(1000))
                .deflated("b.txt", "bbbb")
                .deflated("c.txt", "cccc")
                .bytes());
    List<String> seen = new ArrayList<>();
    walker.walk(
        file,
        "app.jar",
        (entry, content) -> {
          seen.add(entry.name());
          if (entry.name().equals("b.txt")) {
            content.close();
          }
          if (entry.name().equals("c.txt")) {
            seen.add(new String(content.readAllBytes(), UTF_8));
          }
        });
    assertThat(seen).containsExactly("a.txt", "b.txt", "c.txt", "cccc");
  }

  @Test
  void zipBombIsStoppedEarlyAndNamed() throws IOException {
    byte[] zeros = new byte[32 << 20];
    byte[] bomb = zip().deflated("payload.bin", zeros).bytes();
    assertThat(bomb.length).isLessThan(64 * 1024);
    Path file =
        write("bomb.zip", zip().deflated("ok.txt", "fine").stored("lib/b.jar", bomb).bytes());
    long[] read = new long[1];
    assertThatThrownBy(
            () ->
                walker.walk(
                    file,
                    "bomb.zip",
                    (entry, content) -> {
                      byte[] buffer = new byte[8192];
                      int n;
                      while ((n = content.read(buffer)) >= 0) {
                        read[0] += n;
                      }
                    }))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(
            "bomb.zip!/lib/b.jar!/payload.bin: entry expands more than 100 times")
        .hasMessageContaining("zip bomb");
    // Stopped just past the 1 MiB threshold, not after inflating 32 MiB.
    assertThat(read[0]).isGreaterThan(1 << 19).isLessThan(2 << 20);
  }

  @Test
  void zipBombIsStoppedEvenWhenTheVisitorSkipsTheEntry() throws IOException {
    Path file = write("bomb.zip", zip().deflated("payload.bin", new byte[32 << 20]).bytes());
    assertThatThrownBy(() -> walker.walk(file, "bomb.zip", (entry, content) -> {}))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("bomb.zip!/payload.bin: entry expands more than 100 times");
  }

  @Test
  void wellCompressibleSmallEntriesAreNotMistakenForBombs() throws IOException {
    Path file = write("ok.zip", zip().deflated("zeros.bin", new byte[512 * 1024]).bytes());
    RecordingVisitor v = new RecordingVisitor();
    walker.walk(file, "ok.zip", v);
    assertThat(v.contents.get("ok.zip!/zeros.bin")).hasSize(512 * 1024);
  }

  private static byte[] nest(int levels) {
    byte[] inner = zip().deflated("leaf.txt", "leaf").bytes();
    for (int i = levels; i >= 1; i--) {
      inner = zip().stored("lib/l" + i + ".jar", inner).bytes();
    }
    return inner;
  }

  @Test
  void nestingUpToTheLimitIsWalkedAndOneLevelMoreIsRejected() throws IOException {
    // nest(8): the root holds l1.jar ... down to l8.jar, which holds leaf.txt: depth 8.
    Path ok = write("ok.jar", nest(8));
    RecordingVisitor v = new RecordingVisitor();
    walker.walk(ok, "ok.jar", v);
    assertThat(v.entries).hasSize(1);
    assertThat(v.entries.get(0).depth()).isEqualTo(9);
    assertThat(v.entries.get(0).path())
        .isEqualTo(
            "ok.jar!/lib/l1.jar!/lib/l2.jar!/lib/l3.jar!/lib/l4.jar!/lib/l5.jar!/lib/l6.jar"
                + "!/lib/l7.jar!/lib/l8.jar!/leaf.txt");

    Path deep = write("deep.jar", nest(9));
    assertThatThrownBy(() -> walker.walk(deep, "deep.jar", new RecordingVisitor()))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "deep.jar!/lib/l1.jar!/lib/l2.jar!/lib/l3.jar!/lib/l4.jar!/lib/l5.jar!/lib/l6.jar"
                + "!/lib/l7.jar!/lib/l8.jar!/lib/l9.jar: archive nested more than 8 levels deep"
                + " (nesting limit)");
  }

  @Test
  void configuredDepthLimitApplies() throws IOException {
    Path jar = write("n.jar", nest(2));
    ArchiveWalker shallow =
        ArchiveWalker.builder().limits(ArchiveLimits.DEFAULT.withMaxDepth(1)).build();
    assertThatThrownBy(() -> shallow.walk(jar, "n.jar", new RecordingVisitor()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("n.jar!/lib/l1.jar!/lib/l2.jar: archive nested more than 1 levels");
  }

  @Test
  void entryLimitCountsEntriesOfEveryLevel() throws IOException {
    byte[] lib = zip().deflated("1", "x").deflated("2", "x").deflated("3", "x").bytes();
    Path jar = write("e.jar", zip().deflated("a", "x").stored("lib/l.jar", lib).bytes());
    ArchiveWalker limited =
        ArchiveWalker.builder().limits(ArchiveLimits.DEFAULT.withMaxEntries(4)).build();
    // a, lib/l.jar, 1, 2 fit; 3 is the fifth entry.
    assertThatThrownBy(() -> limited.walk(jar, "e.jar", new RecordingVisitor()))
        .isInstanceOf(InputException.class)
        .hasMessage("e.jar!/lib/l.jar!/3: more than 4 entries in one scan (entry limit)");
  }

  @Test
  void totalSizeLimitStopsTheWalk() throws IOException {
    byte[] random = new byte[600];
    new Random(1).nextBytes(random);
    Path jar = write("t.jar", zip().deflated("a.bin", random).deflated("b.bin", random).bytes());
    ArchiveWalker limited =
        ArchiveWalker.builder().limits(ArchiveLimits.DEFAULT.withMaxTotalBytes(1000)).build();
    assertThatThrownBy(() -> limited.walk(jar, "t.jar", new RecordingVisitor()))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "t.jar!/b.bin: more than 1000 uncompressed bytes in one scan (total size limit)");
  }

  @Test
  void configuredCompressionRatioAppliesAboveItsThresholdOnly() throws IOException {
    // 64 KiB of zeros deflates to well under 1 KiB: a ratio far above 10.
    byte[] zeros = new byte[64 * 1024];
    Path jar = write("r.jar", zip().deflated("zeros.bin", zeros).bytes());
    ArchiveWalker strict =
        ArchiveWalker.builder()
            .limits(ArchiveLimits.DEFAULT.withCompressionRatio(10, 4096))
            .build();
    assertThatThrownBy(() -> strict.walk(jar, "r.jar", new RecordingVisitor()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("r.jar!/zeros.bin: entry expands more than 10 times");

    // The same entry under a threshold above its size is never judged by its ratio.
    ArchiveWalker lenient =
        ArchiveWalker.builder()
            .limits(ArchiveLimits.DEFAULT.withCompressionRatio(10, zeros.length))
            .build();
    RecordingVisitor v = new RecordingVisitor();
    lenient.walk(jar, "r.jar", v);
    assertThat(v.entries).hasSize(1);
  }

  @Test
  void nestedArchiveThatRepeatsItsContainerIsALoop() throws IOException {
    // A zip quine holds itself; its nested copy starts with exactly the bytes of its container.
    byte[] filler = new byte[70 * 1024];
    new Random(7).nextBytes(filler);
    byte[] copy = zip().stored("filler.bin", filler).deflated("x.txt", "x").bytes();
    Path jar =
        write(
            "loop.jar", zip().stored("filler.bin", filler).deflated("lib/copy.jar", copy).bytes());
    assertThatThrownBy(() -> walker.walk(jar, "loop.jar", new RecordingVisitor()))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "loop.jar!/lib/copy.jar: nested archive repeats its containing archive loop.jar"
                + " (archive loop)");
  }

  @Test
  void sameLibraryTwiceSideBySideIsNotALoop() throws IOException {
    byte[] lib = zip().deflated("l/L.class", "l").bytes();
    Path jar = write("twice.jar", zip().stored("lib/a.jar", lib).stored("lib/b.jar", lib).bytes());
    RecordingVisitor v = new RecordingVisitor();
    walker.walk(jar, "twice.jar", v);
    assertThat(v.entries)
        .extracting(ArchiveEntry::path)
        .containsExactly("twice.jar!/lib/a.jar!/l/L.class", "twice.jar!/lib/b.jar!/l/L.class");
  }

  @Test
  void fileThatIsNotAZipIsRejectedWithItsName() throws IOException {
    Path text = write("notes.jar", "just text".getBytes(UTF_8));
    assertThatThrownBy(() -> walker.walk(text, "notes.jar", new RecordingVisitor()))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "notes.jar: not a zip archive (no zip local file header, and no"
                + " end-of-central-directory record that locates one after a prefix)");

    Path empty = write("empty.jar", new byte[0]);
    assertThatThrownBy(() -> walker.walk(empty, "empty.jar", new RecordingVisitor()))
        .isInstanceOf(InputException.class)
        .hasMessage("empty.jar: empty file, not a zip archive");

    Path nested = write("n.jar", zip().stored("lib/fake.jar", "nope".getBytes(UTF_8)).bytes());
    assertThatThrownBy(() -> walker.walk(nested, "n.jar", new RecordingVisitor()))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "n.jar!/lib/fake.jar: not a zip archive (no zip local file header, and no"
                + " end-of-central-directory record that locates one after a prefix)");
  }

  @Test
  void missingTargetIsAnInputError() {
    assertThatThrownBy(
            () -> walker.walk(dir.resolve("missing.jar"), "missing.jar", new RecordingVisitor()))
        .isInstanceOf(InputException.class)
        .hasMessage("missing.jar: no such file or directory");
  }

  @Test
  void truncatedArchiveIsACorruptArchiveError() throws IOException {
    byte[] random = new byte[20_000];
    new Random(3).nextBytes(random);
    byte[] whole = zip().deflated("a.bin", random).bytes();
    Path cut = write("cut.jar", Arrays.copyOf(whole, 10_000));
    assertThatThrownBy(() -> walker.walk(cut, "cut.jar", new RecordingVisitor()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("cut.jar: corrupt archive at entry cut.jar!/a.bin: ");
  }

  @Test
  void archiveCutBetweenTwoEntriesIsTruncatedNotShorter() throws IOException {
    byte[] whole =
        zip()
            .stored("a.txt", "aaaa".getBytes(UTF_8))
            .stored("b.txt", "bbbb".getBytes(UTF_8))
            .bytes();
    int second = indexOf(whole, new byte[] {'P', 'K', 3, 4}, 4);
    Path cut = write("cut.jar", Arrays.copyOf(whole, second));
    List<String> seen = new ArrayList<>();
    assertThatThrownBy(() -> walker.walk(cut, "cut.jar", (e, in) -> seen.add(e.name())))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "cut.jar: truncated archive: no end-of-central-directory record after 1 entries");
    assertThat(seen).containsExactly("a.txt");
  }

  @Test
  void centralDirectoryListingMoreEntriesThanTheStreamIsCorrupt() throws IOException {
    byte[] bytes = zip().deflated("a.txt", "a").deflated("b.txt", "b").bytes();
    int end = bytes.length - 22; // no archive comment: the end record is the last 22 bytes
    bytes[end + 8] = 3; // entries on this disk
    bytes[end + 10] = 3; // total entries
    Path jar = write("hidden.jar", bytes);
    assertThatThrownBy(() -> walker.walk(jar, "hidden.jar", new RecordingVisitor()))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "hidden.jar: corrupt archive: the central directory lists 3 entries but 2 were found in"
                + " the archive");
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = from; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("pattern not found");
  }

  @Test
  void executableJarWithALaunchScriptIsRead() throws IOException {
    byte[] archive = zip().deflated("a/A.class", "a").bytes();
    byte[] script = "#!/bin/bash\necho launch\nexit 0\n".getBytes(UTF_8);
    byte[] file = new byte[script.length + archive.length];
    System.arraycopy(script, 0, file, 0, script.length);
    System.arraycopy(archive, 0, file, script.length, archive.length);
    RecordingVisitor v = new RecordingVisitor();
    walker.walk(write("exec.jar", file), "exec.jar", v);
    assertThat(v.text("exec.jar!/a/A.class")).isEqualTo("a");
  }

  @Test
  void streamTargetIsWalkedLikeAFile() throws IOException {
    byte[] lib = zip().deflated("l/L.class", "l").bytes();
    byte[] app = zip().stored("BOOT-INF/lib/l.jar", lib).bytes();
    RecordingVisitor v = new RecordingVisitor();
    try (InputStream in = new ByteArrayInputStream(app)) {
      walker.walk(in, "standard input", v);
    }
    assertThat(v.entries)
        .extracting(ArchiveEntry::path)
        .containsExactly("standard input!/BOOT-INF/lib/l.jar!/l/L.class");
  }

  @Test
  void controlCharactersInNamesAreMaskedInPaths() throws IOException {
    Path jar = write("c.jar", zip().deflated("evil\nname.txt", "x").bytes());
    RecordingVisitor v = new RecordingVisitor();
    walker.walk(jar, "c.jar", v);
    assertThat(v.entries.get(0).path()).isEqualTo("c.jar!/evil?name.txt");
    assertThat(v.entries.get(0).name()).isEqualTo("evil\nname.txt");
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
