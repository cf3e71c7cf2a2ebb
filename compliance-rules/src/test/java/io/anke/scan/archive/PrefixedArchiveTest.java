package io.anke.scan.archive;

import static io.anke.scan.archive.TestZips.zip;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.InputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.loader.tools.DefaultLaunchScript;

/**
 * Archives whose zip data follows a prefix, recognised by the zip structure wherever they are met:
 * as the walk target, inside a directory, nested in another archive. The launch script is Spring
 * Boot's own, as spring-boot-maven-plugin writes it for {@code <executable>true</executable>}.
 */
class PrefixedArchiveTest {
  @TempDir Path dir;

  private final ArchiveWalker walker = ArchiveWalker.builder().digests(true).build();

  static byte[] launchScript() throws IOException {
    return new DefaultLaunchScript(null, null).toByteArray();
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] app() {
    byte[] lib = zip().deflated("l/L.class", "l").bytes();
    return zip()
        .deflated("BOOT-INF/classes/a/App.class", "app")
        .stored("BOOT-INF/lib/l.jar", lib)
        .bytes();
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return TestZips.write(dir, name, bytes);
  }

  @Test
  void theRealLaunchScriptIsAShellScriptLongerThanALine() throws IOException {
    byte[] script = launchScript();
    assertThat(new String(script, 0, 11, UTF_8)).isEqualTo("#!/bin/bash");
    assertThat(script.length).isGreaterThan(4096);
  }

  @Test
  void executableJarAsTargetIsRead() throws IOException {
    byte[] file = concat(launchScript(), app());
    RecordingVisitor v = new RecordingVisitor();
    walker.walk(write("app.jar", file), "app.jar", v);
    assertThat(v.text("app.jar!/BOOT-INF/lib/l.jar!/l/L.class")).isEqualTo("l");
    // the digest is the file's, launch script included
    assertThat(v.digests.get("app.jar")).isEqualTo(sha256(file));
  }

  @Test
  void executableJarInsideADirectoryIsRead() throws IOException {
    write("dist/bin/app.jar", concat(launchScript(), app()));
    RecordingVisitor v = new RecordingVisitor();
    walker.walk(dir.resolve("dist"), "dist", v);
    assertThat(v.text("dist/bin/app.jar!/BOOT-INF/classes/a/App.class")).isEqualTo("app");
    assertThat(v.text("dist/bin/app.jar!/BOOT-INF/lib/l.jar!/l/L.class")).isEqualTo("l");
  }

  @Test
  void executableJarNestedInADeliveryArchiveIsRead() throws IOException {
    byte[] delivery = zip().stored("release/app.jar", concat(launchScript(), app())).bytes();
    RecordingVisitor v = new RecordingVisitor();
    walker.walk(write("delivery.zip", delivery), "delivery.zip", v);
    assertThat(v.text("delivery.zip!/release/app.jar!/BOOT-INF/lib/l.jar!/l/L.class"))
        .isEqualTo("l");
  }

  @Test
  void archiveAfterABinaryStubLongerThanTheSniffedHeadIsRead() throws IOException {
    // a native launcher or self-extractor: "MZ" and 100 KiB of code before the zip data
    byte[] stub = new byte[100 * 1024];
    new Random(7).nextBytes(stub);
    stub[0] = 'M';
    stub[1] = 'Z';
    RecordingVisitor v = new RecordingVisitor();
    walker.walk(write("setup.exe", concat(stub, app())), "setup.exe", v);
    assertThat(v.text("setup.exe!/BOOT-INF/classes/a/App.class")).isEqualTo("app");
    assertThat(TargetKind.of(dir.resolve("setup.exe"))).isEqualTo(TargetKind.ZIP_ARCHIVE);
  }

  @Test
  void offsetsAdjustedForThePrefixAreReadToo() throws IOException {
    // "zip -A" rewrites the offsets so that they count from the start of the file
    byte[] prefix = launchScript();
    byte[] data = concat(prefix, zip().deflated("a/A.class", "a").bytes());
    ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    int end = data.length - 22;
    assertThat(b.getInt(end)).isEqualTo(0x06054b50);
    int directory = prefix.length + b.getInt(end + 16);
    b.putInt(end + 16, directory);
    b.putInt(directory + 42, b.getInt(directory + 42) + prefix.length);
    RecordingVisitor v = new RecordingVisitor();
    walker.walk(write("adjusted.jar", data), "adjusted.jar", v);
    assertThat(v.text("adjusted.jar!/a/A.class")).isEqualTo("a");
  }

  @Test
  void aScriptWithoutZipDataIsStillNoArchive() throws IOException {
    Path script = write("run.jar", launchScript());
    assertThat(TargetKind.of(script)).isEqualTo(TargetKind.OTHER);
    assertThatThrownBy(() -> walker.walk(script, "run.jar", new RecordingVisitor()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("run.jar: not a zip archive");
  }

  @Test
  void classFilesAreKnownByNameAndMagicNumber() throws IOException {
    byte[] magic = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61};
    assertThat(TargetKind.of(write("A.class", magic))).isEqualTo(TargetKind.CLASS_FILE);
    // a Mach-O universal binary starts with the same four bytes
    assertThat(TargetKind.of(write("tool", new byte[] {magic[0], magic[1], magic[2], magic[3], 0})))
        .isEqualTo(TargetKind.OTHER);
    assertThat(TargetKind.of(dir)).isEqualTo(TargetKind.DIRECTORY);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
