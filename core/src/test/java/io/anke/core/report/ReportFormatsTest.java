package io.anke.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.anke.core.ConfigurationException;
import io.anke.core.engine.ScanResult;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFormatsTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final ReportOptions EN = new ReportOptions(Locale.ENGLISH, "1.2.3", false);
  static final ReportOptions ZH = new ReportOptions(Locale.SIMPLIFIED_CHINESE, "1.2.3", false);
  static final ReportFormats FORMATS = ReportFormats.builtIn();

  static String render(String format, ScanResult r, ReportOptions o) {
    return new String(ReportFormats.render(FORMATS.get(format), r, o), StandardCharsets.UTF_8);
  }

  static List<String> fieldNames(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void everyFormatIsByteIdenticalForTheSameInputs() {
    for (String id : FORMATS.ids()) {
      byte[] first = ReportFormats.render(FORMATS.get(id), SampleScan.result(), EN);
      byte[] second = ReportFormats.render(FORMATS.get(id), SampleScan.result(), EN);
      assertThat(second).as(id).isEqualTo(first);
      assertThat(new String(first, StandardCharsets.UTF_8))
          .as(id)
          .doesNotContain("\r")
          .isNotBlank();
    }
    assertThat(FORMATS.ids()).containsExactly("html", "json", "sarif", "text");
  }

  @Test
  void jsonFollowsTheContract() throws Exception {
    JsonNode root = MAPPER.readTree(render("json", SampleScan.result(), EN));
    assertThat(fieldNames(root))
        .containsExactly("schemaVersion", "tool", "profile", "language", "summary", "findings");
    assertThat(root.get("schemaVersion").intValue()).isEqualTo(1);
    assertThat(root.at("/tool/name").textValue()).isEqualTo("anke");
    assertThat(root.at("/tool/version").textValue()).isEqualTo("1.2.3");
    assertThat(root.get("profile").textValue()).isEqualTo("sample");
    JsonNode summary = root.get("summary");
    assertThat(fieldNames(summary))
        .containsExactly(
            "total",
            "critical",
            "high",
            "medium",
            "low",
            "info",
            "waived",
            "baselined",
            "expiredWaivers",
            "unusedWaivers",
            "ruleErrors",
            "failOn",
            "passed");
    assertThat(summary.get("critical").intValue()).isEqualTo(1);
    assertThat(summary.get("waived").intValue()).isEqualTo(1);
    assertThat(summary.get("expiredWaivers").intValue()).isEqualTo(1);
    assertThat(summary.get("passed").booleanValue()).isFalse();
    assertThat(summary.get("failOn").textValue()).isEqualTo("high");

    JsonNode findings = root.get("findings");
    List<String> order = new ArrayList<>();
    findings.forEach(
        f -> order.add(f.get("severity").textValue() + " " + f.get("ruleId").textValue()));
    assertThat(order)
        .containsExactly(
            "critical CRYPTO-WEAK-HASH",
            "high CRYPTO-WEAK-HASH",
            "medium BOM-NON-DOMESTIC-DB",
            "medium BOM-NON-DOMESTIC-DB",
            "low ANKE-WAIVER-EXPIRED",
            "low HOST-OS",
            "info CONFIG-NOWHERE");
    JsonNode md5 = findings.get(1);
    assertThat(fieldNames(md5))
        .containsExactly(
            "ruleId",
            "severity",
            "title",
            "message",
            "subject",
            "location",
            "standards",
            "remediation",
            "waived",
            "baselined",
            "fingerprint",
            "properties",
            "i18n");
    assertThat(fieldNames(md5.get("subject"))).containsExactly("kind", "id", "path");
    assertThat(fieldNames(md5.get("location"))).containsExactly("file", "class", "method");
    assertThat(md5.at("/location/class").textValue()).isEqualTo("com.acme.Hashes");
    assertThat(md5.at("/properties/algorithm").textValue()).isEqualTo("MD5");
    assertThat(md5.at("/standards/0").textValue()).isEqualTo("GB/T 39786-2021 8.5(b)");
    assertThat(md5.get("message").textValue()).startsWith("uses MD5");
    assertThat(md5.at("/i18n/zh-CN/message").textValue()).startsWith("使用 MD5");

    JsonNode waived = findings.get(3);
    assertThat(waived.get("waived").booleanValue()).isTrue();
    assertThat(waived.at("/waiver/reason").textValue()).isEqualTo("migration-planned");
    assertThat(waived.at("/waiver/approvedBy").textValue()).isEqualTo("王芳");
    assertThat(waived.at("/waiver/source").textValue()).isEqualTo("waivers.yaml:2");
    assertThat(waived.at("/subject/path/0").textValue()).isEqualTo("com.example:app:1.0");
    assertThat(fieldNames(findings.get(6).get("location"))).isEmpty();

    JsonNode zh = MAPPER.readTree(render("json", SampleScan.result(), ZH));
    assertThat(zh.get("language").textValue()).isEqualTo("zh-CN");
    assertThat(zh.at("/findings/1/message").textValue()).startsWith("使用 MD5");
  }

  @Test
  void sarifIsValidAgainstTheOfficialSchema() throws Exception {
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    for (ReportOptions o : List.of(EN, ZH)) {
      JsonNode sarif = MAPPER.readTree(render("sarif", SampleScan.result(), o));
      Set<ValidationMessage> errors = schema.validate(sarif);
      assertThat(errors).isEmpty();
    }
    // The validator does reject a broken document, so the check above is meaningful.
    JsonNode broken = MAPPER.readTree(render("sarif", SampleScan.result(), EN));
    ((com.fasterxml.jackson.databind.node.ObjectNode) broken.at("/runs/0/results/0"))
        .put("level", "fatal");
    assertThat(schema.validate(broken)).isNotEmpty();
  }

  @Test
  void sarifMeetsGitHubAndSonarQubeConstraints() throws Exception {
    JsonNode run = MAPPER.readTree(render("sarif", SampleScan.result(), EN)).at("/runs/0");
    assertThat(run.at("/tool/driver/name").textValue()).isEqualTo("anke");
    JsonNode rules = run.at("/tool/driver/rules");
    Set<String> ruleIds = new HashSet<>();
    for (JsonNode r : rules) {
      ruleIds.add(r.get("id").textValue());
      assertThat(r.at("/shortDescription/text").textValue()).isNotBlank();
      assertThat(r.at("/fullDescription/text").textValue()).isNotBlank();
      assertThat(r.at("/help/text").textValue()).isNotBlank();
      assertThat(r.at("/help/markdown").textValue()).isNotBlank();
      assertThat(r.at("/defaultConfiguration/level").textValue()).isIn("error", "warning", "note");
      assertThat(r.at("/properties/tags")).isNotEmpty();
      assertThat(r.at("/properties/tags").size()).isLessThanOrEqualTo(20);
      assertThat(Double.parseDouble(r.at("/properties/security-severity").textValue()))
          .isBetween(0.0, 10.0);
    }
    assertThat(ruleIds)
        .contains("CRYPTO-WEAK-HASH", "BOM-NON-DOMESTIC-DB", "HOST-OS", "ANKE-WAIVER-EXPIRED");
    JsonNode results = run.get("results");
    assertThat(results.size()).isEqualTo(7);
    for (JsonNode res : results) {
      String ruleId = res.get("ruleId").textValue();
      assertThat(ruleIds).contains(ruleId);
      assertThat(rules.get(res.get("ruleIndex").intValue()).get("id").textValue())
          .isEqualTo(ruleId);
      assertThat(res.at("/message/text").textValue()).isNotBlank();
      JsonNode phys = res.at("/locations/0/physicalLocation");
      assertThat(phys.at("/artifactLocation/uri").textValue()).as(ruleId).isNotBlank();
      if (!phys.path("region").isMissingNode()) {
        assertThat(phys.at("/region/startLine").intValue()).isGreaterThanOrEqualTo(1);
      }
      assertThat(res.at("/partialFingerprints/ankeFindingHash~1v1").textValue()).hasSize(32);
    }
    JsonNode md5 = results.get(1);
    // Findings inside archives point at the outer archive, repository-relative.
    assertThat(md5.at("/locations/0/physicalLocation/artifactLocation/uri").textValue())
        .isEqualTo("target/app.jar");
    assertThat(md5.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").textValue())
        .isEqualTo("%SRCROOT%");
    assertThat(md5.at("/properties/archivePath").textValue()).endsWith("com/acme/Hashes.class");
    assertThat(md5.at("/locations/0/logicalLocations/0/fullyQualifiedName").textValue())
        .isEqualTo("com.acme.Hashes.digest");
    assertThat(md5.at("/locations/0/logicalLocations/0/kind").textValue()).isEqualTo("function");
    // No line on a binary.
    assertThat(md5.at("/locations/0/physicalLocation/region").isMissingNode()).isTrue();
    assertThat(md5.get("level").textValue()).isEqualTo("error");
    JsonNode db = results.get(2);
    assertThat(db.at("/locations/0/physicalLocation/artifactLocation/uri").textValue())
        .isEqualTo("sbom/bom%201.cdx.json");
    assertThat(db.at("/locations/0/physicalLocation/region/startLine").intValue()).isEqualTo(17);
    assertThat(db.get("level").textValue()).isEqualTo("warning");
    JsonNode waived = results.get(3);
    assertThat(waived.at("/suppressions/0/kind").textValue()).isEqualTo("external");
    assertThat(waived.at("/suppressions/0/justification").textValue())
        .isEqualTo(
            "migration-planned, approved by 王芳, expires 2030-06-30 (waivers.yaml:2): moving to 达梦"
                + " DM8 in Q3 <b>soon</b>");
    JsonNode host = results.get(5);
    assertThat(host.at("/locations/0/physicalLocation/artifactLocation/uri").textValue())
        .isEqualTo("file:///etc/os-release");
    JsonNode nowhere = results.get(6);
    // No location at all: the scanned SBOM, so that GitHub does not reject the file; no line.
    assertThat(nowhere.at("/locations/0/physicalLocation/artifactLocation/uri").textValue())
        .isEqualTo("sbom/bom%201.cdx.json");
    assertThat(nowhere.at("/locations/0/physicalLocation/region").isMissingNode()).isTrue();
    assertThat(nowhere.get("level").textValue()).isEqualTo("note");
    assertThat(run.at("/invocations/0/executionSuccessful").booleanValue()).isTrue();
    assertThat(run.at("/automationDetails/id").textValue()).isEqualTo("anke/sample/");
  }

  @Test
  void textGroupsBySeverityAndColoursOnlyWhenAsked() {
    String text = render("text", SampleScan.result(), EN);
    int critical = text.indexOf("== CRITICAL (1) ==");
    int high = text.indexOf("== HIGH (1) ==");
    int medium = text.indexOf("== MEDIUM (1) ==");
    int low = text.indexOf("== LOW (2) ==");
    int info = text.indexOf("== INFO (1) ==");
    assertThat(critical).isPositive();
    assertThat(List.of(critical, high, medium, low, info)).isSorted();
    // The summary comes first: the verdict before any finding.
    assertThat(text.lines().limit(2))
        .containsExactly(
            "Anke compliance report — Profile: sample (Sample profile)",
            "Summary: 1 critical, 1 high, 1 medium, 2 low, 1 info; 1 waived, 0 in baseline —"
                + " fail-on high: FAILED");
    // Values in one column after the widest label ("pulled in by:").
    assertThat(text)
        .contains("[CRYPTO-WEAK-HASH] CRYPTO-WEAK-HASH title")
        .contains("  subject:      class com.acme.Hashes")
        .contains(
            "  location:     target/app.jar!/BOOT-INF/lib/acme-util-1.2.jar!/com/acme/Hashes.class\n"
                + "                com.acme.Hashes#digest\n")
        .contains("  standards:    GB/T 39786-2021 8.5(b)")
        .contains("  fix:          CRYPTO-WEAK-HASH fix")
        .contains("  pulled in by: com.example:app:1.0\n");
    // Findings of one severity are set apart by a blank line.
    assertThat(text).contains("new expiry date.\n\n[HOST-OS]");
    assertThat(text).contains("== Waived findings (1) ==").contains("approved by 王芳");
    assertThat(text)
        .endsWith(
            "[BOM-NON-DOMESTIC-DB] pkg:maven/org.postgresql/postgresql@42.7.3\n"
                + "  migration-planned, approved by 王芳, expires 2030-06-30 (waivers.yaml:2): moving to 达梦 DM8"
                + " in Q3\n    <b>soon</b>\n");
    // Escape sequences from scanned input never reach the terminal.
    assertThat(text).doesNotContain("\u001b");
    String coloured = render("text", SampleScan.result(), EN.withColor(true));
    assertThat(coloured).contains("\u001b[1;31m== CRITICAL (1) ==\u001b[0m");
    assertThat(coloured).contains("fail-on high: \u001b[1;31mFAILED\u001b[0m\n");
    assertThat(coloured).doesNotContain("\u001b[2J");
    String zh = render("text", SampleScan.result(), ZH);
    assertThat(zh).contains("== 严重 (1) ==").contains("汇总: 严重 1，高危 1");
    // Chinese labels take two columns a character: the values still line up.
    assertThat(zh).contains("  对象:     类 com.acme.Hashes").contains("  引入路径: com.example:app:1.0");
  }

  @Test
  void textWrapsLongValuesUnderTheirColumnAtTheWidthAsked() {
    ScanResult r = SampleScan.result();
    for (int width : List.of(40, 60, 100)) {
      for (ReportOptions o : List.of(EN, ZH)) {
        for (String line : render("text", r, o.withWidth(width)).lines().toList()) {
          // A line is only longer when it holds a word (a path) longer than a value may be.
          if (columns(line) > width) {
            assertThat(line.split(" +")).as(line).anyMatch(word -> columns(word) > 30);
          }
        }
      }
    }
    String narrow = render("text", r, EN.withWidth(60));
    // A path longer than the line keeps a line of its own; what follows goes under the value.
    assertThat(narrow)
        .contains(
            "  location:     target/app.jar!/BOOT-INF/lib/acme-util-1.2.jar!/com/acme/Hashes.class\n"
                + "                com.acme.Hashes#digest\n")
        .contains(
            "  problem:      Waiver for HOST-* on nothing expired on\n"
                + "                2020-01-01; it would have covered 0\n"
                + "                finding(s), which count again\n");
    assertThatThrownBy(() -> EN.withWidth(39)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unknownFormatsAreConfigurationErrorsAndFilesAreWrittenAtomically(@TempDir Path dir)
      throws Exception {
    assertThatThrownBy(() -> FORMATS.get("pdf"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("unknown report format 'pdf'; known formats: html, json, sarif, text");
    Path out = dir.resolve("new/dir");
    Path written = ReportFormats.writeTo(out, FORMATS.get("sarif"), SampleScan.result(), EN);
    assertThat(written).isEqualTo(out.resolve("anke-report.sarif"));
    assertThat(Files.readAllBytes(written))
        .isEqualTo(ReportFormats.render(FORMATS.get("sarif"), SampleScan.result(), EN));
    try (var files = Files.list(out)) {
      assertThat(files).hasSize(1);
    }
    // The report gets the permissions of any new file of the user (not owner-only).
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    assertThat(Files.getPosixFilePermissions(written))
        .isEqualTo(Files.getPosixFilePermissions(plain));
  }

  /** Terminal columns: a Chinese character or full-width mark takes two. */
  private static int columns(String s) {
    return s.codePoints().map(c -> c >= 0x2E80 && c <= 0xFFEF ? 2 : 1).sum();
  }

  @Test
  void reportsOfFormatsNotRequestedThisTimeAreRemovedAndNothingElse(@TempDir Path dir)
      throws Exception {
    // An earlier run wrote json, sarif and html; this one asks for text only.
    for (String f : List.of("json", "sarif", "html")) {
      ReportFormats.writeTo(dir, FORMATS.get(f), SampleScan.result(), EN);
    }
    Files.writeString(dir.resolve("bom.cdx.json"), "{}");
    Files.writeString(dir.resolve("notes.txt"), "mine");
    List<Path> removed = FORMATS.removeOthers(dir, List.of(FORMATS.get("text")));
    assertThat(removed)
        .extracting(p -> p.getFileName().toString())
        .containsExactlyInAnyOrder("anke-report.json", "anke-report.sarif", "anke-report.html");
    ReportFormats.writeTo(dir, FORMATS.get("text"), SampleScan.result(), EN);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("anke-report.txt", "bom.cdx.json", "notes.txt");
    }
    // "none": every report of an earlier run goes; a missing directory is not an error.
    assertThat(FORMATS.removeOthers(dir, List.of())).hasSize(1);
    assertThat(FORMATS.removeOthers(dir.resolve("missing"), List.of())).isEmpty();
  }
}
