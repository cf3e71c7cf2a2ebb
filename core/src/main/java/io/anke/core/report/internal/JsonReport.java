package io.anke.core.report.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.anke.core.Severity;
import io.anke.core.engine.ScanResult;
import io.anke.core.engine.ScanResult.BaselineStatus;
import io.anke.core.engine.Summary;
import io.anke.core.internal.Json;
import io.anke.core.report.ReportFormat;
import io.anke.core.report.ReportOptions;
import io.anke.core.rule.Finding;
import io.anke.core.rule.Location;
import io.anke.core.rule.Text;
import io.anke.core.waiver.Waiver;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON report of the stable contract (docs/compliance-engine.md): {@code schemaVersion}, {@code
 * tool}, {@code profile}, {@code summary}, {@code findings}, keys in a fixed order. Person-readable
 * texts ({@code title}, {@code message}, {@code remediation}) are in the report's language; {@code
 * i18n} carries both.
 */
public final class JsonReport implements ReportFormat {
  /** The version of this JSON shape; raised only on incompatible changes. */
  public static final int SCHEMA_VERSION = 1;

  @Override
  public String id() {
    return "json";
  }

  @Override
  public String fileName() {
    return "anke-report.json";
  }

  @Override
  public void write(ScanResult result, ReportOptions options, OutputStream out) throws IOException {
    Locale locale = options.locale();
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeNumberField("schemaVersion", SCHEMA_VERSION);
      g.writeObjectFieldStart("tool");
      g.writeStringField("name", "anke");
      g.writeStringField("version", options.toolVersion());
      g.writeEndObject();
      if (result.profile() == null) {
        g.writeNullField("profile");
      } else {
        g.writeStringField("profile", result.profile().id());
      }
      g.writeStringField("language", Text.isChinese(locale) ? "zh-CN" : "en");
      writeSummary(g, result.summary());
      writeBaseline(g, result.baseline());
      g.writeArrayFieldStart("findings");
      for (Finding f : result.findings()) {
        writeFinding(g, f, locale);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static void writeSummary(JsonGenerator g, Summary s) throws IOException {
    g.writeObjectFieldStart("summary");
    g.writeNumberField("total", s.total());
    for (Severity sev : Severity.values()) {
      g.writeNumberField(sev.id(), s.count(sev));
    }
    g.writeNumberField("waived", s.waived());
    g.writeNumberField("baselined", s.baselined());
    g.writeNumberField("expiredWaivers", s.expiredWaivers());
    g.writeNumberField("unusedWaivers", s.unusedWaivers());
    g.writeNumberField("ruleErrors", s.ruleErrors());
    g.writeStringField("failOn", s.failOn().id());
    g.writeBooleanField("passed", s.passed());
    g.writeEndObject();
  }

  private static void writeBaseline(JsonGenerator g, BaselineStatus b) throws IOException {
    if (b.mode() == BaselineStatus.Mode.NONE) {
      return;
    }
    g.writeObjectFieldStart("baseline");
    g.writeStringField("mode", b.mode().name().toLowerCase(Locale.ROOT));
    g.writeStringField("file", b.file());
    g.writeNumberField("entries", b.entries());
    g.writeNumberField("matched", b.matched());
    g.writeNumberField("stale", b.stale());
    g.writeEndObject();
  }

  private static void writeFinding(JsonGenerator g, Finding f, Locale locale) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.ruleId());
    g.writeStringField("severity", f.severity().id());
    g.writeStringField("title", f.title().in(locale));
    g.writeStringField("message", f.message().in(locale));
    g.writeObjectFieldStart("subject");
    g.writeStringField("kind", f.subject().kind());
    g.writeStringField("id", f.subject().id());
    g.writeArrayFieldStart("path");
    for (String p : f.subject().path()) {
      g.writeString(p);
    }
    g.writeEndArray();
    g.writeEndObject();
    writeLocation(g, f.location());
    g.writeArrayFieldStart("standards");
    for (String s : f.standards()) {
      g.writeString(s);
    }
    g.writeEndArray();
    g.writeStringField("remediation", f.remediation().in(locale));
    g.writeBooleanField("waived", f.waived());
    if (f.waived()) {
      writeWaiver(g, f.waiver());
    }
    g.writeBooleanField("baselined", f.baselined());
    g.writeStringField("fingerprint", f.fingerprint());
    g.writeObjectFieldStart("properties");
    for (Map.Entry<String, String> e : f.properties().entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeObjectFieldStart("i18n");
    writeLanguage(g, "en", f.title().en(), f.message().en(), f.remediation().en());
    writeLanguage(g, "zh-CN", f.title().zh(), f.message().zh(), f.remediation().zh());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeLocation(JsonGenerator g, Location l) throws IOException {
    g.writeObjectFieldStart("location");
    if (l.fact()) {
      g.writeStringField("fact", l.file());
    } else if (!l.file().isEmpty()) {
      g.writeStringField("file", l.file());
    }
    if (l.line() > 0) {
      g.writeNumberField("line", l.line());
    }
    if (l.className() != null) {
      g.writeStringField("class", l.className());
    }
    if (l.method() != null) {
      g.writeStringField("method", l.method());
    }
    if (l.sourceFile() != null) {
      g.writeStringField("sourceFile", l.sourceFile());
    }
    if (l.source() != null) {
      g.writeObjectFieldStart("source");
      g.writeStringField("file", l.source().file());
      if (l.source().line() > 0) {
        g.writeNumberField("line", l.source().line());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  static void writeWaiver(JsonGenerator g, Waiver w) throws IOException {
    g.writeObjectFieldStart("waiver");
    g.writeStringField("rule", w.rule());
    g.writeStringField("subject", w.subject());
    g.writeStringField("reason", w.reason().id());
    g.writeStringField("justification", w.justification());
    g.writeStringField("approvedBy", w.approvedBy());
    g.writeStringField("expires", w.expires().toString());
    g.writeStringField("source", w.where());
    g.writeEndObject();
  }

  private static void writeLanguage(
      JsonGenerator g, String lang, String title, String message, String remediation)
      throws IOException {
    g.writeObjectFieldStart(lang);
    g.writeStringField("title", title);
    g.writeStringField("message", message);
    g.writeStringField("remediation", remediation);
    g.writeEndObject();
  }
}
