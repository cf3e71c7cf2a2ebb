package io.anke.core.report.internal;

import static io.anke.core.report.internal.ReportScans.EN;
import static io.anke.core.report.internal.ReportScans.ZH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.anke.core.engine.ScanResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SARIF report's exact fields: the run's header, the rules' help and tags, each result. */
class SarifReportExactOutputTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final SarifReport SARIF = new SarifReport();

  static JsonNode run(ScanResult r, io.anke.core.report.ReportOptions o) throws Exception {
    return MAPPER.readTree(ReportScans.render(SARIF, r, o)).at("/runs/0");
  }

  static JsonNode rule(JsonNode run, String id) {
    for (JsonNode r : run.at("/tool/driver/rules")) {
      if (r.get("id").textValue().equals(id)) {
        return r;
      }
    }
    throw new AssertionError("no rule " + id);
  }

  static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.textValue()));
    return out;
  }

  @Test
  void theRunNamesSchemaToolExitCodeAndLanguage() throws Exception {
    assertThat(SARIF.id()).isEqualTo("sarif");
    assertThat(SARIF.fileName()).isEqualTo("anke-report.sarif");
    ScanResult plain = ReportScans.plain();
    JsonNode root = MAPPER.readTree(ReportScans.render(SARIF, plain, EN));
    assertThat(root.get("$schema").textValue())
        .isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    assertThat(root.get("version").textValue()).isEqualTo("2.1.0");
    JsonNode run = root.at("/runs/0");
    assertThat(run.at("/tool/driver/fullName").textValue())
        .isEqualTo("Anke (安可) compliance checks");
    assertThat(run.at("/tool/driver/version").textValue()).isEqualTo("1.2.3");
    // A HIGH finding at the default threshold: exit code 1.
    assertThat(run.at("/invocations/0/exitCode").intValue()).isEqualTo(1);
    assertThat(run.at("/automationDetails/id").textValue()).isEqualTo("anke/all-rules/");
    assertThat(run.get("language").textValue()).isEqualTo("en-US");
    assertThat(run.get("columnKind").textValue()).isEqualTo("unicodeCodePoints");
    assertThat(run(plain, ZH).get("language").textValue()).isEqualTo("zh-CN");
    // Without a baseline, no result has a baseline state.
    for (JsonNode res : run.get("results")) {
      assertThat(res.has("baselineState")).as(res.toString()).isFalse();
    }
  }

  @Test
  void theDocumentEndsWithANewlineAndTheStreamIsFlushedNotClosed() throws Exception {
    // Nothing of the report may stay in the caller's buffer.
    assertThat(ReportScans.flushedThroughBuffer(SARIF, ReportScans.plain(), EN))
        .startsWith("{\n")
        .endsWith("\n  ]\n}\n");
  }

  @Test
  void rulesHaveAPascalCaseNameEscapedMarkdownHelpAndAtMostTwentyTags() throws Exception {
    JsonNode run = run(ReportScans.plain(), EN);
    JsonNode hash = rule(run, "CRYPTO-WEAK-HASH");
    assertThat(hash.get("name").textValue()).isEqualTo("CryptoWeakHash");
    assertThat(hash.at("/help/text").textValue())
        .isEqualTo(
            "MD5 is <broken> (since 2004)\n\nUse SM3 #now!\n\nGB/T 39786-2021 8.5(b)\n\n"
                + "Rule reference: docs/rules.md#crypto-weak-hash in the Anke repository"
                + " (written by anke rules --format markdown).");
    // Every markdown character is escaped with a backslash, a backslash too.
    assertThat(hash.at("/help/markdown").textValue())
        .isEqualTo(
            "**Weak hash \\*MD5\\* \\[C:\\\\x\\]**\n\nMD5 is \\<broken\\> \\(since 2004\\)\n\n"
                + "Use SM3 \\#now\\!\n\nGB/T 39786-2021 8.5\\(b\\)\n\n"
                + "Rule reference: docs/rules.md\\#crypto-weak-hash in the Anke repository"
                + " \\(written by anke rules --format markdown\\).");
    assertThat(texts(hash.at("/properties/tags")))
        .containsExactly("security", "crypto", "GB/T 39786-2021 8.5(b)");
    assertThat(hash.at("/properties/precision").textValue()).isEqualTo("high");
    assertThat(hash.at("/properties/problem.severity").textValue()).isEqualTo("error");
    assertThat(hash.at("/properties/security-severity").textValue()).isEqualTo("8.0");
    assertThat(hash.at("/properties/anke-severity").textValue()).isEqualTo("high");

    // A rule without clauses has no clause paragraph.
    JsonNode os = rule(run, "HOST-OS");
    assertThat(os.get("name").textValue()).isEqualTo("HostOs");
    assertThat(os.at("/help/text").textValue())
        .isEqualTo(
            "Rationale\n\nFix it\n\nRule reference: docs/rules.md#host-os in the Anke repository"
                + " (written by anke rules --format markdown).");
    assertThat(os.at("/help/markdown").textValue())
        .isEqualTo(
            "**Operating system**\n\nRationale\n\nFix it\n\n"
                + "Rule reference: docs/rules.md\\#host-os in the Anke repository"
                + " \\(written by anke rules --format markdown\\).");
    assertThat(os.at("/properties/problem.severity").textValue()).isEqualTo("recommendation");
    assertThat(os.at("/properties/anke-severity").textValue()).isEqualTo("low");

    // GitHub keeps 20 tags: security, the category and the first 18 of 25 clauses.
    JsonNode many = rule(run, "CONFIG-MANY");
    List<String> tags = texts(many.at("/properties/tags"));
    assertThat(tags).hasSize(20).startsWith("security", "config", "GB/T 22239-2019 8.1.4.1");
    assertThat(tags.get(19)).isEqualTo("GB/T 22239-2019 8.1.4.18");
    assertThat(many.at("/properties/problem.severity").textValue()).isEqualTo("warning");
  }

  @Test
  void resultsCarryBaselineStateSuppressionAndTheirProperties(@TempDir Path dir) throws Exception {
    JsonNode results = run(ReportScans.applied(dir.resolve("baseline.json")), EN).get("results");
    List<String> states = new ArrayList<>();
    results.forEach(
        r ->
            states.add(
                r.at("/properties/subject/id").textValue()
                    + " "
                    + r.get("baselineState").textValue()));
    // Known findings are unchanged; the new one and the waived one (never baselined) are new.
    assertThat(states)
        .containsExactly(
            "com.x.Bar unchanged",
            "com.x.Baz new",
            "pkg:maven/com.x/lib@1 unchanged",
            "app.properties unchanged",
            "app.properties unchanged",
            "jvm unchanged",
            "os new");

    JsonNode foo = results.get(2);
    assertThat(foo.at("/message/text").textValue())
        .isEqualTo("uses MD5 (pulled in by com.x:app:1) — GB/T 39786-2021 8.5(b)");
    JsonNode props = foo.get("properties");
    assertThat(props.get("severity").textValue()).isEqualTo("high");
    assertThat(props.at("/subject/kind").textValue()).isEqualTo("component");
    assertThat(texts(props.at("/subject/path"))).containsExactly("com.x:app:1", "com.x:lib:1");
    assertThat(props.get("builtFile").textValue()).isEqualTo("target/classes/com/x/Foo.class");
    assertThat(texts(props.get("standards"))).containsExactly("GB/T 39786-2021 8.5(b)");
    assertThat(props.get("remediation").textValue()).isEqualTo("Use SM3 #now!");
    assertThat(props.get("otherLanguage").textValue()).isEqualTo("使用 MD5");
    assertThat(props.at("/details/algorithm").textValue()).isEqualTo("MD5");
    assertThat(props.at("/details/provider").textValue()).isEqualTo("SUN");
    assertThat(foo.at("/locations/0/physicalLocation/region/startLine").intValue()).isEqualTo(12);

    // An archive entry: the entry in the message, with its line only when there is one.
    assertThat(results.get(3).at("/message/text").textValue())
        .startsWith("entry without line [app.jar!/conf/app.properties] — ");
    assertThat(results.get(4).at("/message/text").textValue())
        .startsWith("entry on line 1 [app.jar!/conf/app.properties:1] — ");

    // A fact is a logical location only, named by what it is.
    JsonNode fact = results.get(5).at("/locations/0");
    assertThat(fact.has("physicalLocation")).isFalse();
    assertThat(fact.at("/logicalLocations/0/name").textValue()).isEqualTo("JVM system properties");
    assertThat(fact.at("/logicalLocations/0/fullyQualifiedName").textValue())
        .isEqualTo("JVM system properties");

    JsonNode waived = results.get(6);
    assertThat(waived.at("/suppressions/0/kind").textValue()).isEqualTo("external");
    assertThat(waived.at("/suppressions/0/status").textValue()).isEqualTo("accepted");
    assertThat(waived.at("/suppressions/0/justification").textValue())
        .isEqualTo(
            "not-applicable, approved by Li, expires 2030-01-01 (waivers.yaml:2): containers only");
  }
}
