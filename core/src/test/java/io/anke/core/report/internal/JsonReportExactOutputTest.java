package io.anke.core.report.internal;

import static io.anke.core.report.internal.ReportScans.EN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.anke.core.engine.ScanResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON report's exact fields: profile, baseline, locations, waivers and both languages. */
class JsonReportExactOutputTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final JsonReport JSON = new JsonReport();

  static JsonNode json(ScanResult r) throws Exception {
    return MAPPER.readTree(ReportScans.render(JSON, r, EN));
  }

  static List<String> fieldNames(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void withoutProfileOrBaselineTheProfileIsNullAndThereIsNoBaseline() throws Exception {
    assertThat(JSON.id()).isEqualTo("json");
    JsonNode root = json(ReportScans.plain());
    assertThat(fieldNames(root))
        .containsExactly("schemaVersion", "tool", "profile", "language", "summary", "findings");
    assertThat(root.get("profile").isNull()).isTrue();
    // The document ends with a newline, and all of it is flushed to the stream, which stays open.
    assertThat(ReportScans.flushedThroughBuffer(JSON, ReportScans.plain(), EN))
        .startsWith("{\n")
        .endsWith("\n  ]\n}\n");
  }

  @Test
  void theBaselineSaysHowItWasUsed(@TempDir Path dir) throws Exception {
    Path created = dir.resolve("created.json");
    JsonNode first = json(ReportScans.created(created));
    assertThat(fieldNames(first))
        .containsExactly(
            "schemaVersion", "tool", "profile", "language", "summary", "baseline", "findings");
    JsonNode b = first.get("baseline");
    assertThat(fieldNames(b)).containsExactly("mode", "file", "entries", "matched", "stale");
    // Six findings, five baselineable (the waived one is not): all recorded and matched.
    assertThat(b.get("mode").textValue()).isEqualTo("created");
    assertThat(b.get("file").textValue()).isEqualTo(created.toString());
    assertThat(b.get("entries").intValue()).isEqualTo(5);
    assertThat(b.get("matched").intValue()).isEqualTo(5);
    assertThat(b.get("stale").intValue()).isZero();

    Path applied = dir.resolve("applied.json");
    JsonNode second = json(ReportScans.applied(applied)).get("baseline");
    assertThat(second.get("mode").textValue()).isEqualTo("applied");
    assertThat(second.get("file").textValue()).isEqualTo(applied.toString());
    assertThat(second.get("entries").intValue()).isEqualTo(5);
    assertThat(second.get("matched").intValue()).isEqualTo(5);
  }

  @Test
  void locationsWaiversAndBothLanguagesAreWrittenInFull() throws Exception {
    JsonNode findings = json(ReportScans.plain()).get("findings");
    // Code whose source line is unknown: the source without a line.
    JsonNode bar = findings.get(0).get("location");
    assertThat(fieldNames(bar)).containsExactly("file", "class", "source");
    assertThat(fieldNames(bar.get("source"))).containsExactly("file");
    assertThat(bar.at("/source/file").textValue()).isEqualTo("src/main/java/com/x/Bar.java");

    JsonNode foo = findings.get(1);
    JsonNode location = foo.get("location");
    assertThat(fieldNames(location))
        .containsExactly("file", "line", "class", "method", "sourceFile", "source");
    assertThat(location.get("file").textValue()).isEqualTo("target/classes/com/x/Foo.class");
    assertThat(location.get("line").intValue()).isEqualTo(12);
    assertThat(location.get("method").textValue()).isEqualTo("run");
    assertThat(location.get("sourceFile").textValue()).isEqualTo("Foo.java");
    assertThat(location.at("/source/file").textValue()).isEqualTo("src/main/java/com/x/Foo.java");
    assertThat(location.at("/source/line").intValue()).isEqualTo(12);

    JsonNode i18n = foo.get("i18n");
    assertThat(fieldNames(i18n)).containsExactly("en", "zh-CN");
    assertThat(fieldNames(i18n.get("en"))).containsExactly("title", "message", "remediation");
    assertThat(i18n.at("/en/title").textValue()).isEqualTo("Weak hash *MD5* [C:\\x]");
    assertThat(i18n.at("/en/message").textValue()).isEqualTo("uses MD5");
    assertThat(i18n.at("/en/remediation").textValue()).isEqualTo("Use SM3 #now!");
    assertThat(fieldNames(i18n.get("zh-CN"))).containsExactly("title", "message", "remediation");
    assertThat(i18n.at("/zh-CN/title").textValue()).isEqualTo("弱哈希 *MD5*");
    assertThat(i18n.at("/zh-CN/remediation").textValue()).isEqualTo("改用 SM3");

    // An archive entry on line 1, and a fact.
    assertThat(fieldNames(findings.get(3).get("location"))).containsExactly("file", "line");
    assertThat(findings.at("/3/location/line").intValue()).isEqualTo(1);
    assertThat(fieldNames(findings.get(4).get("location"))).containsExactly("fact");

    JsonNode waiver = findings.get(5).get("waiver");
    assertThat(fieldNames(waiver))
        .containsExactly(
            "rule", "subject", "reason", "justification", "approvedBy", "expires", "source");
    assertThat(waiver.get("rule").textValue()).isEqualTo("HOST-OS");
    assertThat(waiver.get("subject").textValue()).isEqualTo("os");
    assertThat(waiver.get("reason").textValue()).isEqualTo("not-applicable");
    assertThat(waiver.get("justification").textValue()).isEqualTo("containers only");
    assertThat(waiver.get("approvedBy").textValue()).isEqualTo("Li");
    assertThat(waiver.get("expires").textValue()).isEqualTo("2030-01-01");
    assertThat(waiver.get("source").textValue()).isEqualTo("waivers.yaml:2");
  }
}
