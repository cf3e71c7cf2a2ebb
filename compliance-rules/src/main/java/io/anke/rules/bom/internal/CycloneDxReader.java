package io.anke.rules.bom.internal;

import io.anke.core.InputException;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.bom.Origin;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Property;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.Parser;
import org.cyclonedx.parsers.XmlParser;

/**
 * Reads CycloneDX JSON and XML (spec 1.2 to 1.6) through cyclonedx-core-java: the document is
 * checked for well-formedness (XML without any DOCTYPE), validated against the schema of its own
 * spec version, parsed, and its components (nested ones included) become {@link Component}s with
 * their line, JSON pointer and dependency path.
 */
public final class CycloneDxReader {
  /** The property a writer sets to carry quantity (CycloneDX device taxonomy). */
  public static final String QUANTITY = "cdx:device:quantity";

  /** Anke's own property for the catalog category of a component. */
  public static final String CATEGORY = "anke:category";

  private static final Pattern JSON_PATH = Pattern.compile("^(\\$[^\\s:]*|/[^\\s:]*)");
  private static final Pattern XML_LINE = Pattern.compile("lineNumber: (\\d+)");

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
    return new CycloneDxReader(source, xml).read(data);
  }

  private BillOfMaterials read(byte[] data) {
    JsonLocations jsonLines = null;
    XmlLocations xmlLines = null;
    String versionText;
    if (xml) {
      xmlLines = XmlLocations.scan(source, format, data);
      String ns = xmlLines.namespace();
      String prefix = "http://cyclonedx.org/schema/bom/";
      versionText = ns != null && ns.startsWith(prefix) ? ns.substring(prefix.length()) : null;
      if (versionText == null) {
        throw new InputException(
            source, 1, format + ": the root element is not in a CycloneDX namespace (" + ns + ")");
      }
    } else {
      jsonLines = JsonLocations.scan(source, format, data, Set.of("components"));
      if (!"CycloneDX".equals(jsonLines.topLevel("bomFormat"))) {
        throw new InputException(source, 1, format + ": \"bomFormat\" must be \"CycloneDX\"");
      }
      versionText = jsonLines.topLevel("specVersion");
      if (versionText == null) {
        throw new InputException(source, 1, format + ": \"specVersion\" is missing");
      }
    }
    Version version = supported(versionText);
    String named = format.replace("CycloneDX", "CycloneDX " + version.getVersionString());
    Parser parser = xml ? new XmlParser() : new JsonParser();
    List<ParseException> problems;
    try {
      problems = parser.validate(data, version);
    } catch (IOException e) {
      throw new InputException(source, 0, named + ": cannot validate: " + e.getMessage(), e);
    }
    if (!problems.isEmpty()) {
      ParseException first = problems.get(0);
      String message = oneLine(first.getMessage());
      int line = xml ? xmlLine(first) : jsonLines.lineOfPath(pathOf(message));
      String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
      throw new InputException(
          source, line, named + " does not match its schema: " + message + more, first);
    }
    Bom bom;
    try {
      bom = parser.parse(data);
    } catch (ParseException e) {
      throw new InputException(source, 0, named + ": " + oneLine(e.getMessage()), e);
    }
    Lines lines = xml ? xmlLines::line : jsonLines::line;
    return toBom(bom, lines);
  }

  /** Line lookup by pointer, from whichever location pass ran. */
  private interface Lines {
    int line(String pointer);
  }

  private Version supported(String text) {
    Version v = null;
    for (Version candidate : Version.values()) {
      if (candidate.getVersionString().equals(text)) {
        v = candidate;
      }
    }
    if (v == null || v.getVersion() < 1.2) {
      throw new InputException(
          source,
          1,
          format
              + ": spec version '"
              + text
              + "' is not supported; Anke reads CycloneDX 1.2 to 1.6");
    }
    return v;
  }

  private static String pathOf(String message) {
    Matcher m = JSON_PATH.matcher(message);
    return m.find() ? m.group(1) : "";
  }

  private static int xmlLine(ParseException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.xml.sax.SAXParseException s) {
        return Math.max(s.getLineNumber(), 0);
      }
    }
    Matcher m = XML_LINE.matcher(String.valueOf(e.getMessage()));
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static String oneLine(String s) {
    return s == null ? "invalid" : s.replaceAll("\\s+", " ").strip();
  }

  // ---- model to components ------------------------------------------------------------------

  /** A component read so far, its document reference and the index of its container, or -1. */
  private record Read(Component component, String ref, int parent) {}

  private BillOfMaterials toBom(Bom bom, Lines lines) {
    List<Read> read = new ArrayList<>();
    String rootRef = null;
    if (bom.getMetadata() != null && bom.getMetadata().getComponent() != null) {
      org.cyclonedx.model.Component root = bom.getMetadata().getComponent();
      rootRef = root.getBomRef();
      read.add(convert(root, "/metadata/component", lines, -1));
    }
    walk(bom.getComponents(), "", lines, -1, read);

    Map<String, List<String>> graph = dependencyPaths(bom, rootRef, read);
    List<List<String>> paths = new ArrayList<>(read.size());
    List<Component> out = new ArrayList<>(read.size());
    for (Read r : read) {
      List<String> path = r.ref() == null ? null : graph.get(r.ref());
      if (path == null && r.parent() >= 0) {
        // A nested component outside the dependency graph: its containers lead to it.
        List<String> outer = paths.get(r.parent());
        path = new ArrayList<>(outer.isEmpty() ? List.of(coordinate(out.get(r.parent()))) : outer);
        path.add(coordinate(r.component()));
      }
      path = path == null ? List.of() : path;
      paths.add(path);
      out.add(
          path.isEmpty() ? r.component() : r.component().toBuilder().dependencyPath(path).build());
    }
    return new BillOfMaterials(source, out);
  }

  private void walk(
      List<org.cyclonedx.model.Component> list,
      String prefix,
      Lines lines,
      int parent,
      List<Read> out) {
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      String pointer = prefix + "/components/" + i;
      org.cyclonedx.model.Component c = list.get(i);
      int index = out.size();
      out.add(convert(c, pointer, lines, parent));
      if (c.getComponents() != null && !c.getComponents().isEmpty()) {
        walk(c.getComponents(), pointer, lines, index, out);
      }
    }
  }

  private Read convert(org.cyclonedx.model.Component c, String pointer, Lines lines, int parent) {
    int line = lines.line(pointer);
    if (c.getName() == null || c.getName().isBlank()) {
      throw new InputException(source, line, format + ": component at " + pointer + " has no name");
    }
    Component.Builder b =
        Component.builder()
            .kind(Kinds.fromCycloneDx(c.getType() == null ? null : c.getType().getTypeName()))
            .group(c.getGroup())
            .name(c.getName())
            .version(c.getVersion())
            .purl(c.getPurl())
            .cpe(c.getCpe())
            .supplier(name(c.getSupplier()))
            .manufacturer(name(c.getManufacturer()))
            .country(country(c.getManufacturer(), c.getSupplier()))
            .origin(new Origin(source, line, pointer));
    if (c.getHashes() != null) {
      for (Hash h : c.getHashes()) {
        if (h.getAlgorithm() != null && h.getValue() != null) {
          b.hash(h.getAlgorithm(), h.getValue().toLowerCase(Locale.ROOT));
        }
      }
    }
    if (c.getProperties() != null) {
      Map<String, String> props = new HashMap<>();
      for (Property p : c.getProperties()) {
        if (p.getName() == null || p.getValue() == null) {
          continue;
        }
        // Repeated names are allowed by the spec; keep every value.
        props.merge(p.getName(), p.getValue(), (a, x) -> a + "\n" + x);
      }
      b.properties(props);
      String quantity = props.get(QUANTITY);
      if (quantity != null) {
        b.quantity(positive(quantity, line, pointer));
      }
      b.category(props.get(CATEGORY));
    }
    if (c.getType() != null) {
      b.property("cdx:type", c.getType().getTypeName());
    }
    return new Read(b.build(), c.getBomRef(), parent);
  }

  private int positive(String text, int line, String pointer) {
    try {
      int q = Integer.parseInt(text.strip());
      if (q > 0) {
        return q;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InputException(
        source,
        line,
        format
            + ": component at "
            + pointer
            + ": "
            + QUANTITY
            + " '"
            + text
            + "' is not a positive integer");
  }

  private static String name(OrganizationalEntity e) {
    return e == null ? null : e.getName();
  }

  private static String country(OrganizationalEntity manufacturer, OrganizationalEntity supplier) {
    for (OrganizationalEntity e : new OrganizationalEntity[] {manufacturer, supplier}) {
      if (e != null && e.getAddress() != null && e.getAddress().getCountry() != null) {
        return e.getAddress().getCountry();
      }
    }
    return null;
  }

  private static Map<String, List<String>> dependencyPaths(
      Bom bom, String rootRef, List<Read> read) {
    if (bom.getDependencies() == null || bom.getDependencies().isEmpty()) {
      return Map.of();
    }
    Map<String, String> coordinates = new HashMap<>();
    for (Read r : read) {
      if (r.ref() != null) {
        coordinates.putIfAbsent(r.ref(), coordinate(r.component()));
      }
    }
    DependencyGraph g = new DependencyGraph();
    addEdges(bom.getDependencies(), g);
    if (g.isEmpty()) {
      return Map.of();
    }
    Map<String, List<String>> byRef = g.paths(rootRef == null ? List.of() : List.of(rootRef));
    Map<String, List<String>> result = new HashMap<>();
    byRef.forEach(
        (ref, refs) ->
            result.put(ref, refs.stream().map(x -> coordinates.getOrDefault(x, x)).toList()));
    return result;
  }

  private static void addEdges(List<Dependency> deps, DependencyGraph g) {
    for (Dependency d : deps) {
      g.node(d.getRef());
      if (d.getDependencies() != null) {
        for (Dependency child : d.getDependencies()) {
          g.edge(d.getRef(), child.getRef());
        }
      }
    }
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
