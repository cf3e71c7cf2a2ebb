package io.anke.core.catalog.internal;

import io.anke.core.ConfigurationException;
import io.anke.core.Severity;
import io.anke.core.bom.ArchiveFacts;
import io.anke.core.catalog.CatalogEntry;
import io.anke.core.catalog.Category;
import io.anke.core.catalog.Detection;
import io.anke.core.catalog.Standing;
import io.anke.core.catalog.Status;
import io.anke.core.files.ConfigNode;
import io.anke.core.internal.CoreMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads the catalog YAML format through the one YAML loader and node walker ({@link ConfigNode}),
 * so that every error names the line, no type is instantiated from the document, and unknown keys
 * are rejected instead of silently ignored.
 */
public final class CatalogYamlReader {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Set<String> TOP_KEYS = Set.of("catalogVersion", "date", "entries");
  private static final Set<String> ENTRY_KEYS =
      Set.of(
          "id",
          "category",
          "standing",
          "country",
          "status",
          "severity",
          "vendor",
          "products",
          "detect",
          "unconfirmed",
          "attributes");
  private static final Set<String> VENDOR_KEYS = Set.of("zh", "en", "aliases");
  private static final Set<String> DETECT_KEYS =
      Set.of(
          "maven",
          "purl",
          "classPrefix",
          "driverClass",
          "jdbcUrlPrefix",
          "osReleaseId",
          "osReleaseName",
          "cpuVendorId",
          "cpuImplementer",
          "cpuParts",
          "cpuModelNamePrefix",
          "arch",
          "dmiSysVendor",
          "jvmMarker",
          "file",
          "sdfLibrary",
          "manifest",
          "sha256");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

  /** What a catalog file holds. */
  public record Result(String version, String date, List<CatalogEntry> entries) {}

  private final String source;

  private CatalogYamlReader(String source) {
    this.source = source;
  }

  /**
   * Parses a catalog document.
   *
   * @throws ConfigurationException with source and line for anything malformed
   */
  public static Result read(String source, InputStream in) {
    return new CatalogYamlReader(source).parse(in);
  }

  private Result parse(InputStream in) {
    ConfigNode root;
    try {
      // Decoded as before: undecodable bytes become U+FFFD, a byte order mark is skipped by YAML.
      root = ConfigNode.compose(source, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (ConfigNode.MalformedYamlException e) {
      throw new ConfigurationException(
          source, e.line(), CoreMessage.CONFIG_NOT_YAML.text(e.problem()), e);
    } catch (IOException e) {
      throw new ConfigurationException(
          source, 0, CoreMessage.CATALOG_CANNOT_READ.text(e.getMessage()), e);
    }
    if (root == null) {
      throw new ConfigurationException(source, 1, CoreMessage.CATALOG_EMPTY.text());
    }
    Map<String, ConfigNode> top = mapping(root, "the catalog", TOP_KEYS);
    String version = optionalScalar(top, "catalogVersion");
    String date = optionalScalar(top, "date");
    if (date != null && !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw error(top.get("date"), "date '" + date + "' is not an ISO date (YYYY-MM-DD)");
    }
    ConfigNode entriesNode = top.get("entries");
    if (entriesNode == null) {
      throw error(root, "missing 'entries:' list");
    }
    List<CatalogEntry> entries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (ConfigNode n : sequence(entriesNode, "entries")) {
      CatalogEntry e = entry(n);
      if (!ids.add(e.id())) {
        throw error(n, "duplicate entry id '" + e.id() + "'");
      }
      entries.add(e);
    }
    return new Result(version == null ? "" : version, date == null ? "" : date, entries);
  }

  private CatalogEntry entry(ConfigNode node) {
    Map<String, ConfigNode> m = mapping(node, "a catalog entry", ENTRY_KEYS);
    String id = requiredScalar(m, "id", node);
    if (!ID.matcher(id).matches()) {
      throw error(m.get("id"), "entry id '" + id + "' must be lowercase letters, digits, . _ -");
    }
    String category = requiredScalar(m, "category", node);
    if (Category.byId(category).isEmpty()) {
      // Catalog files name categories by id; a common name is pointed at its id.
      String hint =
          Category.parse(category)
              .map(c -> "; write '" + c.id() + "' for '" + category + "'")
              .orElse("");
      throw error(
          m.get("category"),
          "entry "
              + id
              + ": unknown category '"
              + category
              + "'"
              + hint
              + "; expected one of "
              + Category.listing(List.of(Category.values())));
    }
    String standingText = requiredScalar(m, "standing", node);
    Standing standing = null;
    for (Standing s : Standing.values()) {
      if (s.id().equals(standingText)) {
        standing = s;
      }
    }
    if (standing == null) {
      throw error(
          m.get("standing"),
          "entry " + id + ": standing '" + standingText + "' must be domestic or watch-list");
    }
    String statusText = requiredScalar(m, "status", node);
    Status status = null;
    for (Status s : Status.values()) {
      if (s.id().equals(statusText)) {
        status = s;
      }
    }
    if (status == null) {
      throw error(
          m.get("status"),
          "entry "
              + id
              + ": status '"
              + statusText
              + "' must be confirmed, partial or unconfirmed");
    }
    String country = optionalScalar(m, "country");
    if (country != null && !COUNTRY.matcher(country).matches()) {
      throw error(
          m.get("country"),
          "entry " + id + ": country '" + country + "' must be an ISO 3166-1 alpha-2 code");
    }
    Severity severity = null;
    String severityText = optionalScalar(m, "severity");
    if (severityText != null) {
      if (standing != Standing.WATCH_LIST) {
        throw error(m.get("severity"), "entry " + id + ": only watch-list entries have a severity");
      }
      try {
        severity = Severity.parse(severityText);
      } catch (IllegalArgumentException e) {
        throw error(m.get("severity"), "entry " + id + ": " + e.getMessage());
      }
    }
    ConfigNode vendorNode = m.get("vendor");
    if (vendorNode == null) {
      throw error(node, "entry " + id + ": missing 'vendor:' with zh and/or en");
    }
    Map<String, ConfigNode> vendor = mapping(vendorNode, "vendor", VENDOR_KEYS);
    String zh = optionalScalar(vendor, "zh");
    String en = optionalScalar(vendor, "en");
    if (zh == null && en == null) {
      throw error(vendorNode, "entry " + id + ": vendor needs a zh or en name");
    }
    List<String> aliases = stringList(vendor.get("aliases"), "aliases");
    List<String> products = stringList(m.get("products"), "products");
    Detection detection = m.containsKey("detect") ? detection(m.get("detect"), id) : Detection.NONE;
    List<String> unconfirmed = stringList(m.get("unconfirmed"), "unconfirmed");
    for (String fact : unconfirmed) {
      if (!declares(detection, fact)) {
        throw error(
            m.get("unconfirmed"),
            "entry "
                + id
                + ": unconfirmed fact '"
                + fact
                + "' is not one of its detect values (write field=value)");
      }
    }
    Map<String, String> attributes = stringMap(m.get("attributes"), "attributes");
    return new CatalogEntry(
        id,
        category,
        zh,
        en,
        aliases,
        products,
        standing,
        country,
        status,
        severity,
        detection,
        new HashSet<>(unconfirmed),
        attributes,
        source);
  }

  private Detection detection(ConfigNode node, String id) {
    Map<String, ConfigNode> d = mapping(node, "detect", DETECT_KEYS);
    String implementer = optionalScalar(d, "cpuImplementer");
    Map<String, String> parts = stringMap(d.get("cpuParts"), "cpuParts");
    if (!parts.isEmpty() && implementer == null) {
      throw error(d.get("cpuParts"), "entry " + id + ": cpuParts needs cpuImplementer");
    }
    List<String> maven = stringList(d.get("maven"), "maven");
    for (String coordinate : maven) {
      if (!coordinate.matches("[A-Za-z0-9_.\\-]+(\\.\\*)?(:([A-Za-z0-9_.\\-]+|\\*))?")) {
        throw error(
            d.get("maven"),
            "entry "
                + id
                + ": maven pattern '"
                + coordinate
                + "' must be group:artifact, group:* or group.*");
      }
    }
    List<String> manifest = stringList(d.get("manifest"), "manifest");
    for (String fact : manifest) {
      int eq = fact.indexOf('=');
      String attribute = eq < 0 ? "" : fact.substring(0, eq).strip();
      if (eq < 0
          || !ArchiveFacts.MANIFEST_ATTRIBUTES.contains(attribute)
          || fact.substring(eq + 1).isBlank()) {
        throw error(
            d.get("manifest"),
            "entry "
                + id
                + ": manifest fact '"
                + fact
                + "' must be Attribute=value with one of "
                + String.join(", ", ArchiveFacts.MANIFEST_ATTRIBUTES));
      }
    }
    List<String> sha256 = stringList(d.get("sha256"), "sha256");
    for (String digest : sha256) {
      if (!SHA256.matcher(digest).matches()) {
        throw error(
            d.get("sha256"),
            "entry " + id + ": sha256 '" + digest + "' must be 64 hexadecimal digits");
      }
    }
    return new Detection(
        maven,
        stringList(d.get("purl"), "purl"),
        stringList(d.get("classPrefix"), "classPrefix"),
        stringList(d.get("driverClass"), "driverClass"),
        stringList(d.get("jdbcUrlPrefix"), "jdbcUrlPrefix"),
        stringList(d.get("osReleaseId"), "osReleaseId"),
        stringList(d.get("osReleaseName"), "osReleaseName"),
        stringListRaw(d.get("cpuVendorId"), "cpuVendorId"),
        implementer,
        parts,
        stringList(d.get("cpuModelNamePrefix"), "cpuModelNamePrefix"),
        stringList(d.get("arch"), "arch"),
        stringList(d.get("dmiSysVendor"), "dmiSysVendor"),
        stringList(d.get("jvmMarker"), "jvmMarker"),
        stringList(d.get("file"), "file"),
        stringList(d.get("sdfLibrary"), "sdfLibrary"),
        manifest.stream().map(CatalogYamlReader::manifestFact).toList(),
        sha256);
  }

  /** {@code Attribute = value} as {@code Attribute=value}, as facts are written and compared. */
  private static String manifestFact(String fact) {
    int eq = fact.indexOf('=');
    return fact.substring(0, eq).strip() + "=" + fact.substring(eq + 1).strip();
  }

  private static boolean declares(Detection d, String fact) {
    int eq = fact.indexOf('=');
    if (eq <= 0) {
      return false;
    }
    String field = fact.substring(0, eq);
    String value = fact.substring(eq + 1);
    List<String> values =
        switch (field) {
          case "maven" -> d.maven();
          case "purl" -> d.purl();
          case "classPrefix" -> d.classPrefixes();
          case "driverClass" -> d.driverClasses();
          case "jdbcUrlPrefix" -> d.jdbcUrlPrefixes();
          case "osReleaseId" -> d.osReleaseIds();
          case "osReleaseName" -> d.osReleaseNames();
          case "cpuVendorId" -> d.cpuVendorIds().stream().map(String::strip).toList();
          case "cpuImplementer" ->
              d.cpuImplementer() == null ? List.of() : List.of(d.cpuImplementer());
          case "cpuModelNamePrefix" -> d.cpuModelNamePrefixes();
          case "dmiSysVendor" -> d.dmiSysVendors();
          case "jvmMarker" -> d.jvmMarkers();
          case "file" -> d.files();
          case "sdfLibrary" -> d.sdfLibraries();
          case "manifest" -> d.manifest();
          case "sha256" -> d.sha256();
          default -> List.of();
        };
    return values.contains(value);
  }

  // ---- node helpers -------------------------------------------------------------------------

  private Map<String, ConfigNode> mapping(ConfigNode node, String what, Set<String> allowed) {
    if (!node.isMap()) {
      throw error(node, what + " must be a mapping (key: value)");
    }
    Map<String, ConfigNode> result = new LinkedHashMap<>();
    for (ConfigNode.Entry t : node.entries()) {
      ConfigNode k = t.key();
      if (!k.isScalar()) {
        throw error(k, "keys of " + what + " must be plain text");
      }
      String key = k.scalar();
      if (allowed != null && !allowed.contains(key)) {
        throw error(
            k,
            "unknown key '"
                + key
                + "' in "
                + what
                + "; expected one of "
                + String.join(", ", new TreeSet<>(allowed)));
      }
      if (result.put(key, t.value()) != null) {
        throw error(k, "duplicate key '" + key + "' in " + what);
      }
    }
    return result;
  }

  private List<ConfigNode> sequence(ConfigNode node, String what) {
    if (!node.isList()) {
      throw error(node, "'" + what + "' must be a list");
    }
    return node.items();
  }

  private String requiredScalar(Map<String, ConfigNode> m, String key, ConfigNode owner) {
    String v = optionalScalar(m, key);
    if (v == null) {
      throw error(owner, "missing '" + key + "'");
    }
    return v;
  }

  private String optionalScalar(Map<String, ConfigNode> m, String key) {
    ConfigNode n = m.get(key);
    if (n == null) {
      return null;
    }
    if (!n.isScalar()) {
      throw error(n, "'" + key + "' must be a single value");
    }
    String v = n.scalar().strip();
    return v.isEmpty() || v.equals("~") || v.equals("null") ? null : v;
  }

  private List<String> stringList(ConfigNode node, String what) {
    return stringList(node, what, true);
  }

  // vendor_id values keep their spaces as the kernel reports them; the matcher trims.
  private List<String> stringListRaw(ConfigNode node, String what) {
    return stringList(node, what, false);
  }

  private List<String> stringList(ConfigNode node, String what, boolean strip) {
    if (node == null) {
      return List.of();
    }
    List<ConfigNode> items = node.isScalar() ? List.of(node) : sequence(node, what);
    List<String> out = new ArrayList<>();
    for (ConfigNode item : items) {
      if (!item.isScalar()) {
        throw error(item, "items of '" + what + "' must be single values");
      }
      String v = strip ? item.scalar().strip() : item.scalar();
      if (v.isBlank()) {
        throw error(item, "empty value in '" + what + "'");
      }
      out.add(v);
    }
    return out;
  }

  private Map<String, String> stringMap(ConfigNode node, String what) {
    if (node == null) {
      return Map.of();
    }
    Map<String, String> out = new TreeMap<>();
    for (Map.Entry<String, ConfigNode> e : mapping(node, what, null).entrySet()) {
      if (!e.getValue().isScalar()) {
        throw error(e.getValue(), "values of '" + what + "' must be single values");
      }
      out.put(e.getKey(), e.getValue().scalar().strip());
    }
    return out;
  }

  private ConfigurationException error(ConfigNode node, String message) {
    return new ConfigurationException(source, node == null ? 0 : node.line(), message);
  }
}
