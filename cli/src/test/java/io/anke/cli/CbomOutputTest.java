package io.anke.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.anke.cli.MainTest.Run;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.codec.digest.DigestUtils;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * A jar scan's CycloneDX output is its cryptography bill of materials: on a Spring Boot application
 * built by Spring Boot's repackager with real libraries from Maven Central in {@code BOOT-INF/lib}
 * (Bouncy Castle and Spring Security Crypto, which carry no {@code pom.properties}, and Commons
 * Codec, which does), scanned whole, {@code anke scan --sbom} of the output (which validates it
 * against the CycloneDX 1.6 schema as it reads it) gives the same crypto findings as the scan of
 * the jar.
 */
@ExtendWith(EnglishLocale.class)
class CbomOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Path app;
  static Path reports;
  static Run jarScan;

  @BeforeAll
  static void scanTheJar() throws Exception {
    app =
        SpringBootJars.build(
            dir,
            "permit-service.jar",
            false,
            List.of(
                SpringBootJars.jarOf(BouncyCastleProvider.class),
                SpringBootJars.jarOf(BCryptPasswordEncoder.class),
                SpringBootJars.jarOf(DigestUtils.class)));
    reports = dir.resolve("reports");
    jarScan =
        MainTest.run(
            "scan",
            app.toString(),
            "--profile",
            "crypto-l3",
            "--format",
            "json,cyclonedx",
            "--output",
            reports.toString());
  }

  /**
   * Rule, severity and subject (kind, id, path) of each crypto finding; a finding on the scanned
   * file or document as a whole by its rule alone, since the jar and the CBOM have different names.
   */
  private static TreeSet<String> verdict(JsonNode report) {
    TreeSet<String> out = new TreeSet<>();
    for (JsonNode f : report.path("findings")) {
      String rule = f.path("ruleId").asText();
      if (!rule.startsWith("CRYPTO-")) {
        continue;
      }
      JsonNode s = f.path("subject");
      out.add(
          rule
              + " "
              + f.path("severity").asText()
              + " "
              + (s.path("kind").asText().equals("file")
                  ? "(document)"
                  : s.path("kind").asText() + " " + s.path("id").asText() + " " + s.path("path")));
    }
    return out;
  }

  /** The crypto findings on a class. */
  private static List<JsonNode> onClasses(JsonNode report) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode f : report.path("findings")) {
      if (f.path("ruleId").asText().startsWith("CRYPTO-")
          && f.path("subject").path("kind").asText().equals("class")) {
        out.add(f);
      }
    }
    return out;
  }

  /** {@code RULE class file:line method} of a finding. */
  private static String place(JsonNode f) {
    JsonNode at = f.path("location");
    return f.path("ruleId").asText()
        + " "
        + f.path("subject").path("id").asText()
        + " "
        + at.path("file").asText()
        + ":"
        + at.path("line").asInt()
        + " "
        + at.path("method").asText();
  }

  @Test
  void theCbomOfAJarGivesTheSameCryptoFindingsAsTheJar() throws Exception {
    assertThat(jarScan.exit()).as(jarScan.err()).isEqualTo(1);
    Path cbom = reports.resolve("anke-report.cdx.json");
    Run cbomScan =
        MainTest.run(
            "scan", "--sbom", cbom.toString(), "--profile", "crypto-l3", "--format", "json");
    assertThat(cbomScan.exit()).as(cbomScan.err()).isEqualTo(1);

    TreeSet<String> fromJar = verdict(JSON.readTree(reports.resolve("anke-report.json").toFile()));
    TreeSet<String> fromCbom = verdict(JSON.readTree(cbomScan.out()));
    TreeSet<String> onlyJar = new TreeSet<>(fromJar);
    onlyJar.removeAll(fromCbom);
    TreeSet<String> onlyCbom = new TreeSet<>(fromCbom);
    onlyCbom.removeAll(fromJar);
    assertThat(onlyJar).as("only in the jar's findings").isEmpty();
    assertThat(onlyCbom).as("only in the CBOM's findings").isEmpty();
    assertThat(fromJar)
        .hasSizeGreaterThan(50)
        // the application's own MD5; the application judged on its own code, which has no SM
        // algorithm although Bouncy Castle's has; a library class named with its library's path
        .contains(
            "CRYPTO-WEAK-HASH high class gov.example.permit.PermitApplication []",
            "CRYPTO-NO-NATIONAL-ALGORITHM medium (document)")
        .anyMatch(
            v ->
                v.contains(" class org.apache.commons.codec.")
                    && v.contains("commons-codec:commons-codec:"));

    // Finding by finding, at the same place: the CBOM's findings are the jar's, and a key size
    // (written as the algorithm with its size, RSA-1024) also states its algorithm where the key
    // is made.
    List<JsonNode> extra = onClasses(JSON.readTree(cbomScan.out()));
    for (JsonNode f : onClasses(JSON.readTree(reports.resolve("anke-report.json").toFile()))) {
      String wanted = place(f);
      JsonNode same = extra.stream().filter(x -> place(x).equals(wanted)).findFirst().orElse(null);
      assertThat(same).as("the CBOM's findings hold " + wanted).isNotNull();
      extra.remove(same);
    }
    assertThat(extra).isNotEmpty();
    for (JsonNode f : extra) {
      assertThat(f.path("ruleId").asText()).isEqualTo("CRYPTO-NON-NATIONAL-ASYMMETRIC");
      assertThat(f.path("properties").path("detail").asText()).matches("RSA-\\d+");
    }
  }
}
