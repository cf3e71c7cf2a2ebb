package io.anke.scan.bom.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.anke.core.InputException;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.bom.Origin;
import io.anke.core.bom.Purl;
import io.anke.core.rule.Text;
import io.anke.scan.internal.ScanMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads SPDX 2.2 and 2.3 JSON documents: packages with their purl and CPE external references,
 * supplier and originator ({@code Organization: X}), checksums, and DEPENDS_ON / CONTAINS
 * relationships (and their inverses) as dependency paths from the described package.
 */
public final class SpdxReader {
  /** The SPDX versions read, oldest first. */
  public static final List<String> VERSIONS = List.of("2.2", "2.3");

  private static final String FORMAT = "SPDX JSON";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String source;
  private JsonLocations lines;

  private SpdxReader(String source) {
    this.source = source;
  }

  /**
   * Reads an SPDX JSON document.
   *
   * @throws InputException naming the file and line of anything malformed
   */
  public static BillOfMaterials read(String source, byte[] data) {
    return new SpdxReader(source).read(data);
  }

  private BillOfMaterials read(byte[] data) {
    lines = JsonLocations.scan(source, FORMAT, data, Set.of("packages"));
    String version = lines.topLevel("spdxVersion");
    if (version == null) {
      throw new InputException(source, 1, ScanMessage.BOM_SPDX_NO_VERSION.text(FORMAT));
    }
    if (!version.startsWith("SPDX-") || !VERSIONS.contains(version.substring(5))) {
      throw new InputException(
          source,
          1,
          ScanMessage.BOM_SPDX_VERSION.text(FORMAT, version, String.join(" and ", VERSIONS)));
    }
    String format = version + " JSON";
    JsonNode root = tree(source, format, data);
    JsonNode packages = root.path("packages");
    if (!packages.isArray()) {
      throw new InputException(source, 1, ScanMessage.BOM_SPDX_PACKAGES.text(format));
    }
    List<String> ids = new ArrayList<>();
    List<Component> components = new ArrayList<>();
    for (int i = 0; i < packages.size(); i++) {
      String pointer = "/packages/" + i;
      int line = lines.line(pointer);
      JsonNode p = packages.get(i);
      String id = text(p, "SPDXID");
      String name = text(p, "name");
      if (id == null) {
        throw new InputException(source, line, ScanMessage.BOM_SPDX_NO_ID.text(format, pointer));
      }
      if (name == null) {
        throw new InputException(
            source, line, ScanMessage.BOM_SPDX_PACKAGE_NO_NAME.text(format, id));
      }
      ids.add(id);
      components.add(convert(p, name, new Origin(source, line, pointer), format, line, id));
    }
    DependencyGraph graph = graph(root, ids, format);
    return graph.bom(source, components, described(root, graph));
  }

  private Component convert(
      JsonNode p, String name, Origin origin, String format, int line, String id) {
    Component.Builder b =
        Component.builder()
            .kind(Kinds.fromSpdx(text(p, "primaryPackagePurpose")))
            .name(name)
            .version(text(p, "versionInfo"))
            .supplier(organization(text(p, "supplier"), format, line, id, "supplier"))
            .manufacturer(organization(text(p, "originator"), format, line, id, "originator"))
            .property("spdx:SPDXID", id)
            .ref(id)
            .origin(origin);
    for (JsonNode ref : p.path("externalRefs")) {
      String category = text(ref, "referenceCategory");
      String type = text(ref, "referenceType");
      String locator = text(ref, "referenceLocator");
      if (type == null || locator == null) {
        throw new InputException(source, line, ScanMessage.BOM_SPDX_EXTERNAL_REF.text(format, id));
      }
      String cat = category == null ? "" : category.replace('_', '-').toUpperCase(Locale.ROOT);
      if (type.equals("purl") && cat.equals("PACKAGE-MANAGER")) {
        purl(b, locator);
      } else if ((type.equals("cpe23Type") || type.equals("cpe22Type")) && cat.equals("SECURITY")) {
        b.cpe(locator);
      }
    }
    for (JsonNode sum : p.path("checksums")) {
      String alg = text(sum, "algorithm");
      String value = text(sum, "checksumValue");
      if (alg != null && value != null) {
        b.hash(hashName(alg), value.toLowerCase(Locale.ROOT));
      }
    }
    return b.build();
  }

  /** SPDX spells SHA256; CycloneDX and Anke spell SHA-256. */
  static String hashName(String spdx) {
    String a = spdx.toUpperCase(Locale.ROOT);
    if (a.matches("SHA\\d+")) {
      return "SHA-" + a.substring(3);
    }
    if (a.matches("SHA3\\d+")) {
      return "SHA3-" + a.substring(4);
    }
    return a;
  }

  /** "Organization: X (email)" or "Person: Y" to the name; NOASSERTION to null. */
  private String organization(String value, String format, int line, String id, String field) {
    if (value == null || value.equals("NOASSERTION")) {
      return null;
    }
    int colon = value.indexOf(':');
    if (colon < 0) {
      throw new InputException(
          source, line, ScanMessage.BOM_SPDX_ORGANIZATION.text(format, id, field, value));
    }
    String name = value.substring(colon + 1).strip();
    int paren = name.lastIndexOf(" (");
    if (paren > 0 && name.endsWith(")")) {
      name = name.substring(0, paren).strip();
    }
    return name.isEmpty() ? null : name;
  }

  /** The relationships that pull packages in, as edges "from depends on or contains to". */
  private DependencyGraph graph(JsonNode root, List<String> ids, String format) {
    DependencyGraph g = new DependencyGraph();
    ids.forEach(g::node);
    for (JsonNode r : root.path("relationships")) {
      String from = text(r, "spdxElementId");
      String to = text(r, "relatedSpdxElement");
      String type = text(r, "relationshipType");
      if (from == null || to == null || type == null) {
        throw new InputException(source, 0, ScanMessage.BOM_SPDX_RELATIONSHIP.text(format));
      }
      switch (type) {
        case "DEPENDS_ON", "CONTAINS" -> g.edge(from, to);
        case "DEPENDENCY_OF", "CONTAINED_BY" -> g.edge(to, from);
        default -> {
          // other relationships (DESCRIBES, GENERATED_FROM, ...) do not pull components in
        }
      }
    }
    return g;
  }

  /** The packages the document describes: the roots its paths start from. */
  private static List<String> described(JsonNode root, DependencyGraph g) {
    List<String> described = new ArrayList<>();
    for (JsonNode d : root.path("documentDescribes")) {
      described.add(d.asText());
    }
    String docId = text(root, "SPDXID");
    for (JsonNode r : root.path("relationships")) {
      if ("DESCRIBES".equals(text(r, "relationshipType"))
          && docId != null
          && docId.equals(text(r, "spdxElementId"))
          && text(r, "relatedSpdxElement") != null) {
        described.add(text(r, "relatedSpdxElement"));
      }
    }
    return described;
  }

  /** The document's tree; malformed JSON is an input error. */
  static JsonNode tree(String source, String format, byte[] data) {
    try {
      return MAPPER.readTree(data);
    } catch (IOException e) {
      throw new InputException(
          source, 0, ScanMessage.BOM_DETAIL.text(format, Text.messageOf(e)), e);
    }
  }

  /** Sets the purl, and the group of a Maven purl (SPDX has no group field). */
  static void purl(Component.Builder b, String purl) {
    b.purl(purl);
    Purl parsed = Purl.parse(purl);
    if (parsed != null && parsed.type().equals("maven")) {
      b.group(parsed.namespace());
    }
  }

  /** A field's stripped text; null when absent, not a value or blank. */
  static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull() || !v.isValueNode()) {
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }
}
