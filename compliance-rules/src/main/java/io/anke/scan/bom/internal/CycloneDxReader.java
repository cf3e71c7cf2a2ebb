package io.anke.scan.bom.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;
import io.anke.core.InputException;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.bom.DependencyPath;
import io.anke.core.bom.Origin;
import io.anke.core.catalog.Category;
import io.anke.core.rule.Text;
import io.anke.scan.cbom.CbomAssets;
import io.anke.scan.internal.ScanMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.xml.sax.SAXParseException;

/**
 * Reads CycloneDX JSON and XML (spec 1.2 to 1.7). The document is checked for well-formedness (XML
 * without any DOCTYPE) and validated against the normative schema of its own spec version ({@link
 * CycloneDxSchemas}); then its components (nested ones included) become {@link Component}s with
 * their line, JSON pointer and dependency path, and its cryptographic assets become crypto-usage
 * facts ({@link CbomAssets}).
 *
 * <p>JSON is validated on one Jackson tree with the compiled schema cached per version, and the
 * components are taken from that validated tree. XML is validated as it is and then turned into the
 * same tree ({@link CycloneDxXmlTree}), reading only elements of the CycloneDX namespace, so that
 * one walker reads both encodings of every version.
 */
public final class CycloneDxReader {
  /** The property a writer sets to carry quantity (CycloneDX device taxonomy). */
  public static final String QUANTITY = "cdx:device:quantity";

  /** Anke's own property for the catalog category of a component. */
  public static final String CATEGORY = "anke:category";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String source;
  private final boolean xml;
  private final String format;

  private CycloneDxReader(String source, boolean xml) {
    this.source = source;
    this.xml = xml;
    this.format = xml ? "CycloneDX XML" : "CycloneDX JSON";
  }

  /**
   * Reads a CycloneDX document.
   *
   * @param source the file as reports name it
   * @param data the document's bytes
   * @param xml true for XML, false for JSON
   * @throws InputException naming the file, the line where known and what is wrong
   */
  public static BillOfMaterials read(String source, byte[] data, boolean xml) {
    CycloneDxReader r = new CycloneDxReader(source, xml);
    return xml ? r.readXml(data) : r.readJson(data);
  }

  // ---- JSON ---------------------------------------------------------------------------------

  private BillOfMaterials readJson(byte[] data) {
    JsonLocations lines = JsonLocations.scan(source, format, data, Set.of("components"));
    if (!"CycloneDX".equals(lines.topLevel("bomFormat"))) {
      throw new InputException(source, 1, ScanMessage.BOM_CYCLONEDX_BOM_FORMAT.text(format));
    }
    String versionText = lines.topLevel("specVersion");
    if (versionText == null) {
      throw new InputException(source, 1, ScanMessage.BOM_CYCLONEDX_NO_SPEC_VERSION.text(format));
    }
    CycloneDxVersion version = supported(versionText);
    String named = "CycloneDX " + version.text() + " JSON";
    JsonNode tree;
    try {
      tree = MAPPER.readTree(data);
    } catch (IOException e) {
      throw new InputException(
          source, 0, ScanMessage.BOM_DETAIL.text(named, oneLine(e.getMessage())), e);
    }
    Set<ValidationMessage> problems = CycloneDxSchemas.json(version, MAPPER).validate(tree);
    if (!problems.isEmpty()) {
      ValidationMessage first = problems.iterator().next();
      String location =
          first.getInstanceLocation() == null ? "" : first.getInstanceLocation().toString();
      throw new InputException(
          source,
          lines.lineOfPath(location),
          schemaMismatch(named, oneLine(first.getMessage()), problems.size()));
    }
    return fromTree(tree, lines::line);
  }

  /**
   * The components and graph of a validated document in its JSON form (XML is turned into it by
   * {@link CycloneDxXmlTree}).
   *
   * @param line the line of the component at a JSON pointer, or 0
   */
  private BillOfMaterials fromTree(JsonNode tree, ToIntFunction<String> line) {
    List<Raw> raws = new ArrayList<>();
    String rootRef = null;
    JsonNode root = tree.path("metadata").path("component");
    if (root.isObject()) {
      rootRef = text(root, "bom-ref");
      raws.add(raw(root, "/metadata/component", line.applyAsInt("/metadata/component"), -1));
      // The described application may nest its parts: components like any other.
      walkJson(root.path("components"), "/metadata/component", line, 0, raws);
    }
    walkJson(tree.path("components"), "", line, -1, raws);
    DependencyGraph graph = new DependencyGraph();
    for (JsonNode d : tree.path("dependencies")) {
      String ref = text(d, "ref");
      graph.declare(ref);
      for (JsonNode child : d.path("dependsOn")) {
        graph.edge(ref, child.asText());
      }
    }
    // Cryptographic assets (CBOM) become crypto-usage facts of the document.
    return CbomAssets.attach(toBom(raws, graph, rootRef), tree::at, tree.path("dependencies"));
  }

  private void walkJson(
      JsonNode list, String prefix, ToIntFunction<String> line, int parent, List<Raw> out) {
    for (int i = 0; i < list.size(); i++) {
      String pointer = prefix + "/components/" + i;
      JsonNode c = list.get(i);
      int index = out.size();
      out.add(raw(c, pointer, line.applyAsInt(pointer), parent));
      if (c.has("components")) {
        walkJson(c.path("components"), pointer, line, index, out);
      }
    }
  }

  private static Raw raw(JsonNode c, String pointer, int line, int parent) {
    Map<String, String> hashes = new LinkedHashMap<>();
    for (JsonNode h : c.path("hashes")) {
      hashes.put(text(h, "alg"), text(h, "content"));
    }
    List<String[]> props = new ArrayList<>();
    for (JsonNode p : c.path("properties")) {
      props.add(new String[] {text(p, "name"), text(p, "value")});
    }
    JsonNode supplier = c.path("supplier");
    JsonNode manufacturer = c.path("manufacturer");
    return new Raw(
        text(c, "type"),
        text(c, "bom-ref"),
        text(c, "group"),
        text(c, "name"),
        text(c, "version"),
        text(c, "purl"),
        text(c, "cpe"),
        text(supplier, "name"),
        text(supplier.path("address"), "country"),
        text(manufacturer, "name"),
        text(manufacturer.path("address"), "country"),
        hashes,
        props,
        pointer,
        line,
        parent);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
  }

  // ---- XML ----------------------------------------------------------------------------------

  private BillOfMaterials readXml(byte[] data) {
    XmlLocations lines = XmlLocations.scan(source, format, data);
    String ns = lines.namespace();
    String prefix = CycloneDxVersion.NAMESPACE_PREFIX;
    String versionText = ns != null && ns.startsWith(prefix) ? ns.substring(prefix.length()) : null;
    if (versionText == null) {
      throw new InputException(source, 1, ScanMessage.BOM_CYCLONEDX_NAMESPACE.text(format, ns));
    }
    CycloneDxVersion version = supported(versionText);
    String named = "CycloneDX " + version.text() + " XML";
    List<SAXParseException> problems;
    try {
      problems = CycloneDxSchemas.validateXml(version, data);
    } catch (IOException e) {
      throw new InputException(
          source, 0, ScanMessage.BOM_CANNOT_VALIDATE.text(named, Text.messageOf(e)), e);
    }
    if (!problems.isEmpty()) {
      SAXParseException first = problems.get(0);
      throw new InputException(
          source,
          Math.max(first.getLineNumber(), 0),
          schemaMismatch(named, oneLine(first.getMessage()), problems.size()),
          first);
    }
    JsonNode tree;
    try {
      tree = CycloneDxXmlTree.of(data, ns);
    } catch (IOException e) {
      throw new InputException(
          source, 0, ScanMessage.BOM_DETAIL.text(named, oneLine(e.getMessage())), e);
    }
    return fromTree(tree, lines::line);
  }

  // ---- common -------------------------------------------------------------------------------

  /**
   * A component as either parser saw it, before validation into a {@link Component}.
   *
   * @param parent index of the containing component in the list, or -1
   */
  private record Raw(
      String type,
      String ref,
      String group,
      String name,
      String version,
      String purl,
      String cpe,
      String supplier,
      String supplierCountry,
      String manufacturer,
      String manufacturerCountry,
      Map<String, String> hashes,
      List<String[]> properties,
      String pointer,
      int line,
      int parent) {}

  private CycloneDxVersion supported(String text) {
    return CycloneDxVersion.of(text)
        .orElseThrow(
            () ->
                new InputException(
                    source,
                    1,
                    ScanMessage.BOM_CYCLONEDX_VERSION.text(
                        format,
                        text,
                        CycloneDxVersion.oldest().text(),
                        CycloneDxVersion.newest().text())));
  }

  /** The first schema problem, and how many more there are. */
  private static Text schemaMismatch(String named, String first, int problems) {
    return problems > 1
        ? ScanMessage.BOM_SCHEMA_MISMATCH_MORE.text(named, first, problems - 1)
        : ScanMessage.BOM_SCHEMA_MISMATCH.text(named, first);
  }

  private static String oneLine(String s) {
    return s == null ? "invalid" : s.replaceAll("\\s+", " ").strip();
  }

  private BillOfMaterials toBom(List<Raw> raws, DependencyGraph graph, String rootRef) {
    // Coordinates first, so that each component is built once, with its path.
    List<String> coordinates = new ArrayList<>(raws.size());
    for (Raw r : raws) {
      coordinates.add(coordinate(r));
    }
    Map<String, DependencyPath> byRef = Map.of();
    if (!graph.isEmpty()) {
      Map<String, String> coordinateOfRef = new HashMap<>();
      for (int i = 0; i < raws.size(); i++) {
        if (raws.get(i).ref() != null) {
          coordinateOfRef.putIfAbsent(raws.get(i).ref(), coordinates.get(i));
        }
      }
      byRef =
          graph.paths(
              rootRef == null ? List.of() : List.of(rootRef),
              x -> coordinateOfRef.getOrDefault(x, x));
    }
    List<DependencyPath> paths = new ArrayList<>(raws.size());
    List<Component> out = new ArrayList<>(raws.size());
    for (int i = 0; i < raws.size(); i++) {
      Raw r = raws.get(i);
      DependencyPath path = r.ref() == null ? null : byRef.get(r.ref());
      if (path == null && r.parent() >= 0) {
        // A nested component outside the dependency graph: its containers lead to it.
        DependencyPath outer = paths.get(r.parent());
        path =
            (outer.isEmpty() ? DependencyPath.empty().append(coordinates.get(r.parent())) : outer)
                .append(coordinates.get(i));
      }
      path = path == null ? DependencyPath.empty() : path;
      paths.add(path);
      out.add(convert(r, path));
    }
    return new BillOfMaterials(source, out, graph.asMap());
  }

  /** {@code group:name:version} of a raw component, as {@link #coordinate(Component)} has it. */
  private static String coordinate(Raw r) {
    String group = blankToNull(r.group());
    String name = blankToNull(r.name());
    String version = blankToNull(r.version());
    return (group == null ? "" : group + ":")
        + (name == null ? "" : name)
        + (version == null ? "" : ":" + version);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private Component convert(Raw r, List<String> dependencyPath) {
    if (r.name() == null || r.name().isBlank()) {
      throw new InputException(
          source, r.line(), ScanMessage.BOM_COMPONENT_NO_NAME.text(format, r.pointer()));
    }
    Component.Builder b =
        Component.builder()
            .kind(Kinds.fromCycloneDx(r.type()))
            .group(r.group())
            .name(r.name())
            .version(r.version())
            .purl(r.purl())
            .cpe(r.cpe())
            .supplier(r.supplier())
            .manufacturer(r.manufacturer())
            .country(
                r.manufacturerCountry() != null ? r.manufacturerCountry() : r.supplierCountry())
            .dependencyPath(dependencyPath)
            .ref(r.ref())
            .origin(new Origin(source, r.line(), r.pointer()));
    r.hashes()
        .forEach(
            (alg, value) -> {
              if (alg != null && value != null) {
                b.hash(alg, value.toLowerCase(Locale.ROOT));
              }
            });
    Map<String, String> props = new HashMap<>();
    for (String[] p : r.properties()) {
      if (p[0] != null && p[1] != null) {
        // Repeated names are allowed by the spec; keep every value.
        props.merge(p[0], p[1], (a, x) -> a + "\n" + x);
      }
    }
    b.properties(props);
    String quantity = props.get(QUANTITY);
    if (quantity != null) {
      b.quantity(positive(quantity, r));
    }
    b.category(category(props.get(CATEGORY), r));
    if (r.type() != null) {
      b.property("cdx:type", r.type());
    }
    return b.build();
  }

  /** The id of the category the property names (in any accepted spelling); refused if unknown. */
  private String category(String written, Raw r) {
    if (written == null || written.isBlank()) {
      return null;
    }
    return Category.parse(written)
        .map(Category::id)
        .orElseThrow(
            () ->
                componentError(
                    r,
                    ScanMessage.BOM_COMPONENT_NOT_A_CATEGORY.text(
                        CATEGORY, written, Category.listing(List.of(Category.values())))));
  }

  /** An input error at a component's line, naming its JSON pointer. */
  private InputException componentError(Raw r, Text problem) {
    return new InputException(
        source, r.line(), ScanMessage.BOM_COMPONENT_PROBLEM.text(format, r.pointer(), problem));
  }

  private int positive(String text, Raw r) {
    try {
      int q = Integer.parseInt(text.strip());
      if (q > 0) {
        return q;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw componentError(r, ScanMessage.BOM_COMPONENT_QUANTITY.text(QUANTITY, text));
  }

  /** {@code group:name:version} with the parts that are known, as dependency paths show it. */
  static String coordinate(Component c) {
    StringBuilder s = new StringBuilder();
    if (c.group() != null) {
      s.append(c.group()).append(':');
    }
    s.append(c.name());
    if (c.version() != null) {
      s.append(':').append(c.version());
    }
    return s.toString();
  }
}
