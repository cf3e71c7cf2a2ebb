package io.anke.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.anke.cli.MainTest.Run;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code anke scan} on a Spring Boot "fully executable" jar, built by Spring Boot's own repackager
 * with its launch script, as {@code <executable>true</executable>} of spring-boot-maven-plugin
 * writes it: read like the same application packaged without the script.
 */
@ExtendWith(EnglishLocale.class)
class ExecutableJarScanTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Rule, subject and location of each finding, the target's path written as TARGET. */
  private static List<String> findings(Run r, Path target) throws Exception {
    List<String> out = new ArrayList<>();
    for (JsonNode f : JSON.readTree(r.out()).path("findings")) {
      out.add(
          (f.path("ruleId").asText()
                  + " "
                  + f.path("subject").path("id").asText()
                  + " "
                  + f.path("location").path("file").asText())
              .replace(target.toString(), "TARGET"));
    }
    return out;
  }

  @Test
  void fullyExecutableJarIsScannedLikeThePlainOne(@TempDir Path dir) throws Exception {
    List<Path> libs = List.of(SpringBootJars.jarOf(CommandLine.class));
    Path executable = SpringBootJars.build(dir, "permit-exec.jar", true, libs);
    Path plain = SpringBootJars.build(dir, "permit-plain.jar", false, libs);
    try (InputStream in = Files.newInputStream(executable)) {
      assertThat(new String(in.readNBytes(11), StandardCharsets.US_ASCII)).isEqualTo("#!/bin/bash");
    }

    Run exec =
        MainTest.run(
            "scan",
            executable.toString(),
            "--profile",
            "crypto-l3",
            "--format",
            "json",
            "--app-only");
    Run reference =
        MainTest.run(
            "scan", plain.toString(), "--profile", "crypto-l3", "--format", "json", "--app-only");

    assertThat(exec.err()).doesNotContain("unrecognised format");
    assertThat(reference.exit()).isEqualTo(1);
    assertThat(exec.exit()).isEqualTo(reference.exit());
    List<String> found = findings(exec, executable);
    assertThat(found).isEqualTo(findings(reference, plain));
    assertThat(found)
        .contains(
            "CRYPTO-WEAK-HASH gov.example.permit.PermitApplication"
                + " TARGET!/BOOT-INF/classes/gov/example/permit/PermitApplication.class");
  }

  @Test
  void executableJarInADeliveryDirectoryIsScanned(@TempDir Path dir) throws Exception {
    Path delivery = Files.createDirectories(dir.resolve("delivery/bin"));
    SpringBootJars.build(
        delivery, "permit-service.jar", true, List.of(SpringBootJars.jarOf(CommandLine.class)));
    Run r =
        MainTest.run(
            "scan",
            dir.resolve("delivery").toString(),
            "--profile",
            "crypto-l3",
            "--format",
            "json",
            "--app-only");
    assertThat(r.err()).doesNotContain("not a zip archive");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(findings(r, dir.resolve("delivery")))
        .anyMatch(f -> f.startsWith("CRYPTO-WEAK-HASH gov.example.permit.PermitApplication"));
  }
}
