package io.anke.scan.bom.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.anke.core.InputException;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.bom.Origin;
import io.anke.scan.internal.ScanMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads SPDX 3.0 JSON-LD documents (the serialisation of the 3.0 model in its {@code @graph} form):
 * {@code software_Package} elements with their version, purl ({@code software_packageUrl} or an
 * {@code externalIdentifier} of type {@code packageUrl}), CPE, supplier and originator (resolved to
 * the agents' names) and hashes; {@code Relationship} elements of the types that pull a package in
 * become the dependency graph, with paths from the document's root elements.
 */
public final class Spdx3Reader {
  /** The SPDX 3 versions read. */
  public static final List<String> VERSIONS = List.of("3.0");

  /** What every SPDX 3 JSON-LD document's {@code @context} names. */
  public static final String CONTEXT = "spdx.org/rdf/3.";

  private static final String FORMAT = "SPDX 3.0 JSON-LD";

  /** {@code software_Package} and its subclasses in the AI and dataset profiles. */
  private static final Set<String> PACKAGES =
      Set.of("software_Package", "ai_AIPackage", "dataset_DatasetPackage");

  /** Relationship types read as "from depends on or contains to". */
  private static final Set<String> PULLS_IN =
      Set.of(
          "dependsOn",
          "contains",
          "hasStaticLink",
          "hasDynamicLink",
          "hasOptionalDependency",
          "hasProvidedDependency");

  private final String source;

  private Spdx3Reader(String source) {
    this.source = source;
  }

  /**
   * Reads an SPDX 3.0 JSON-LD document.
   *
   * @throws InputException naming the file and line of anything malformed
   */
  public static BillOfMaterials read(String source, byte[] data) {
    return new Spdx3Reader(source).read(data);
  }

  private BillOfMaterials read(byte[] data) {
    JsonLocations lines = JsonLocations.scan(source, FORMAT, data, Set.of("@graph"));
    JsonNode root = SpdxReader.tree(source, FORMAT, data);
    JsonNode graph = root.path("@graph");
    if (!graph.isArray()) {
      throw new InputException(source, 1, ScanMessage.BOM_SPDX3_GRAPH.text(FORMAT));
    }
    Map<String, String> agents = new HashMap<>();
    for (JsonNode e : graph) {
      String type = type(e);
      String spec = text(e, "specVersion");
      if ("CreationInfo".equals(type) && spec != null && !spec.startsWith("3.0")) {
        throw new InputException(
            source,
            1,
            ScanMessage.BOM_SPDX3_VERSION.text(FORMAT, spec, String.join(", ", VERSIONS)));
      }
      if ("Organization".equals(type) || "Person".equals(type) || "SoftwareAgent".equals(type)) {
        String id = id(e);
        if (id != null && text(e, "name") != null) {
          agents.put(id, text(e, "name"));
        }
      }
    }
    List<Component> components = new ArrayList<>();
    DependencyGraph g = new DependencyGraph();
    List<String> roots = new ArrayList<>();
    for (int i = 0; i < graph.size(); i++) {
      JsonNode e = graph.get(i);
      String pointer = "/@graph/" + i;
      int line = lines.line(pointer);
      String type = type(e);
      if (type == null) {
        throw new InputException(source, line, ScanMessage.BOM_SPDX3_ELEMENT.text(FORMAT, pointer));
      }
      if (PACKAGES.contains(type)) {
        Component c = convert(e, agents, new Origin(source, line, pointer), line);
        components.add(c);
        g.node(c.ref());
      } else if ("Relationship".equals(type) || "LifecycleScopedRelationship".equals(type)) {
        String kind = text(e, "relationshipType");
        String from = ref(e.get("from"));
        if (kind == null || from == null) {
          throw new InputException(
              source, line, ScanMessage.BOM_SPDX3_RELATIONSHIP.text(FORMAT, pointer));
        }
        for (JsonNode to : values(e.path("to"))) {
          if (PULLS_IN.contains(kind)) {
            g.edge(from, ref(to));
          } else if (kind.equals("describes")) {
            roots.add(ref(to));
          }
        }
      } else if ("SpdxDocument".equals(type) || "software_Sbom".equals(type)) {
        values(e.path("rootElement")).forEach(r -> roots.add(ref(r)));
      }
    }
    return g.bom(source, components, roots);
  }

  private Component convert(JsonNode p, Map<String, String> agents, Origin origin, int line) {
    String id = id(p);
    if (id == null) {
      throw new InputException(
          source, line, ScanMessage.BOM_SPDX3_NO_ID.text(FORMAT, origin.pointer()));
    }
    String name = text(p, "name");
    if (name == null) {
      throw new InputException(source, line, ScanMessage.BOM_SPDX_PACKAGE_NO_NAME.text(FORMAT, id));
    }
    String supplier = ref(p.get("suppliedBy"));
    String originator = null;
    for (JsonNode o : values(p.path("originatedBy"))) {
      originator = originator == null ? ref(o) : originator;
    }
    Component.Builder b =
        Component.builder()
            .kind(Kinds.fromSpdx(text(p, "software_primaryPurpose")))
            .name(name)
            .version(text(p, "software_packageVersion"))
            .supplier(supplier == null ? null : agents.getOrDefault(supplier, null))
            .manufacturer(originator == null ? null : agents.getOrDefault(originator, null))
            .property("spdx:spdxId", id)
            .ref(id)
            .origin(origin);
    String purl = text(p, "software_packageUrl");
    for (JsonNode x : p.path("externalIdentifier")) {
      String type = text(x, "externalIdentifierType");
      String value = text(x, "identifier");
      if (type == null || value == null) {
        throw new InputException(source, line, ScanMessage.BOM_SPDX3_IDENTIFIER.text(FORMAT, id));
      }
      if (type.equals("packageUrl") && purl == null) {
        purl = value;
      } else if (type.equals("cpe23") || type.equals("cpe22")) {
        b.cpe(value);
      }
    }
    if (purl != null) {
      SpdxReader.purl(b, purl);
    }
    for (JsonNode h : p.path("verifiedUsing")) {
      String alg = text(h, "algorithm");
      String value = text(h, "hashValue");
      if ("Hash".equals(text(h, "type")) && alg != null && value != null) {
        b.hash(SpdxReader.hashName(alg), value.toLowerCase(Locale.ROOT));
      }
    }
    return b.build();
  }

  /** An element's type ({@code type}, or JSON-LD's own {@code @type}); null when it has none. */
  private static String type(JsonNode e) {
    String type = text(e, "type");
    return type != null ? type : text(e, "@type");
  }

  /**
   * The values of a property that holds a list: JSON-LD compaction writes a list of one as the
   * value itself ({@code "to": "urn:lib"}), which is read as that list.
   */
  private static List<JsonNode> values(JsonNode n) {
    List<JsonNode> out = new ArrayList<>();
    if (n.isArray()) {
      n.forEach(out::add);
    } else if (!n.isMissingNode() && !n.isNull()) {
      out.add(n);
    }
    return out;
  }

  /** An element's identifier: {@code spdxId}, else the JSON-LD {@code @id} of a blank node. */
  private static String id(JsonNode e) {
    String id = text(e, "spdxId");
    return id != null ? id : text(e, "@id");
  }

  /** A reference to an element: its identifier, or that of an element written in place. */
  private static String ref(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    return n.isObject() ? id(n) : n.asText().strip();
  }

  private static String text(JsonNode n, String field) {
    return SpdxReader.text(n, field);
  }
}
