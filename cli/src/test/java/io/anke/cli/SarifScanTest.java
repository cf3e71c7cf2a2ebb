package io.anke.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.anke.cli.MainTest.Run;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SARIF of real scans — an application jar, an SBOM, the host — against the OASIS SARIF 2.1.0
 * schema (the copy the core module's report tests use), with no line on a binary and no file that
 * does not exist.
 */
@ExtendWith(EnglishLocale.class)
class SarifScanTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The schema file of the checkout, found from the module directory Surefire runs in. */
  static JsonSchema schema() throws Exception {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate =
          dir.resolve("core/src/test/resources/io/anke/core/report/sarif-schema-2.1.0.json");
      if (Files.isRegularFile(candidate) && Files.isRegularFile(dir.resolve("mvnw"))) {
        try (InputStream in = Files.newInputStream(candidate)) {
          return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
      }
    }
    throw new AssertionError("the SARIF schema of the checkout was not found");
  }

  /** Scans, validates the SARIF against the schema and returns its results. */
  static JsonNode scan(Path dir, String... args) throws Exception {
    Path out = dir.resolve("out");
    List<String> all = new ArrayList<>(List.of("scan"));
    all.addAll(List.of(args));
    all.addAll(List.of("--format", "sarif", "--output", out.toString(), "--fail-on", "never"));
    Run r = MainTest.run(all.toArray(String[]::new));
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    JsonNode sarif = MAPPER.readTree(out.resolve("anke-report.sarif").toFile());
    assertThat(schema().validate(sarif)).isEmpty();
    assertThat(sarif.at("/runs/0/tool/driver").has("informationUri")).isFalse();
    JsonNode results = sarif.at("/runs/0/results");
    assertThat(results.size()).isPositive();
    for (JsonNode res : results) {
      for (JsonNode l : res.path("locations")) {
        JsonNode artifact = l.at("/physicalLocation/artifactLocation");
        if (artifact.isMissingNode()) {
          // Not a file: then it is a logical location.
          assertThat(l.path("logicalLocations").size()).as(res.toString()).isPositive();
          continue;
        }
        Path file = file(artifact);
        assertThat(file).as(res.get("ruleId") + " points at an existing file").exists();
        if (file.toString().endsWith(".jar") || file.toString().endsWith(".class")) {
          assertThat(l.at("/physicalLocation/region").isMissingNode())
              .as("no line on a binary: " + res)
              .isTrue();
        }
      }
    }
    return results;
  }

  private static Path file(JsonNode artifact) {
    String uri = artifact.get("uri").textValue();
    if (artifact.has("uriBaseId")) {
      return Path.of("").toAbsolutePath().resolve(URI.create(uri).getPath());
    }
    return Path.of(URI.create(uri));
  }

  @Test
  void aJarScanPointsAtTheJarWithoutLinesAndNamesClassAndMethod(@TempDir Path dir)
      throws Exception {
    Path jar = ScanCommandTest.fatJar(dir, "orders.jar", "orders");
    JsonNode results = scan(dir, jar.toString(), "--profile", "crypto-l3");
    JsonNode md5 = null;
    for (JsonNode r : results) {
      if (r.get("ruleId").asText().equals("CRYPTO-WEAK-HASH")
          && r.at("/properties/details/algorithm").asText().equals("MD5")) {
        md5 = r;
      }
    }
    assertThat(md5).as(results.toString()).isNotNull();
    JsonNode location = md5.at("/locations/0");
    assertThat(file(location.at("/physicalLocation/artifactLocation"))).isEqualTo(jar);
    assertThat(location.at("/logicalLocations/0/fullyQualifiedName").asText())
        .isEqualTo("gov.example.orders.Hasher.hash");
    assertThat(location.at("/logicalLocations/0/kind").asText()).isEqualTo("function");
    assertThat(md5.at("/properties/archivePath").asText())
        .endsWith("orders.jar!/BOOT-INF/classes/gov/example/orders/Hasher.class");
    // The source line is still said, as what it is: a line of Hasher#hash (Hasher.java).
    assertThat(md5.at("/message/text").asText()).startsWith("gov.example.orders.Hasher#hash:4 ");
  }

  @Test
  void anSbomScanPointsAtItsLinesAndGivesTheDependencyPathOnce(@TempDir Path dir) throws Exception {
    Path sbom = ScanCommandTest.write(dir, "app.cdx.json", ScanCommandTest.SBOM);
    JsonNode results = scan(dir, "--sbom", sbom.toString(), "--profile", "xinchuang-strict");
    JsonNode driver = null;
    for (JsonNode r : results) {
      if (r.get("ruleId").asText().equals("BOM-FOREIGN-DB-DRIVER")) {
        driver = r;
      }
    }
    assertThat(driver).as(results.toString()).isNotNull();
    List<String> lines = Files.readAllLines(sbom);
    int ojdbc =
        lines.indexOf(lines.stream().filter(l -> l.contains("\"ojdbc\"")).findFirst().get());
    assertThat(file(driver.at("/locations/0/physicalLocation/artifactLocation"))).isEqualTo(sbom);
    assertThat(driver.at("/locations/0/physicalLocation/region/startLine").asInt())
        .isEqualTo(ojdbc + 1);
    String message = driver.at("/message/text").asText();
    assertThat(message.split("gov\\.example:permit-service:2\\.3\\.0", -1)).as(message).hasSize(2);
  }

  @Test
  void aHostScanGivesFactsThatAreNotFilesAsLogicalLocations(@TempDir Path dir) throws Exception {
    JsonNode results = scan(dir, "--host", "--profile", "xinchuang-strict");
    for (JsonNode r : results) {
      assertThat(r.toString()).doesNotContain("JVM%20system%20properties");
      if (r.get("ruleId").asText().startsWith("HOST-JDK")) {
        // The JVM is known from its system properties, not from a file.
        assertThat(r.at("/locations/0/physicalLocation").isMissingNode()).as(r.toString()).isTrue();
        assertThat(r.at("/locations/0/logicalLocations/0/name").asText())
            .isEqualTo("JVM system properties");
      }
    }
  }
}
