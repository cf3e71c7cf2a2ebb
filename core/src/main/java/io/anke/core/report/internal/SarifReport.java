package io.anke.core.report.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.anke.core.Severity;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.engine.ScanResult;
import io.anke.core.engine.ScanResult.BaselineStatus;
import io.anke.core.report.ReportFormat;
import io.anke.core.report.ReportOptions;
import io.anke.core.rule.Finding;
import io.anke.core.rule.Location;
import io.anke.core.rule.RuleDescriptor;
import io.anke.core.rule.Text;
import io.anke.core.rule.internal.Json;
import io.anke.core.waiver.Waiver;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0 for GitHub code scanning and SonarQube. Every result has a physical location with a
 * repository-relative URI and a start line (line 1 when the line is not known), because one
 * location-less result makes GitHub reject the whole file; findings inside archives point at the
 * outermost archive and carry the full entry path in their properties. Rules are listed in {@code
 * tool.driver.rules} with help, tags and {@code security-severity}; {@code partialFingerprints}
 * carry the stable finding fingerprint; waived findings carry an external suppression.
 */
public final class SarifReport implements ReportFormat {
  /** The key of our fingerprint in {@code partialFingerprints}. */
  public static final String FINGERPRINT_KEY = "ankeFindingHash/v1";

  @Override
  public String id() {
    return "sarif";
  }

  @Override
  public String fileName() {
    return "anke-report.sarif";
  }

  @Override
  public void write(ScanResult result, ReportOptions options, OutputStream out) throws IOException {
    Locale locale = options.locale();
    List<RuleDescriptor> rules = result.rules();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      index.put(rules.get(i).id(), i);
    }
    String fallbackUri = fallbackUri(result);
    boolean baselineInUse = result.baseline().mode() != BaselineStatus.Mode.NONE;
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();

      g.writeObjectFieldStart("tool");
      g.writeObjectFieldStart("driver");
      g.writeStringField("name", "anke");
      g.writeStringField("fullName", "Anke (安可) compliance checks");
      g.writeStringField("version", options.toolVersion());
      g.writeStringField("informationUri", "https://anke.io");
      g.writeArrayFieldStart("rules");
      for (RuleDescriptor d : rules) {
        writeRule(g, d, locale);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();

      g.writeArrayFieldStart("invocations");
      g.writeStartObject();
      g.writeBooleanField("executionSuccessful", result.ruleErrors().isEmpty());
      g.writeNumberField("exitCode", result.exitCode().code());
      g.writeEndObject();
      g.writeEndArray();

      g.writeObjectFieldStart("automationDetails");
      g.writeStringField(
          "id", "anke/" + (result.profile() == null ? "all-rules" : result.profile().id()) + "/");
      g.writeEndObject();
      g.writeStringField("language", Text.isChinese(locale) ? "zh-CN" : "en-US");
      g.writeStringField("columnKind", "unicodeCodePoints");

      g.writeArrayFieldStart("results");
      for (Finding f : result.findings()) {
        writeResult(g, f, index.get(f.ruleId()), locale, fallbackUri, baselineInUse);
      }
      g.writeEndArray();

      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static void writeRule(JsonGenerator g, RuleDescriptor d, Locale locale)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("id", d.id());
    g.writeStringField("name", pascalCase(d.id()));
    message(g, "shortDescription", d.title().in(locale));
    message(g, "fullDescription", d.description().in(locale));
    String clauses = String.join("; ", d.standards());
    g.writeObjectFieldStart("help");
    g.writeStringField(
        "text",
        d.description().in(locale)
            + "\n\n"
            + d.remediation().in(locale)
            + (clauses.isEmpty() ? "" : "\n\n" + clauses));
    g.writeStringField(
        "markdown",
        "**"
            + markdown(d.title().in(locale))
            + "**\n\n"
            + markdown(d.description().in(locale))
            + "\n\n"
            + markdown(d.remediation().in(locale))
            + (clauses.isEmpty() ? "" : "\n\n" + markdown(clauses)));
    g.writeEndObject();
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeStringField("level", level(d.severity()));
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    Set<String> tags = new LinkedHashSet<>();
    tags.add("security");
    tags.add(d.category());
    tags.addAll(d.standards());
    g.writeArrayFieldStart("tags");
    // GitHub keeps 20 tags per rule; more would be dropped silently.
    int n = 0;
    for (String t : tags) {
      if (n++ == 20) {
        break;
      }
      g.writeString(t);
    }
    g.writeEndArray();
    g.writeStringField("precision", "high");
    g.writeStringField("problem.severity", problemSeverity(d.severity()));
    g.writeStringField("security-severity", securitySeverity(d.severity()));
    g.writeStringField("anke-severity", d.severity().id());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeResult(
      JsonGenerator g,
      Finding f,
      int ruleIndex,
      Locale locale,
      String fallbackUri,
      boolean baselineInUse)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.ruleId());
    g.writeNumberField("ruleIndex", ruleIndex);
    g.writeStringField("level", level(f.severity()));
    g.writeObjectFieldStart("message");
    g.writeStringField("text", resultText(f, locale));
    g.writeEndObject();

    Location l = f.location();
    String file = l.outerFile().isEmpty() ? fallbackUri : l.outerFile();
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    String uri = uri(file);
    g.writeStringField("uri", uri);
    if (!isAbsolute(file)) {
      g.writeStringField("uriBaseId", "%SRCROOT%");
    }
    g.writeEndObject();
    g.writeObjectFieldStart("region");
    // GitHub and SonarQube both need a start line; line 1 of the artifact when it is unknown.
    g.writeNumberField("startLine", Math.max(1, l.line()));
    g.writeEndObject();
    g.writeEndObject();
    if (l.className() != null) {
      g.writeArrayFieldStart("logicalLocations");
      g.writeStartObject();
      if (l.method() != null) {
        g.writeStringField("name", l.method());
        g.writeStringField("fullyQualifiedName", l.className() + "." + l.method());
        g.writeStringField("kind", "function");
      } else {
        g.writeStringField("name", l.className());
        g.writeStringField("fullyQualifiedName", l.className());
        g.writeStringField("kind", "type");
      }
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndArray();

    g.writeObjectFieldStart("partialFingerprints");
    g.writeStringField(FINGERPRINT_KEY, f.fingerprint());
    g.writeEndObject();

    if (f.waived()) {
      Waiver w = f.waiver();
      g.writeArrayFieldStart("suppressions");
      g.writeStartObject();
      g.writeStringField("kind", "external");
      g.writeStringField("status", "accepted");
      g.writeStringField(
          "justification",
          ReportText.both(
                  "waiver.text",
                  w.reason().id(),
                  w.approvedBy(),
                  w.expires().toString(),
                  w.where(),
                  w.justification())
              .in(locale));
      g.writeEndObject();
      g.writeEndArray();
    }
    if (baselineInUse) {
      g.writeStringField("baselineState", f.baselined() ? "unchanged" : "new");
    }

    g.writeObjectFieldStart("properties");
    g.writeStringField("severity", f.severity().id());
    g.writeObjectFieldStart("subject");
    g.writeStringField("kind", f.subject().kind());
    g.writeStringField("id", f.subject().id());
    g.writeArrayFieldStart("path");
    for (String p : f.subject().path()) {
      g.writeString(p);
    }
    g.writeEndArray();
    g.writeEndObject();
    if (!l.file().equals(l.outerFile())) {
      g.writeStringField("archivePath", l.file());
    }
    g.writeArrayFieldStart("standards");
    for (String s : f.standards()) {
      g.writeString(s);
    }
    g.writeEndArray();
    g.writeStringField("remediation", f.remediation().in(locale));
    g.writeStringField("otherLanguage", f.message().otherThan(locale));
    g.writeObjectFieldStart("details");
    for (Map.Entry<String, String> e : f.properties().entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
  }

  /** Message: what is wrong, where inside an archive, and the clause, in one readable text. */
  private static String resultText(Finding f, Locale locale) {
    StringBuilder s = new StringBuilder(f.message().in(locale));
    Location l = f.location();
    if (!l.file().equals(l.outerFile())) {
      s.append(" [").append(l.file()).append(']');
    }
    if (!f.subject().path().isEmpty()) {
      s.append(" (").append(String.join(" -> ", f.subject().path())).append(')');
    }
    if (!f.standards().isEmpty()) {
      s.append(" — ").append(String.join("; ", f.standards()));
    }
    return s.toString();
  }

  /**
   * Where a finding without a file points: the first scanned input that is a file (an SBOM, an
   * inventory, an archive), else the repository root.
   */
  private static String fallbackUri(ScanResult result) {
    for (BillOfMaterials b : result.context().boms()) {
      String src = b.source();
      if (!src.isEmpty() && (src.contains("/") || src.contains("."))) {
        return src;
      }
    }
    return ".";
  }

  private static boolean isAbsolute(String file) {
    return file.startsWith("/") || Path.of(file).isAbsolute();
  }

  static String uri(String file) {
    String path = file.replace('\\', '/');
    try {
      if (isAbsolute(file)) {
        return Path.of(file).toUri().toASCIIString();
      }
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot express " + file + " as a URI", e);
    }
  }

  private static void message(JsonGenerator g, String field, String text) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("text", text);
    g.writeEndObject();
  }

  static String level(Severity s) {
    return switch (s) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, INFO -> "note";
    };
  }

  private static String problemSeverity(Severity s) {
    return switch (s) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, INFO -> "recommendation";
    };
  }

  /** GitHub's bands: over 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low. */
  static String securitySeverity(Severity s) {
    return switch (s) {
      case CRITICAL -> "9.5";
      case HIGH -> "8.0";
      case MEDIUM -> "5.5";
      case LOW -> "3.0";
      case INFO -> "0.0";
    };
  }

  private static String pascalCase(String id) {
    StringBuilder b = new StringBuilder();
    for (String part : id.split("-")) {
      b.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }

  private static String markdown(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\`*_{}[]<>()#+!|".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
