package io.anke.scan.archive;

import static io.anke.scan.archive.PrefixedArchiveTest.concat;
import static io.anke.scan.archive.PrefixedArchiveTest.launchScript;
import static io.anke.scan.archive.TestZips.zip;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.InputException;
import io.anke.core.bom.BillOfMaterials;
import io.anke.scan.bom.BomReaders;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading archives through their central directory ({@link ArchiveWalker.Builder#centralDirectory})
 * identifies the same components as streaming every entry, while it inflates only what a visitor
 * reads.
 */
class CentralDirectoryWalkTest {
  @TempDir Path dir;

  private final ArchiveWalker streaming = ArchiveWalker.builder().digests(true).build();
  private final ArchiveWalker central =
      ArchiveWalker.builder().digests(true).centralDirectory(true).build();

  /**
   * The real library jars of this module's test class path up to 3 MB (JDBC drivers, Jackson,
   * SnakeYAML, ASM, …; the few larger ones only make the streaming side of the comparison slow).
   */
  private static List<Path> testClasspathJars() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> e.endsWith(".jar"))
        .map(Path::of)
        .filter(p -> Files.isRegularFile(p) && p.toFile().length() <= 3L << 20)
        .toList();
  }

  private void assertSameBom(Path target, String name) {
    BillOfMaterials expected = BomReaders.read(target, name, streaming);
    assertThat(BomReaders.read(target, name, central)).as(name).isEqualTo(expected);
  }

  @Test
  void everyRealJarIsIdentifiedAsTheStreamingWalkIdentifiesIt() {
    List<Path> jars = testClasspathJars();
    assertThat(jars).hasSizeGreaterThan(20);
    for (Path jar : jars) {
      assertSameBom(jar, jar.getFileName().toString());
    }
  }

  @Test
  void fatJarsWithALaunchScriptAndDirectoriesAreIdentifiedTheSame() throws IOException {
    List<Path> jars = testClasspathJars();
    TestZips fat =
        zip()
            .deflated("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nStart-Class: a.App\n")
            .deflated(
                "META-INF/maven/com.example/app/pom.properties",
                "groupId=com.example\nartifactId=app\nversion=1.0\n")
            .deflated("BOOT-INF/classes/a/App.class", "app");
    for (Path jar : jars.subList(0, 6)) {
      fat.stored("BOOT-INF/lib/" + jar.getFileName(), Files.readAllBytes(jar));
    }
    byte[] app = fat.bytes();
    Path plain = TestZips.write(dir, "plain/app.jar", app);
    Path executable = TestZips.write(dir, "exec/app.jar", concat(launchScript(), app));
    TestZips.write(dir, "exploded/lib/app.jar", app);
    assertSameBom(plain, "app.jar");
    assertSameBom(executable, "app.jar");
    assertSameBom(dir.resolve("exploded"), "exploded");
    assertThat(BomReaders.read(plain, "app.jar", central).components()).hasSize(7);
  }

  @Test
  void anEntryNoVisitorReadsIsNotInflated() throws IOException {
    byte[] good =
        zip()
            .deflated("a/B.class", "x".repeat(20_000))
            .deflated(
                "META-INF/maven/com.example/b/pom.properties",
                "groupId=com.example\nartifactId=b\nversion=2.0\n")
            .bytes();
    byte[] corrupt = good.clone();
    // the compressed data of a/B.class ends where its data descriptor (PK 7 8) begins
    int descriptor = indexOf(corrupt, new byte[] {'P', 'K', 7, 8});
    for (int i = descriptor - 6; i < descriptor; i++) {
      corrupt[i] ^= 0x55;
    }
    Path jar = TestZips.write(dir, "b.jar", corrupt);

    assertThatThrownBy(() -> BomReaders.read(jar, "b.jar", streaming))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("b.jar");
    assertThat(BomReaders.read(jar, "b.jar", central).components())
        .extracting(c -> c.purl())
        .containsExactly("pkg:maven/com.example/b@2.0");
  }

  @Test
  void anEntryAVisitorReadsIsStillBoundByTheRatioLimit() throws IOException {
    Path jar =
        TestZips.write(dir, "bomb.jar", zip().deflated("zeros.bin", new byte[4 << 20]).bytes());
    assertThatThrownBy(() -> central.walk(jar, "bomb.jar", (entry, in) -> in.readAllBytes()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("bomb.jar!/zeros.bin")
        .hasMessageContaining("likely a zip bomb");
    // read lazily: a visitor that leaves it unread never inflates it
    List<String> seen = new ArrayList<>();
    central.walk(jar, "bomb.jar", (entry, in) -> seen.add(entry.path()));
    assertThat(seen).containsExactly("bomb.jar!/zeros.bin");
  }

  @Test
  void aTruncatedArchiveIsAnInputError() throws IOException {
    byte[] whole = zip().deflated("a/B.class", "b").deflated("a/C.class", "c").bytes();
    Path jar = TestZips.write(dir, "cut.jar", Arrays.copyOf(whole, whole.length / 2));
    assertThatThrownBy(() -> central.walk(jar, "cut.jar", (entry, in) -> {}))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("cut.jar");
  }

  @Test
  void entriesAreReadWhenTheVisitorAsksForThem() throws IOException {
    Path jar =
        TestZips.write(
            dir,
            "t.jar",
            zip().deflated("t.txt", "deflated").stored("s.txt", "stored".getBytes(UTF_8)).bytes());
    RecordingVisitor v = new RecordingVisitor();
    central.walk(jar, "t.jar", v);
    assertThat(v.text("t.jar!/t.txt")).isEqualTo("deflated");
    assertThat(v.text("t.jar!/s.txt")).isEqualTo("stored");
    assertThat(v.digests.get("t.jar")).isEqualTo(sha256(Files.readAllBytes(jar)));
  }

  private static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalStateException("pattern not found");
  }
}
