package io.anke.scan.bom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.InputException;
import io.anke.core.bom.ArchiveFacts;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.bom.ComponentKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.loader.tools.DefaultLaunchScript;

class DetectionAndArchiveTest {

  @Test
  void formatIsDetectedByContentNotExtension(@TempDir Path dir) throws IOException {
    Path cdx = dir.resolve("sbom.txt");
    Files.copy(Fixtures.path("app-1.4.cdx.json"), cdx);
    assertThat(BomReaders.detect(cdx, "sbom.txt")).isEqualTo(BomFormat.CYCLONEDX_JSON);
    Path spdx = dir.resolve("sbom.json");
    Files.copy(Fixtures.path("app.spdx.json"), spdx);
    assertThat(BomReaders.detect(spdx, "sbom.json")).isEqualTo(BomFormat.SPDX_JSON);
    Path xml = dir.resolve("bom.json");
    Files.copy(Fixtures.path("app-1.5.cdx.xml"), xml);
    assertThat(BomReaders.detect(xml, "bom.json")).isEqualTo(BomFormat.CYCLONEDX_XML);
    Path csv = dir.resolve("inventory");
    Files.copy(Fixtures.path("hw-en.csv"), csv);
    assertThat(BomReaders.detect(csv, "inventory")).isEqualTo(BomFormat.INVENTORY_CSV);
    Path yaml = dir.resolve("inventory2");
    Files.copy(Fixtures.path("hw.yaml"), yaml);
    assertThat(BomReaders.detect(yaml, "inventory2")).isEqualTo(BomFormat.INVENTORY_YAML);
    assertThat(BomReaders.detect(dir, "dir")).isEqualTo(BomFormat.DIRECTORY);
    // the bomFormat marker after a long first field
    Path late = dir.resolve("late.json");
    Files.writeString(
        late,
        "{\"specVersion\":\"1.5\",\"x-note\":\""
            + "n".repeat(6000)
            + "\",\"bomFormat\":\"CycloneDX\",\"version\":1,\"components\":[]}");
    assertThat(BomReaders.detect(late, "late.json")).isEqualTo(BomFormat.CYCLONEDX_JSON);
  }

  @Test
  void unknownFormatsAreNamed(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("package.json");
    Files.writeString(json, "{\"name\":\"x\",\"version\":\"1.0.0\"}");
    assertThatThrownBy(() -> BomReaders.read(json, "package.json"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "package.json:1: JSON document that is neither CycloneDX (no \"bomFormat\") nor SPDX"
                + " (no \"spdxVersion\")");
    Path pom = dir.resolve("pom.xml");
    Files.writeString(pom, "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>");
    assertThatThrownBy(() -> BomReaders.read(pom, "pom.xml"))
        .hasMessageStartingWith("pom.xml:1: XML document that is not CycloneDX");
    Path tv = dir.resolve("sbom.spdx");
    Files.writeString(tv, "SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\n");
    assertThatThrownBy(() -> BomReaders.read(tv, "sbom.spdx"))
        .hasMessageContaining("convert it to SPDX JSON");
    Path empty = dir.resolve("empty");
    Files.createFile(empty);
    assertThatThrownBy(() -> BomReaders.read(empty, "empty")).hasMessage("empty: empty file");
    assertThatThrownBy(() -> BomReaders.read(dir.resolve("nope.json"), "nope.json"))
        .hasMessage("nope.json: no such file");
  }

  @Test
  void executableJarIsDetectedAndReadAsAnArchive(@TempDir Path dir) throws IOException {
    byte[] lib = jar(pom("org.example", "lib", "1.0"));
    byte[] app =
        jar(pom("gov.example", "permit-app", "1.0.0"), new Entry("BOOT-INF/lib/lib-1.0.jar", lib));
    byte[] script = new DefaultLaunchScript(null, null).toByteArray();
    byte[] file = new byte[script.length + app.length];
    System.arraycopy(script, 0, file, 0, script.length);
    System.arraycopy(app, 0, file, script.length, app.length);
    Path exec = dir.resolve("permit-app.jar");
    Files.write(exec, file);

    assertThat(BomReaders.detect(exec, "permit-app.jar")).isEqualTo(BomFormat.ARCHIVE);
    assertThat(BomReaders.read(exec, "permit-app.jar").components())
        .extracting(Component::purl)
        .containsExactly("pkg:maven/gov.example/permit-app@1.0.0", "pkg:maven/org.example/lib@1.0");
    // the same bytes in memory (standard input) are an archive too, and refused as such
    assertThat(BomReaders.detect(file, "-")).isEqualTo(BomFormat.ARCHIVE);
    assertThatThrownBy(() -> BomReaders.read(file, "-"))
        .hasMessage("-: archives must be read from a file");
  }

  static byte[] jar(Entry... entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Entry e : entries) {
        zip.putNextEntry(new ZipEntry(e.name));
        zip.write(e.data);
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  record Entry(String name, byte[] data) {
    static Entry text(String name, String text) {
      return new Entry(name, text.getBytes(StandardCharsets.UTF_8));
    }
  }

  static Entry pom(String g, String a, String v) {
    return Entry.text(
        "META-INF/maven/" + g + "/" + a + "/pom.properties",
        "#Generated by Maven\ngroupId=" + g + "\nartifactId=" + a + "\nversion=" + v + "\n");
  }

  @Test
  void springBootFatJarBecomesApplicationAndNestedLibraries(@TempDir Path dir) throws IOException {
    byte[] mysql =
        jar(
            pom("com.mysql", "mysql-connector-j", "8.4.0"),
            Entry.text("com/mysql/cj/jdbc/Driver.class", "not really a class"));
    byte[] legacy =
        jar(
            Entry.text(
                "META-INF/MANIFEST.MF",
                "Manifest-Version: 1.0\nImplementation-Title: legacy-sdk\nImplementation-Version: 2.1\n"
                    + "Implementation-Vendor: Example Vendor\n"));
    byte[] anonymous = jar(Entry.text("x/Y.class", "?"));
    Path app = dir.resolve("permit-app.jar");
    Files.write(
        app,
        jar(
            Entry.text("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nMain-Class: x\n"),
            new Entry("BOOT-INF/lib/mysql-connector-j-8.4.0.jar", mysql),
            new Entry("BOOT-INF/lib/legacy-sdk.jar", legacy),
            new Entry("BOOT-INF/lib/anon.jar", anonymous),
            pom("gov.example", "permit-app", "1.0.0")));
    BillOfMaterials bom = BomReaders.read(app, "target/permit-app.jar");
    assertThat(bom.source()).isEqualTo("target/permit-app.jar");
    assertThat(bom.components())
        .extracting(Component::name)
        .containsExactly("permit-app", "mysql-connector-j", "legacy-sdk", "anon.jar");
    Component root = bom.components().get(0);
    assertThat(root.kind()).isEqualTo(ComponentKind.APPLICATION);
    assertThat(root.purl()).isEqualTo("pkg:maven/gov.example/permit-app@1.0.0");
    assertThat(root.hashes()).containsKey("SHA-256");
    assertThat(root.origin().pointer()).isNull();
    Component m = bom.components().get(1);
    assertThat(m.kind()).isEqualTo(ComponentKind.LIBRARY);
    assertThat(m.purl()).isEqualTo("pkg:maven/com.mysql/mysql-connector-j@8.4.0");
    assertThat(m.origin().file()).isEqualTo("target/permit-app.jar");
    assertThat(m.origin().pointer())
        .isEqualTo("target/permit-app.jar!/BOOT-INF/lib/mysql-connector-j-8.4.0.jar");
    assertThat(m.dependencyPath())
        .containsExactly("gov.example:permit-app:1.0.0", "com.mysql:mysql-connector-j:8.4.0");
    assertThat(m.property(ArchiveFacts.IDENTITY)).isEqualTo("pom.properties");
    Component l = bom.components().get(2);
    assertThat(l.version()).isEqualTo("2.1");
    assertThat(l.supplier()).isEqualTo("Example Vendor");
    assertThat(l.property(ArchiveFacts.IDENTITY)).isEqualTo("manifest");
    assertThat(bom.components().get(3).property(ArchiveFacts.IDENTITY)).isEqualTo("file-name");
  }

  @Test
  void directoryOfJars(@TempDir Path dir) throws IOException {
    Path lib = Files.createDirectories(dir.resolve("app/lib"));
    Files.write(
        lib.resolve("kingbase8-9.0.1.jar"), jar(pom("cn.com.kingbase", "kingbase8", "9.0.1")));
    Files.write(lib.resolve("shaded.jar"), jar(pom("org.a", "a", "1"), pom("org.b", "b", "2")));
    Files.writeString(dir.resolve("app/README.txt"), "hello");
    BillOfMaterials bom = BomReaders.read(dir.resolve("app"), "app");
    assertThat(bom.components())
        .extracting(Component::coordinates)
        .containsExactly("cn.com.kingbase:kingbase8", "org.a:a", "org.b:b");
    assertThat(bom.components().get(0).origin().pointer()).isEqualTo("app/lib/kingbase8-9.0.1.jar");
    assertThat(bom.components().get(1).property(ArchiveComponentCollector.EMBEDDED))
        .isEqualTo("true");
    assertThat(bom.components().get(1).hashes()).isEmpty();
  }

  @Test
  void zipBombIsRefusedWithTheArchivePath(@TempDir Path dir) throws IOException {
    Path bomb = dir.resolve("bomb.jar");
    try (OutputStream out = Files.newOutputStream(bomb);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("zeros.bin"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThatThrownBy(() -> BomReaders.read(bomb, "bomb.jar"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("bomb.jar")
        .hasMessageContaining("zip bomb");
  }
}
