package io.anke.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.anke.core.Severity;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Origin;
import io.anke.core.engine.Engine;
import io.anke.core.engine.ScanResult;
import io.anke.core.engine.TestRules;
import io.anke.core.rule.Finding;
import io.anke.core.rule.Location;
import io.anke.core.rule.RuleDescriptor;
import io.anke.core.rule.ScanContext;
import io.anke.core.rule.Subject;
import io.anke.core.rule.Text;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where SARIF results point: a line only on the file it is a line of, code as logical locations,
 * facts that are not files without a file, the source a build knows instead of its output.
 */
class SarifLocationsTest {
  static final RuleDescriptor RULE =
      TestRules.descriptor("CRYPTO-WEAK-HASH", Severity.HIGH, "crypto", "sample");

  static final String JAR_ENTRY = "target/app.jar!/BOOT-INF/classes/com/acme/Hashes.class";

  /** One finding per sort of location, each with a subject id saying which. */
  static ScanResult scan(List<String> inputs) {
    var rule =
        TestRules.rule(
            RULE,
            (ctx, sink) -> {
              report(
                  sink,
                  "code-in-jar",
                  Location.inCode(JAR_ENTRY, 14, "com.acme.Hashes", "digest", "Hashes.java"));
              report(
                  sink,
                  "class-only",
                  Location.inClass(
                      "target/classes/com/acme/Account.class", "com.acme.Account", null));
              report(
                  sink,
                  "code-built",
                  Location.inCode(
                          "target/classes/com/acme/Legacy.class",
                          7,
                          "com.acme.Legacy",
                          "hash",
                          "Legacy.java")
                      .withSource(new Location.Source("src/main/java/com/acme/Legacy.java", 7)));
              report(
                  sink,
                  "resource-built",
                  Location.of("target/classes/application.properties", 5)
                      .withSource(
                          new Location.Source("src/main/resources/application.properties", 0)));
              report(sink, "fact", Location.fact("JVM system properties"));
              report(sink, "host-file", Location.of("/etc/os-release", 3));
              report(
                  sink, "entry-line", Location.of("target/app.jar!/BOOT-INF/classes/app.yml", 9));
              report(sink, "nowhere", Location.NONE);
              sink.report(
                  sink.finding()
                      .subject(
                          new Subject(
                              Subject.COMPONENT,
                              "path-in-message",
                              List.of("com.example:app:1.0", "org.x:lib:2.0", "org.y:driver:3.0")))
                      .location(Location.of("bom.cdx.json", 4))
                      .message(
                          Text.of(
                              "外国驱动（引入路径：com.example:app:1.0 → org.x:lib:2.0）",
                              "foreign driver (pulled in by com.example:app:1.0 → org.x:lib:2.0)"))
                      .build());
              sink.report(
                  sink.finding()
                      .subject(
                          new Subject(
                              Subject.COMPONENT,
                              "path-not-in-message",
                              List.of("com.example:app:1.0", "org.y:driver:3.0")))
                      .location(Location.of("bom.cdx.json", 8))
                      .message(Text.same("foreign driver"))
                      .build());
            });
    ScanContext.Builder ctx = ScanContext.builder().workingDirectory(Path.of("/work/project"));
    for (String in : inputs) {
      ctx.bom(new BillOfMaterials(in, List.of()));
    }
    return Engine.builder().addRules(List.of(rule)).build().run(ctx.build());
  }

  private static void report(
      io.anke.core.rule.FindingSink sink, String subject, Location location) {
    sink.report(
        sink.finding()
            .subject(Subject.of(Subject.CLASS, subject))
            .location(location)
            .message(Text.same("uses MD5"))
            .build());
  }

  static Map<String, JsonNode> results(ScanResult r, ReportOptions o) throws Exception {
    JsonNode sarif = ReportFormatsTest.MAPPER.readTree(ReportFormatsTest.render("sarif", r, o));
    assertThat(schema().validate(sarif)).isEmpty();
    Map<String, JsonNode> bySubject = new HashMap<>();
    for (JsonNode res : sarif.at("/runs/0/results")) {
      bySubject.put(res.at("/properties/subject/id").textValue(), res);
    }
    return bySubject;
  }

  static JsonSchema schema() throws Exception {
    try (InputStream in = SarifLocationsTest.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
  }

  static String uri(JsonNode result) {
    return result.at("/locations/0/physicalLocation/artifactLocation/uri").textValue();
  }

  static JsonNode region(JsonNode result) {
    return result.at("/locations/0/physicalLocation/region");
  }

  @Test
  void linesOnlyWhereTheyAreLinesOfTheFilePointedAt() throws Exception {
    Map<String, JsonNode> r = results(scan(List.of("bom.cdx.json")), ReportFormatsTest.EN);

    // Code in a jar: the jar, no line (14 is a line of Hashes.java), class and method logically.
    JsonNode jar = r.get("code-in-jar");
    assertThat(uri(jar)).isEqualTo("target/app.jar");
    assertThat(region(jar).isMissingNode()).isTrue();
    JsonNode logical = jar.at("/locations/0/logicalLocations/0");
    assertThat(logical.get("name").textValue()).isEqualTo("digest");
    assertThat(logical.get("fullyQualifiedName").textValue()).isEqualTo("com.acme.Hashes.digest");
    assertThat(logical.get("kind").textValue()).isEqualTo("function");
    assertThat(jar.at("/properties/archivePath").textValue()).isEqualTo(JAR_ENTRY);
    JsonNode type = r.get("class-only").at("/locations/0/logicalLocations/0");
    assertThat(type.get("name").textValue()).isEqualTo("Account");
    assertThat(type.get("fullyQualifiedName").textValue()).isEqualTo("com.acme.Account");
    assertThat(type.get("kind").textValue()).isEqualTo("type");
    assertThat(region(r.get("class-only")).isMissingNode()).isTrue();

    // Built from a known source: the source, with the line when it is one of the source's.
    JsonNode built = r.get("code-built");
    assertThat(uri(built)).isEqualTo("src/main/java/com/acme/Legacy.java");
    assertThat(built.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").textValue())
        .isEqualTo("%SRCROOT%");
    assertThat(region(built).get("startLine").intValue()).isEqualTo(7);
    assertThat(built.at("/locations/0/logicalLocations/0/fullyQualifiedName").textValue())
        .isEqualTo("com.acme.Legacy.hash");
    assertThat(built.at("/properties/builtFile").textValue())
        .isEqualTo("target/classes/com/acme/Legacy.class");
    JsonNode resource = r.get("resource-built");
    assertThat(uri(resource)).isEqualTo("src/main/resources/application.properties");
    assertThat(region(resource).isMissingNode()).isTrue();

    // A fact that is not a file: a logical location, no file at all.
    JsonNode fact = r.get("fact");
    assertThat(fact.at("/locations/0/physicalLocation").isMissingNode()).isTrue();
    assertThat(fact.at("/locations/0/logicalLocations/0/name").textValue())
        .isEqualTo("JVM system properties");
    JsonNode host = r.get("host-file");
    assertThat(uri(host)).isEqualTo("file:///etc/os-release");
    assertThat(region(host).get("startLine").intValue()).isEqualTo(3);

    // A line of an archive entry is not a line of the archive: in the message instead.
    JsonNode entry = r.get("entry-line");
    assertThat(uri(entry)).isEqualTo("target/app.jar");
    assertThat(region(entry).isMissingNode()).isTrue();
    assertThat(entry.at("/message/text").textValue())
        .startsWith("uses MD5 [target/app.jar!/BOOT-INF/classes/app.yml:9]");

    // Nothing known: the scanned file, without a line.
    assertThat(uri(r.get("nowhere"))).isEqualTo("bom.cdx.json");
    assertThat(region(r.get("nowhere")).isMissingNode()).isTrue();
  }

  @Test
  void aScanOfNoFileInventsNone() throws Exception {
    // The host alone: a finding without a location has nowhere to point.
    Map<String, JsonNode> r = results(scan(List.of("host")), ReportFormatsTest.EN);
    assertThat(r.get("nowhere").has("locations")).isFalse();
    List<String> uris = new ArrayList<>();
    r.values().forEach(res -> res.findValues("uri").forEach(u -> uris.add(u.textValue())));
    assertThat(uris).doesNotContain(".", "host", "JVM%20system%20properties");
  }

  @Test
  void theDependencyPathIsGivenOnceAndRulesPointAtTheRuleReference() throws Exception {
    for (ReportOptions o : List.of(ReportFormatsTest.EN, ReportFormatsTest.ZH)) {
      Map<String, JsonNode> r = results(scan(List.of("bom.cdx.json")), o);
      String inMessage = r.get("path-in-message").at("/message/text").textValue();
      assertThat(inMessage.split("com\\.example:app:1\\.0", -1)).as(inMessage).hasSize(2);
      String added = r.get("path-not-in-message").at("/message/text").textValue();
      assertThat(added)
          .isEqualTo(
              o == ReportFormatsTest.EN
                  ? "foreign driver (pulled in by com.example:app:1.0) — GB/T 39786-2021 8.5(b)"
                  : "foreign driver（引入路径：com.example:app:1.0） — GB/T 39786-2021 8.5(b)");
    }
    JsonNode run =
        ReportFormatsTest.MAPPER
            .readTree(
                ReportFormatsTest.render(
                    "sarif", scan(List.of("bom.cdx.json")), ReportFormatsTest.EN))
            .at("/runs/0");
    assertThat(run.at("/tool/driver").has("informationUri")).isFalse();
    JsonNode rule = run.at("/tool/driver/rules/0");
    assertThat(rule.has("helpUri")).isFalse();
    assertThat(rule.at("/help/text").textValue())
        .endsWith(
            "Rule reference: docs/rules.md#crypto-weak-hash in the Anke repository"
                + " (written by anke rules --format markdown).");
  }

  @Test
  void theSourceDoesNotChangeTheFingerprint() {
    Finding f =
        scan(List.of("bom.cdx.json")).findings().stream()
            .filter(x -> x.subject().id().equals("code-in-jar"))
            .findFirst()
            .orElseThrow();
    Finding built = f.withSource(new Location.Source("src/main/java/com/acme/Hashes.java", 14));
    assertThat(built.fingerprint()).isEqualTo(f.fingerprint());
    assertThat(built.location().display())
        .isEqualTo("src/main/java/com/acme/Hashes.java:14 com.acme.Hashes#digest");
    assertThat(f.location().display()).isEqualTo(JAR_ENTRY + " com.acme.Hashes#digest:14");
  }

  @Test
  void aFactStaysAFactAndIsNeverGivenASource() {
    Location fact = Location.of(Origin.fact("JVM system properties"));
    assertThat(fact).isEqualTo(Location.fact("JVM system properties"));
    assertThat(fact.fact()).isTrue();
    assertThat(fact.display()).isEqualTo("JVM system properties");
    assertThat(Location.of(Origin.of("/etc/os-release", 2)).fact()).isFalse();
    assertThatThrownBy(() -> fact.withSource(new Location.Source("src/x.java", 0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Location.fact("")).isInstanceOf(IllegalArgumentException.class);
  }
}
