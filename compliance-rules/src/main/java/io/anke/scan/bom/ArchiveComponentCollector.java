package io.anke.scan.bom;

import io.anke.core.bom.ArchiveFacts;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.bom.ComponentKind;
import io.anke.core.bom.DependencyPath;
import io.anke.core.bom.Origin;
import io.anke.core.bom.Purl;
import io.anke.scan.archive.ArchiveEntry;
import io.anke.scan.archive.ArchiveVisitor;
import io.anke.scan.bom.internal.DependencyGraph;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@link ArchiveVisitor} that turns the archives met during a walk into components: each jar,
 * war or ear (the target and every nested archive) is identified by its {@code
 * META-INF/maven/<group>/<artifact>/pom.properties}, else by its manifest, else by its file name
 * ({@link ArchiveFacts#IDENTITY} says which). A manifest gives Maven coordinates only when it
 * states the group ({@code Implementation-Title: group#artifact;version}, as Gradle builds write
 * it) and the file name is {@code <artifact>-<version>.jar}; a manifest version that is not a
 * plausible version ({@link ArchiveFacts#plausibleVersion}) is ignored. An archive without {@code
 * pom.properties} also carries the facts the catalog can identify it by ({@link ArchiveFacts}): its
 * file name, its manifest attributes, the package that holds all its classes, the JDBC drivers it
 * registers and its SHA-256. It can share a walk with other visitors (the bytecode scanner) so that
 * a target is read once.
 *
 * <p>Use one instance per walk; call {@link #toBom(String)} afterwards.
 */
public final class ArchiveComponentCollector implements ArchiveVisitor {
  /** Set on components of a shaded archive that embeds several Maven artifacts. */
  public static final String EMBEDDED = "anke:archive:embedded";

  private static final String JDBC_DRIVER_SERVICE = "META-INF/services/java.sql.Driver";

  private static final Pattern POM_PROPERTIES =
      Pattern.compile("(?:.*/)?META-INF/maven/[^/]+/[^/]+/pom\\.properties");

  /**
   * The largest pom.properties or driver list read (a larger one is ignored), and how much of a
   * manifest is read (its main attributes come first; a signed jar's per-entry digests after them
   * make real manifests larger).
   */
  public static final int SMALL_FILE = 64 * 1024;

  /** An Implementation-Title of the form {@code group#artifact;version}. */
  private static final Pattern IVY_TITLE =
      Pattern.compile("([A-Za-z0-9_.\\-]+)#([A-Za-z0-9_.\\-]+);(\\S+)");

  /** One archive (or the directory root) met during the walk. */
  private static final class Container {
    final ArchiveEntry entry;
    final Map<String, Properties> poms = new TreeMap<>();
    Attributes manifest;
    String sha256;
    final List<String> jdbcDrivers = new ArrayList<>();

    /** The package shared by every class seen so far; null before the first, "" for none. */
    String classPackage;

    Container(ArchiveEntry entry) {
      this.entry = entry;
    }
  }

  private final Map<String, Container> containers = new LinkedHashMap<>();
  private final boolean rootIsDirectory;

  /**
   * @param rootIsDirectory true when the walk target is a directory (which is not itself a
   *     component unless it holds a {@code pom.properties} of its own)
   */
  public ArchiveComponentCollector(boolean rootIsDirectory) {
    this.rootIsDirectory = rootIsDirectory;
  }

  @Override
  public boolean enterArchive(ArchiveEntry archive) {
    containers.put(archive.path(), new Container(archive));
    return true;
  }

  @Override
  public void leaveArchive(ArchiveEntry archive, String sha256) {
    Container c = containers.get(archive.path());
    if (c != null) {
      c.sha256 = sha256;
    }
  }

  @Override
  public void visitEntry(ArchiveEntry entry, InputStream content) throws IOException {
    if (entry.isClass()) {
      // The name is enough: a class file's bytes are never read here (BomReaders relies on it).
      Container c = containers.get(entry.container());
      if (c != null) {
        c.classPackage = sharedPackage(c.classPackage, entry.className());
      }
      return;
    }
    String name = entry.name();
    boolean pom = name.endsWith("pom.properties") && POM_PROPERTIES.matcher(name).matches();
    boolean manifest = name.equals("META-INF/MANIFEST.MF");
    boolean drivers = name.equals(JDBC_DRIVER_SERVICE);
    if (!pom && !manifest && !drivers) {
      return;
    }
    Container c = containers.get(entry.container());
    if (c == null) {
      return;
    }
    byte[] data = content.readNBytes(manifest ? SMALL_FILE : SMALL_FILE + 1);
    if (data.length > SMALL_FILE) {
      // Real ones are well under 1 KiB; the first part of a larger one could name a wrong version
      // or class, so none of it is used.
      return;
    }
    if (drivers) {
      // The registered driver class identifies a JDBC driver jar that carries no pom.properties.
      for (String line : new String(data, StandardCharsets.UTF_8).split("\\R")) {
        int hash = line.indexOf('#');
        String cls = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!cls.isEmpty()) {
          c.jdbcDrivers.add(cls);
        }
      }
      return;
    }
    if (pom) {
      Properties p = new Properties();
      try {
        p.load(new ByteArrayInputStream(data));
      } catch (IllegalArgumentException e) {
        return; // a malformed \\u escape: not a pom.properties that identifies anything
      }
      if (p.getProperty("groupId") != null && p.getProperty("artifactId") != null) {
        c.poms.put(name, p);
      }
    } else {
      try {
        c.manifest = new Manifest(new ByteArrayInputStream(data)).getMainAttributes();
      } catch (IOException e) {
        // A broken manifest does not make the archive unreadable; the file name identifies it.
        c.manifest = null;
      }
    }
  }

  /**
   * The components found, the walk target first, then nested archives in the order met.
   *
   * @param source the walk target as reports name it (the {@link BillOfMaterials#source()})
   */
  public BillOfMaterials toBom(String source) {
    Map<String, List<Component>> byContainer = new LinkedHashMap<>();
    for (Container c : containers.values()) {
      List<Component> found = identify(c, source);
      List<Component> withRefs = new ArrayList<>(found.size());
      for (Component comp : found) {
        // The archive's path names it; several artifacts embedded in one archive add their own.
        String ref = found.size() == 1 ? c.entry.path() : c.entry.path() + "#" + comp.coordinates();
        withRefs.add(comp.toBuilder().ref(ref).build());
      }
      byContainer.put(c.entry.path(), withRefs);
    }
    // An archive stands in paths and edges when it is one component (not a shaded bundle).
    Map<String, Component> single = new HashMap<>();
    byContainer.forEach(
        (path, list) -> {
          if (list.size() == 1) {
            single.put(path, list.get(0));
          }
        });
    DependencyGraph graph = new DependencyGraph();
    List<Component> out = new ArrayList<>();
    for (Container c : containers.values()) {
      DependencyPath path = DependencyPath.empty();
      Component outer = null;
      for (String o : c.entry.chain()) {
        Component comp = single.get(o);
        if (comp != null) {
          path = path.append(coordinateOf(comp));
          outer = comp;
        }
      }
      for (Component comp : byContainer.get(c.entry.path())) {
        if (outer != null) {
          graph.edge(outer.ref(), comp.ref());
        } else {
          graph.node(comp.ref());
        }
        if (!path.isEmpty()) {
          comp = comp.toBuilder().dependencyPath(path.append(coordinateOf(comp))).build();
        }
        out.add(comp);
      }
    }
    return new BillOfMaterials(source, out, graph.asMap());
  }

  private List<Component> identify(Container c, String source) {
    List<Component> found = identifyArchive(c, source);
    if (c.jdbcDrivers.isEmpty() || found.size() != 1) {
      return found;
    }
    return List.of(
        found.get(0).toBuilder()
            .property(ArchiveFacts.DRIVER_CLASS, String.join(",", c.jdbcDrivers))
            .build());
  }

  private List<Component> identifyArchive(Container c, String source) {
    boolean root = c.entry.chain().isEmpty();
    ComponentKind kind = root ? ComponentKind.APPLICATION : ComponentKind.LIBRARY;
    Origin origin = new Origin(source, 0, root ? null : c.entry.path());
    List<Component> result = new ArrayList<>();
    for (Properties p : c.poms.values()) {
      String g = p.getProperty("groupId").strip();
      String a = p.getProperty("artifactId").strip();
      String v = p.getProperty("version");
      Component.Builder b =
          Component.builder()
              .kind(kind)
              .group(g)
              .name(a)
              .version(v)
              .purl(Purl.maven(g, a, v == null ? null : v.strip()))
              .property(ArchiveFacts.IDENTITY, "pom.properties")
              .property(EMBEDDED, c.poms.size() > 1 ? "true" : null)
              .origin(origin);
      if (c.sha256 != null && c.poms.size() == 1) {
        b.hash("SHA-256", c.sha256);
      }
      result.add(b.build());
    }
    if (!result.isEmpty()) {
      return result;
    }
    if (root && rootIsDirectory) {
      return result;
    }
    Component.Builder b = Component.builder().kind(kind).origin(origin);
    String title = attribute(c.manifest, "Implementation-Title", "Bundle-SymbolicName");
    if (title != null) {
      String version =
          ArchiveFacts.plausibleVersion(attribute(c.manifest, "Implementation-Version"));
      if (version == null) {
        version = ArchiveFacts.plausibleVersion(attribute(c.manifest, "Bundle-Version"));
      }
      String name = withoutDirectives(title);
      String group = null;
      Matcher ivy = IVY_TITLE.matcher(title);
      if (ivy.matches() && ivy.group(3).equals(version)) {
        // Gradle (nebula) publishes Implementation-Title as group#artifact;version
        group = ivy.group(1);
        name = ivy.group(2);
      }
      b.name(name)
          .version(version)
          .supplier(attribute(c.manifest, "Implementation-Vendor", "Bundle-Vendor"))
          .property(ArchiveFacts.IDENTITY, "manifest");
      if (group != null && version != null && namedAs(c.entry.path(), name, version)) {
        // The manifest states the coordinates and the file name agrees: an exact identity.
        b.group(group).purl(Purl.maven(group, name, version));
      }
    } else {
      b.name(fileName(c.entry.path())).property(ArchiveFacts.IDENTITY, "file-name");
    }
    // The facts the catalog identifies such a jar by (CatalogMatcher#software).
    b.property(ArchiveFacts.FILE_NAME, fileName(c.entry.path()));
    for (String name : ArchiveFacts.MANIFEST_ATTRIBUTES) {
      String value = attribute(c.manifest, name);
      if (value != null) {
        b.property(ArchiveFacts.MANIFEST + name, withoutDirectives(value));
      }
    }
    if (c.classPackage != null && !c.classPackage.isEmpty()) {
      b.property(ArchiveFacts.PACKAGE, c.classPackage);
    }
    if (c.sha256 != null) {
      b.hash("SHA-256", c.sha256);
    }
    result.add(b.build());
    return result;
  }

  /** The file name of the archive at {@code path} is {@code <name>-<version>.jar}. */
  private static boolean namedAs(String path, String name, String version) {
    return fileName(path).equals(name + "-" + version + ".jar");
  }

  /**
   * The name without the directives a Bundle-SymbolicName may carry ({@code x;singleton:=true}).
   */
  private static String withoutDirectives(String value) {
    int semicolon = value.indexOf(';');
    return semicolon > 0 ? value.substring(0, semicolon).strip() : value;
  }

  /**
   * The package both {@code shared} and the class {@code internalName} lie in ({@code a/b/C} is in
   * {@code a.b}), compared at dots; "" when they share none. {@code module-info} has no package.
   */
  static String sharedPackage(String shared, String internalName) {
    int slash = internalName.lastIndexOf('/');
    if (internalName.endsWith("module-info") || (shared != null && shared.isEmpty())) {
      return shared;
    }
    if (shared != null && inPackage(internalName, slash, shared)) {
      // the common case, a class inside the package shared so far: no string is built
      return shared;
    }
    String pkg = slash < 0 ? "" : internalName.substring(0, slash).replace('/', '.');
    if (shared == null) {
      return pkg;
    }
    while (!pkg.equals(shared) && !pkg.startsWith(shared + ".")) {
      int dot = shared.lastIndexOf('.');
      shared = dot < 0 ? "" : shared.substring(0, dot);
      if (shared.isEmpty()) {
        return "";
      }
    }
    return shared;
  }

  /** True when the class {@code internalName} ({@code a/b/C}) lies in {@code pkg} ({@code a.b}). */
  private static boolean inPackage(String internalName, int slash, String pkg) {
    int n = pkg.length();
    if (slash < n || internalName.charAt(n) != '/') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = internalName.charAt(i);
      if (c != pkg.charAt(i) && !(c == '/' && pkg.charAt(i) == '.')) {
        return false;
      }
    }
    return true;
  }

  private static String attribute(Attributes a, String... names) {
    if (a == null) {
      return null;
    }
    for (String n : names) {
      String v = a.getValue(n);
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static String fileName(String path) {
    int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return cut < 0 ? path : path.substring(cut + 1);
  }

  private static String coordinateOf(Component c) {
    return c.group() == null
        ? c.name() + (c.version() == null ? "" : ":" + c.version())
        : c.group() + ":" + c.name() + (c.version() == null ? "" : ":" + c.version());
  }
}
