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
import io.anke.core.internal.ConfigFiles;
import io.anke.core.internal.CoreMessage;
import io.anke.core.rule.Text;
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
      // Bounded as every configuration file is: a catalog given by the user (or a device named by
      // mistake) must not be read whole before its size is known.
      byte[] bytes = in.readNBytes(ConfigFiles.MAX_BYTES + 1);
      if (bytes.length > ConfigFiles.MAX_BYTES) {
        throw new ConfigurationException(
            source,
            0,
            CoreMessage.CONFIG_FILE_TOO_LARGE.text(ConfigFiles.MAX_BYTES / (1024 * 1024)));
      }
      // Decoded as before: undecodable bytes become U+FFFD, a byte order mark is skipped by YAML.
      root = ConfigNode.compose(source, new String(bytes, StandardCharsets.UTF_8));
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
    Map<String, ConfigNode> top = mapping(root, CoreMessage.CATALOG_WHAT_CATALOG.text(), TOP_KEYS);
    String version = optionalScalar(top, "catalogVersion");
    String date = optionalScalar(top, "date");
    if (date != null && !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw error(top.get("date"), CoreMessage.CATALOG_DATE_NOT_ISO.text(date));
    }
    ConfigNode entriesNode = top.get("entries");
    if (entriesNode == null) {
      throw error(root, CoreMessage.CATALOG_NO_ENTRIES.text());
    }
    List<CatalogEntry> entries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (ConfigNode n : sequence(entriesNode, "entries")) {
      CatalogEntry e = entry(n);
      if (!ids.add(e.id())) {
        throw error(n, CoreMessage.CATALOG_ENTRY_ID_TWICE.text(e.id()));
      }
      entries.add(e);
    }
    return new Result(version == null ? "" : version, date == null ? "" : date, entries);
  }

  private CatalogEntry entry(ConfigNode node) {
    Map<String, ConfigNode> m = mapping(node, CoreMessage.CATALOG_WHAT_ENTRY.text(), ENTRY_KEYS);
    String id = requiredScalar(m, "id", node);
    if (!ID.matcher(id).matches()) {
      throw error(m.get("id"), CoreMessage.CATALOG_ENTRY_ID_MALFORMED.text(id));
    }
    String category = requiredScalar(m, "category", node);
    if (Category.byId(category).isEmpty()) {
      // Catalog files name categories by id; a common name is pointed at its id.
      String known = Category.listing(List.of(Category.values()));
      throw error(
          m.get("category"),
          Category.parse(category)
              .map(c -> CoreMessage.CATALOG_UNKNOWN_CATEGORY_NAME.text(id, category, c.id(), known))
              .orElseGet(() -> CoreMessage.CATALOG_UNKNOWN_CATEGORY.text(id, category, known)));
    }
    String standingText = requiredScalar(m, "standing", node);
    Standing standing = null;
    for (Standing s : Standing.values()) {
      if (s.id().equals(standingText)) {
        standing = s;
      }
    }
    if (standing == null) {
      throw error(m.get("standing"), CoreMessage.CATALOG_BAD_STANDING.text(id, standingText));
    }
    String statusText = requiredScalar(m, "status", node);
    Status status = null;
    for (Status s : Status.values()) {
      if (s.id().equals(statusText)) {
        status = s;
      }
    }
    if (status == null) {
      throw error(m.get("status"), CoreMessage.CATALOG_BAD_STATUS.text(id, statusText));
    }
    String country = optionalScalar(m, "country");
    if (country != null && !COUNTRY.matcher(country).matches()) {
      throw error(m.get("country"), CoreMessage.CATALOG_BAD_COUNTRY.text(id, country));
    }
    Severity severity = null;
    String severityText = optionalScalar(m, "severity");
    if (severityText != null) {
      if (standing != Standing.WATCH_LIST) {
        throw error(m.get("severity"), CoreMessage.CATALOG_SEVERITY_NOT_WATCH_LIST.text(id));
      }
      try {
        severity = Severity.parse(severityText);
      } catch (IllegalArgumentException e) {
        throw error(
            m.get("severity"), CoreMessage.CATALOG_BAD_SEVERITY.text(id, Text.messageOf(e)));
      }
    }
    ConfigNode vendorNode = m.get("vendor");
    if (vendorNode == null) {
      throw error(node, CoreMessage.CATALOG_NO_VENDOR.text(id));
    }
    Map<String, ConfigNode> vendor = mapping(vendorNode, "vendor", VENDOR_KEYS);
    String zh = optionalScalar(vendor, "zh");
    String en = optionalScalar(vendor, "en");
    if (zh == null && en == null) {
      throw error(vendorNode, CoreMessage.CATALOG_VENDOR_NO_NAME.text(id));
    }
    List<String> aliases = stringList(vendor.get("aliases"), "aliases");
    List<String> products = stringList(m.get("products"), "products");
    Detection detection = m.containsKey("detect") ? detection(m.get("detect"), id) : Detection.NONE;
    List<String> unconfirmed = stringList(m.get("unconfirmed"), "unconfirmed");
    for (String fact : unconfirmed) {
      if (!declares(detection, fact)) {
        throw error(
            m.get("unconfirmed"), CoreMessage.CATALOG_UNCONFIRMED_NOT_DETECTED.text(id, fact));
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
      throw error(d.get("cpuParts"), CoreMessage.CATALOG_CPU_PARTS_NO_IMPLEMENTER.text(id));
    }
    List<String> maven = stringList(d.get("maven"), "maven");
    for (String coordinate : maven) {
      if (!coordinate.matches("[A-Za-z0-9_.\\-]+(\\.\\*)?(:([A-Za-z0-9_.\\-]+|\\*))?")) {
        throw error(d.get("maven"), CoreMessage.CATALOG_BAD_MAVEN_PATTERN.text(id, coordinate));
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
            CoreMessage.CATALOG_BAD_MANIFEST_FACT.text(
                id, fact, CoreMessage.choices(List.copyOf(ArchiveFacts.MANIFEST_ATTRIBUTES))));
      }
    }
    List<String> sha256 = stringList(d.get("sha256"), "sha256");
    for (String digest : sha256) {
      if (!SHA256.matcher(digest).matches()) {
        throw error(d.get("sha256"), CoreMessage.CATALOG_BAD_SHA256.text(id, digest));
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
    return mapping(node, Text.same(what), allowed);
  }

  private Map<String, ConfigNode> mapping(ConfigNode node, Text what, Set<String> allowed) {
    if (!node.isMap()) {
      throw error(node, CoreMessage.CATALOG_NOT_A_MAPPING.text(what));
    }
    Map<String, ConfigNode> result = new LinkedHashMap<>();
    for (ConfigNode.Entry t : node.entries()) {
      ConfigNode k = t.key();
      if (!k.isScalar()) {
        throw error(k, CoreMessage.CATALOG_KEY_NOT_PLAIN.text(what));
      }
      String key = k.scalar();
      if (allowed != null && !allowed.contains(key)) {
        throw error(
            k,
            CoreMessage.CATALOG_UNKNOWN_KEY.text(
                key, what, CoreMessage.choices(List.copyOf(new TreeSet<>(allowed)))));
      }
      if (result.put(key, t.value()) != null) {
        throw error(k, CoreMessage.CATALOG_DUPLICATE_KEY.text(key, what));
      }
    }
    return result;
  }

  private List<ConfigNode> sequence(ConfigNode node, String what) {
    if (!node.isList()) {
      throw error(node, CoreMessage.CATALOG_NOT_A_LIST.text(what));
    }
    return node.items();
  }

  private String requiredScalar(Map<String, ConfigNode> m, String key, ConfigNode owner) {
    String v = optionalScalar(m, key);
    if (v == null) {
      throw error(owner, CoreMessage.YAML_MISSING_KEY.text(key));
    }
    return v;
  }

  private String optionalScalar(Map<String, ConfigNode> m, String key) {
    ConfigNode n = m.get(key);
    if (n == null) {
      return null;
    }
    if (!n.isScalar()) {
      throw error(n, CoreMessage.CATALOG_NOT_SINGLE.text(key));
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
        throw error(item, CoreMessage.CATALOG_ITEMS_NOT_SINGLE.text(what));
      }
      String v = strip ? item.scalar().strip() : item.scalar();
      if (v.isBlank()) {
        throw error(item, CoreMessage.CATALOG_EMPTY_ITEM.text(what));
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
        throw error(e.getValue(), CoreMessage.CATALOG_VALUES_NOT_SINGLE.text(what));
      }
      out.put(e.getKey(), e.getValue().scalar().strip());
    }
    return out;
  }

  private ConfigurationException error(ConfigNode node, Text message) {
    return new ConfigurationException(source, node == null ? 0 : node.line(), message);
  }
}
