package io.anke.samples.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code examples of docs/startup-guard.md that no other test starts: settings given in code
 * ({@link GuardBuilderExample}), with a foreign JDBC driver on the class path.
 */
class StartupGuardDocExamplesTest {
  @TempDir Path dir;

  @Test
  void settingsGivenInCodeWinOverPropertiesAndWarnLetsTheApplicationStart() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("host-waivers.yaml")) {
      Files.copy(in, dir.resolve("anke-waivers.yaml"));
    }
    // The example class alone, so that the guard reads no other test class as the application's.
    String name = GuardBuilderExample.class.getName().replace('.', '/') + ".class";
    Path classes = dir.resolve("example-classes");
    Files.createDirectories(classes.resolve(name).getParent());
    Files.copy(Path.of("target/test-classes", name), classes.resolve(name));
    List<Path> cp = new ArrayList<>(GuardedJvm.applicationClasspath());
    cp.add(classes);
    cp.add(GuardedJvm.testJar("mssql-jdbc"));

    // A value given in code wins over the system property.
    GuardedJvm.Run run =
        GuardedJvm.runMain(
            dir,
            cp,
            GuardBuilderExample.class.getName(),
            List.of(),
            "-Danke.guard.mode=enforce",
            "-Danke.guard.profile=crypto-l2");

    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdout()).contains("GuardBuilderExample started");
    assertThat(run.stderr()).contains("[BOM-FOREIGN-DB-DRIVER]");
    JsonNode report = new ObjectMapper().readTree(dir.resolve("logs/anke-guard.json").toFile());
    assertThat(report.path("profile").asText()).isEqualTo("xinchuang-strict");
    List<String> hostFindings = new ArrayList<>();
    for (JsonNode f : report.path("findings")) {
      // the rules host-waivers.yaml waives: what the machine is, not what the class path holds
      String rule = f.path("ruleId").asText();
      boolean waivable = rule.matches("HOST-.*-NOT-DOMESTIC") || rule.equals("HOST-JDK-OUTDATED");
      if (waivable && !f.path("waived").asBoolean()) {
        hostFindings.add(f.path("ruleId").asText());
      }
    }
    assertThat(hostFindings).as("the waiver file is read").isEmpty();
  }
}
