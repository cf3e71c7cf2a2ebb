package io.anke.scan.bom;

import static io.anke.rules.packs.PackScans.classpathJar;
import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.bom.ArchiveFacts;
import io.anke.core.bom.Component;
import io.anke.core.engine.ScanResult;
import io.anke.core.rule.Finding;
import io.anke.scan.ScanInputs;
import io.anke.scan.ScanSettings;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jars built by Gradle carry no {@code pom.properties}; what their manifests and file names say
 * identifies them only as far as it goes. The manifests below are those of the jars Maven Central
 * serves (json-path 2.9.0, micrometer-core 1.15.5); spring-core is the real jar.
 */
class GradleBuiltJarsTest {
  @TempDir Path dir;

  @Test
  void aManifestValueThatIsNoVersionIsNotTheVersion() throws Exception {
    // json-path 2.9.0's build wrote the Gradle property's description instead of its value
    Path jar =
        jar(
            "json-path-2.9.0.jar",
            "Automatic-Module-Name: json.path",
            "Bundle-SymbolicName: json-path",
            "Bundle-Version: 2.9.0",
            "Implementation-Title: json-path",
            "Implementation-Version: task ':json-path:jar' property 'archiveVersion'");
    Component c = read(jar);
    assertThat(c.name()).isEqualTo("json-path");
    assertThat(c.version()).isEqualTo("2.9.0");
    // no group is stated anywhere in the jar: no coordinates are made up
    assertThat(c.group()).isNull();
    assertThat(c.purl()).isNull();

    Path unresolved =
        jar("acme-1.0.jar", "Implementation-Title: acme", "Implementation-Version: ${revision}");
    assertThat(read(unresolved).version()).isNull();
    assertThat(ArchiveFacts.plausibleVersion(" 6.2.12 ")).isEqualTo("6.2.12");
    assertThat(ArchiveFacts.plausibleVersion("\"1.0\"")).isNull();
    assertThat(ArchiveFacts.plausibleVersion("1.0 beta")).isNull();
  }

  @Test
  void coordinatesTheManifestStatesAreTakenWhenTheFileNameAgrees() throws Exception {
    String[] micrometer = {
      "Automatic-Module-Name: micrometer.core",
      "Bundle-SymbolicName: micrometer-core",
      "Bundle-Version: 1.15.5",
      "Gradle-Version: 8.14.3",
      "Implementation-Title: io.micrometer#micrometer-core;1.15.5",
      "Implementation-Version: 1.15.5"
    };
    Component c = read(jar("micrometer-core-1.15.5.jar", micrometer));
    assertThat(c.purl()).isEqualTo("pkg:maven/io.micrometer/micrometer-core@1.15.5");
    assertThat(c.group()).isEqualTo("io.micrometer");
    assertThat(c.name()).isEqualTo("micrometer-core");
    assertThat(c.property(ArchiveFacts.IDENTITY)).isEqualTo("manifest");

    // a renamed copy: the evidence disagrees, so nothing is claimed
    Component renamed = read(jar("metrics.jar", micrometer));
    assertThat(renamed.purl()).isNull();
    assertThat(renamed.group()).isNull();
    assertThat(renamed.name()).isEqualTo("micrometer-core");
    assertThat(renamed.version()).isEqualTo("1.15.5");
  }

  @Test
  void springCoreStaysUnidentifiedAndTheFindingSaysWhatTheJarStated() throws Exception {
    Path jar = classpathJar("spring-core-");
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      assertThat(zip.stream().map(e -> e.getName())).noneMatch(n -> n.endsWith("pom.properties"));
    }
    String version = jar.getParent().getFileName().toString();
    Component c = read(jar);
    // Automatic-Module-Name spring.core does not say that the group is org.springframework
    assertThat(c.purl()).isNull();
    assertThat(c.group()).isNull();
    assertThat(c.name()).isEqualTo("spring-core");
    assertThat(c.version()).isEqualTo(version);

    ScanSettings settings =
        ScanSettings.builder().workingDirectory(dir).profile("gov-cloud-baseline").build();
    ScanResult r =
        settings.run(
            ScanInputs.builder()
                .bom(
                    BomEnricher.enrich(
                        BomReaders.read(jar, jar.getFileName().toString()), settings.catalog()))
                .build());
    Finding f =
        r.findings().stream()
            .filter(x -> x.ruleId().equals("BOM-NO-IDENTITY"))
            .findFirst()
            .orElseThrow();
    assertThat(f.message().en())
        .contains("spring-core-" + version + ".jar carries no pom.properties")
        .contains("Implementation-Title: spring-core")
        .contains("Automatic-Module-Name: spring.core")
        .contains("Implementation-Version: " + version);
    assertThat(f.message().zh()).contains("没有 pom.properties");
  }

  private static Component read(Path jar) {
    return BomReaders.read(jar, jar.getFileName().toString()).components().get(0);
  }

  private Path jar(String name, String... attributes) throws Exception {
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    for (String a : attributes) {
      int colon = a.indexOf(": ");
      mf.getMainAttributes().putValue(a.substring(0, colon), a.substring(colon + 2));
    }
    Path jar = dir.resolve(name);
    try (OutputStream os = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(os, mf)) {
      out.putNextEntry(new ZipEntry("com/example/Lib.class"));
      out.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61});
      out.closeEntry();
    }
    return jar;
  }
}
