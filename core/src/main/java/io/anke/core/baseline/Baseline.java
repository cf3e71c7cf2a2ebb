package io.anke.core.baseline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.anke.core.ConfigurationException;
import io.anke.core.internal.ConfigFiles;
import io.anke.core.internal.CoreMessage;
import io.anke.core.internal.Json;
import io.anke.core.rule.Finding;
import io.anke.core.rule.Text;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The findings a team accepted when it adopted Anke, identified by {@link Finding#fingerprint()}.
 * Findings in the baseline are reported but do not count toward the fail-on threshold, so that a
 * legacy system can adopt the gate and fail only on new problems.
 *
 * <p>The file is JSON, sorted by fingerprint, without timestamps (so it diffs well in review):
 *
 * <pre>
 * {
 *   "schemaVersion" : 1,
 *   "tool" : "anke",
 *   "findings" : [ {
 *     "fingerprint" : "0f3c…",        (32 hex characters; the only field that is matched)
 *     "ruleId" : "CRYPTO-WEAK-HASH",  (for the reader)
 *     "subject" : "pkg:maven/com.acme/legacy@1.0",
 *     "location" : "app.jar!/BOOT-INF/lib/legacy-1.0.jar com.acme.Hashes#digest"
 *   } ]
 * }
 * </pre>
 */
public final class Baseline {
  /** The format version written into and expected in the file. */
  public static final int SCHEMA_VERSION = 1;

  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{32}");

  /** Fingerprint to the entry that describes it (for writing). */
  private final TreeMap<String, Entry> entries;

  private record Entry(String ruleId, String subject, String location) {}

  private Baseline(TreeMap<String, Entry> entries) {
    this.entries = entries;
  }

  /** An empty baseline. */
  public static Baseline empty() {
    return new Baseline(new TreeMap<>());
  }

  /** A baseline of the given findings. */
  public static Baseline of(Collection<Finding> findings) {
    TreeMap<String, Entry> m = new TreeMap<>();
    for (Finding f : findings) {
      m.putIfAbsent(
          f.fingerprint(), new Entry(f.ruleId(), f.subject().id(), f.location().display()));
    }
    return new Baseline(m);
  }

  /**
   * Reads a baseline file.
   *
   * @throws ConfigurationException naming the file and line when it is not a baseline
   */
  public static Baseline read(Path file) {
    return parse(file.toString(), ConfigFiles.read(file));
  }

  /**
   * Parses baseline JSON read from {@code source}.
   *
   * @throws ConfigurationException naming the source and line when it is not a baseline
   */
  public static Baseline parse(String source, String json) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw new ConfigurationException(
          source,
          loc == null ? 0 : loc.getLineNr(),
          CoreMessage.BASELINE_NOT_JSON.text(e.getOriginalMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new ConfigurationException(source, 0, CoreMessage.BASELINE_NOT_OBJECT.text());
    }
    JsonNode version = root.get("schemaVersion");
    if (version == null || !version.isInt() || version.intValue() != SCHEMA_VERSION) {
      throw new ConfigurationException(
          source, 0, CoreMessage.BASELINE_VERSION.text(SCHEMA_VERSION));
    }
    JsonNode list = root.get("findings");
    if (list == null || !list.isArray()) {
      throw new ConfigurationException(source, 0, CoreMessage.BASELINE_NO_FINDINGS.text());
    }
    TreeMap<String, Entry> m = new TreeMap<>();
    int index = 0;
    for (JsonNode n : list) {
      JsonNode fp = n.get("fingerprint");
      if (fp == null || !fp.isTextual() || !FINGERPRINT.matcher(fp.textValue()).matches()) {
        throw new ConfigurationException(
            source, 0, CoreMessage.BASELINE_BAD_FINGERPRINT.text(index));
      }
      m.put(fp.textValue(), new Entry(text(n, "ruleId"), text(n, "subject"), text(n, "location")));
      index++;
    }
    return new Baseline(m);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.isTextual() ? "" : v.textValue();
  }

  /** True when the finding was recorded in this baseline. */
  public boolean contains(Finding f) {
    return entries.containsKey(f.fingerprint());
  }

  /** The recorded fingerprints, sorted. */
  public Set<String> fingerprints() {
    return Collections.unmodifiableSet(entries.keySet());
  }

  /** How many distinct findings are recorded. */
  public int size() {
    return entries.size();
  }

  /** The file content: deterministic JSON, UTF-8, {@code \n} line ends. */
  public byte[] toJson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeNumberField("schemaVersion", SCHEMA_VERSION);
      g.writeStringField("tool", "anke");
      g.writeArrayFieldStart("findings");
      for (var e : entries.entrySet()) {
        g.writeStartObject();
        g.writeStringField("fingerprint", e.getKey());
        g.writeStringField("ruleId", e.getValue().ruleId());
        g.writeStringField("subject", e.getValue().subject());
        g.writeStringField("location", e.getValue().location());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  /**
   * Writes the file atomically (a temporary sibling moved into place).
   *
   * @throws ConfigurationException when the file cannot be written
   */
  public void write(Path file) {
    try {
      Path abs = file.toAbsolutePath();
      Path dir = abs.getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
      // A sibling with the user's umask (createTempFile would leave it owner-only).
      Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + UUID.randomUUID() + ".tmp");
      try {
        Files.write(tmp, toJson(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new ConfigurationException(
          file.toString(), 0, CoreMessage.BASELINE_CANNOT_WRITE.text(Text.messageOf(e)), e);
    }
  }
}
