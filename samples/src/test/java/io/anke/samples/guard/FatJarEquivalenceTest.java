package io.anke.samples.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.anke.core.engine.ScanResult;
import io.anke.core.rule.Finding;
import io.anke.core.rule.Subject;
import io.anke.scan.ScanInputs;
import io.anke.scan.ScanSettings;
import io.anke.scan.bom.BomEnricher;
import io.anke.scan.bom.BomReaders;
import io.anke.scan.data.ApplicationFacts;
import io.anke.scan.data.ClassificationDeclaration;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.loader.tools.Library;
import org.springframework.boot.loader.tools.LibraryScope;
import org.springframework.boot.loader.tools.Repackager;

/**
 * The guard inside a real Spring Boot fat jar ({@code java -jar app.jar}, Spring Boot's launcher
 * and its nested class loader) reports what {@code anke scan app.jar} reports for the same jar: the
 * same rules on the same subjects, the application's data classes (a declaration that must be
 * stored encrypted and is not) included. The host is judged only by the guard (the scan is not
 * given {@code --host}), so host findings are left out of the comparison.
 */
class FatJarEquivalenceTest {
  @TempDir Path dir;

  @Test
  void theGuardInAFatJarReportsWhatAnkeScanReportsForIt() throws Exception {
    List<Path> libraries = new ArrayList<>();
    for (Path p : GuardedJvm.applicationClasspath()) {
      if (!p.endsWith("classes")) {
        libraries.add(Files.isDirectory(p) ? jarOf(p) : p);
      }
    }
    libraries.add(GuardedJvm.testJar("mssql-jdbc"));
    Path app = fatJar(libraries, GuardedRuns.classifiedClasses());

    GuardedJvm.Run run =
        GuardedJvm.runJar(
            dir,
            app,
            "-Danke.guard.mode=warn",
            "-Danke.guard.profile=xinchuang-strict",
            "-Danke.guard.report=guard.json");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdout()).contains(GuardedApplicationTest.STARTED);
    assertThat(run.stderr())
        .as(run.stderr())
        .doesNotContain("ERROR io.anke.core.guard.StartupGuard - 安可");

    List<String> guard = new ArrayList<>();
    List<String> hostRules = new ArrayList<>();
    JsonNode report = new ObjectMapper().readTree(dir.resolve("guard.json").toFile());
    for (JsonNode f : report.get("findings")) {
      if (Subject.HOST.equals(f.get("subject").get("kind").asText())) {
        hostRules.add(f.get("ruleId").asText());
      } else {
        guard.add(
            f.get("ruleId").asText()
                + " "
                + f.get("subject").get("kind").asText()
                + " "
                + f.get("subject").get("id").asText());
      }
    }

    ScanSettings settings =
        ScanSettings.builder().workingDirectory(dir).profile("xinchuang-strict").build();
    // The guard judges what the application's own classes declare (not their names, not their
    // configuration): those facts of anke scan's reading.
    List<Object> declared =
        ApplicationFacts.collect(app, "app.jar").stream()
            .filter(ClassificationDeclaration.class::isInstance)
            .toList();
    ScanResult scan =
        settings.run(
            ScanInputs.builder()
                .bom(BomEnricher.enrich(BomReaders.read(app, "app.jar"), settings.catalog()))
                .facts(declared)
                .build());
    List<String> expected = new ArrayList<>();
    for (Finding f : scan.findings()) {
      expected.add(f.ruleId() + " " + f.subject().kind() + " " + f.subject().id());
    }

    // The launcher's class loader names bcprov as jar:nested:/app.jar/!BOOT-INF/lib/...!/: still
    // the one supported copy, not one shadowing itself.
    assertThat(hostRules).doesNotContain("RUNTIME-BC-UNSUPPORTED");

    // lists, not sets: a jar read twice (the fat jar and its nested URLs) would show as duplicates
    guard.sort(null);
    expected.sort(null);
    assertThat(guard)
        .contains(
            "BOM-FOREIGN-DB-DRIVER component pkg:maven/com.microsoft.sqlserver/mssql-jdbc@13.6.2",
            "DATA-CLASSIFIED-NOT-ENCRYPTED class gov.example.Resident")
        .containsExactlyElementsOf(expected);
  }

  /**
   * The application repackaged as spring-boot-maven-plugin would, with Spring Boot's launcher; its
   * own classes are the sample's and those of {@code moreClasses}.
   */
  private Path fatJar(List<Path> libraries, Path moreClasses) throws IOException {
    Path source = dir.resolve("guarded-application.original.jar");
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    Path classes = Path.of("target/classes").toAbsolutePath();
    try (OutputStream os = Files.newOutputStream(source);
        JarOutputStream out = new JarOutputStream(os, mf)) {
      out.putNextEntry(
          new ZipEntry("META-INF/maven/io.anke.samples/guarded-application/pom.properties"));
      out.write(
          "groupId=io.anke.samples\nartifactId=guarded-application\nversion=1.0.0\n"
              .getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
      GuardedJvm.addTree(out, classes, false);
      GuardedJvm.addTree(out, moreClasses, false);
    }
    Path target = dir.resolve("app.jar");
    Repackager repackager = new Repackager(source.toFile());
    repackager.setMainClass(GuardedApplication.class.getName());
    repackager.setBackupSource(false);
    repackager.setIncludeRelevantJarModeJars(false);
    repackager.repackage(
        target.toFile(),
        callback -> {
          for (Path lib : libraries) {
            callback.library(new Library(lib.toFile(), LibraryScope.COMPILE));
          }
        });
    Files.delete(source);
    return target;
  }

  /** A class directory of the reactor (a module not yet packaged) as a jar. */
  private Path jarOf(Path classes) throws IOException {
    Path jar = dir.resolve(classes.getParent().getParent().getFileName() + ".jar");
    GuardedJvm.jar(classes, jar, false);
    return jar;
  }
}
