package io.anke.maven.internal;

import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.bom.ComponentKind;
import io.anke.core.bom.Origin;
import io.anke.core.catalog.Catalog;
import io.anke.core.catalog.CatalogMatcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputSource;
import org.apache.maven.project.MavenProject;

/**
 * Turns the dependency graph Maven has already resolved for a project into a bill of materials.
 * Nothing is resolved here: the artifacts, their files and their dependency trails are those of
 * {@link MavenProject#getArtifacts()}, so the goal works offline and never touches a repository.
 */
public final class MavenBom {
  /** Component property: the Maven scope ({@code compile}, {@code runtime}, …). */
  public static final String SCOPE = "anke:maven:scope";

  /** Component property: the Maven artifact type when it is not {@code jar}. */
  public static final String TYPE = "anke:maven:type";

  /** Component property: {@code true} for an optional dependency. */
  public static final String OPTIONAL = "anke:maven:optional";

  /** Component property: the reactor modules whose graphs hold the component (aggregate only). */
  public static final String MODULES = "anke:maven:modules";

  private MavenBom() {}

  /**
   * The dependencies of one project, in the scopes given, as components with their dependency path
   * ({@code g:a:v} of the project first), the {@code pom.xml} line of the direct dependency that
   * pulled each one in as origin, and supplier and country from the catalog when it knows them.
   *
   * @param project a project whose dependencies Maven has resolved
   * @param scopes the scopes to keep (lower case)
   * @param workingDirectory the directory report paths are relative to
   * @param catalog the vendor catalog used to fill in supplier, manufacturer and country
   * @param hashes true to add the SHA-256 of each artifact file (for SBOMs)
   */
  public static BillOfMaterials of(
      MavenProject project,
      Set<String> scopes,
      Path workingDirectory,
      Catalog catalog,
      boolean hashes) {
    List<Component> components =
        components(project, scopes, workingDirectory, catalog, hashes, Set.of());
    return new BillOfMaterials(
        pomPath(project, workingDirectory), components, graph(project, components));
  }

  /**
   * The graph Maven resolved, as edges between the components' refs (their purls): each component
   * hangs from the artifact before it in its dependency trail, the project's own for a direct
   * dependency.
   */
  private static Map<String, List<String>> graph(MavenProject project, List<Component> kept) {
    Set<String> keptRefs = new java.util.HashSet<>();
    kept.forEach(c -> keptRefs.add(c.ref()));
    Map<String, String> refByKey = new java.util.HashMap<>();
    List<Artifact> artifacts = new ArrayList<>();
    for (Artifact a : sorted(project.getArtifacts())) {
      if (keptRefs.contains(purl(a))) {
        refByKey.put(trailKey(a.getId()), purl(a));
        artifacts.add(a);
      }
    }
    Artifact self = project.getArtifact();
    String selfRef = self == null ? null : purl(self);
    Map<String, List<String>> edges = new LinkedHashMap<>();
    for (Artifact a : artifacts) {
      List<String> trail = a.getDependencyTrail();
      String from =
          trail == null || trail.size() < 3
              ? selfRef
              : refByKey.get(trailKey(trail.get(trail.size() - 2)));
      if (from != null) {
        edges.computeIfAbsent(from, k -> new ArrayList<>()).add(purl(a));
      }
    }
    return edges;
  }

  /**
   * {@code group:artifact:type[:classifier]} of a trail entry or artifact id: all but the version.
   */
  private static String trailKey(String id) {
    int last = id.lastIndexOf(':');
    return last < 0 ? id : id.substring(0, last);
  }

  /**
   * One bill of materials for a whole reactor: the union of every module's dependencies, without
   * the reactor's own modules. A component pulled in by several modules appears once, with the
   * shortest dependency path (ties go to the earlier module) and the modules listed in {@link
   * #MODULES}.
   */
  public static BillOfMaterials ofReactor(
      List<MavenProject> projects,
      Set<String> scopes,
      Path workingDirectory,
      Catalog catalog,
      boolean hashes,
      String source) {
    Set<String> reactor = new java.util.HashSet<>();
    for (MavenProject p : projects) {
      reactor.add(p.getGroupId() + ":" + p.getArtifactId());
    }
    Map<String, Component> byId = new LinkedHashMap<>();
    Map<String, List<String>> modules = new LinkedHashMap<>();
    Map<String, java.util.Set<String>> edges = new LinkedHashMap<>();
    for (MavenProject p : projects) {
      List<Component> found = components(p, scopes, workingDirectory, catalog, hashes, reactor);
      graph(p, found)
          .forEach(
              (from, to) ->
                  edges.computeIfAbsent(from, k -> new java.util.LinkedHashSet<>()).addAll(to));
      for (Component c : found) {
        String id = c.id();
        modules.computeIfAbsent(id, k -> new ArrayList<>()).add(p.getArtifactId());
        Component old = byId.get(id);
        if (old == null || c.dependencyPath().size() < old.dependencyPath().size()) {
          byId.put(id, c);
        }
      }
    }
    List<Component> out = new ArrayList<>(byId.size());
    for (Map.Entry<String, Component> e : byId.entrySet()) {
      out.add(
          e.getValue().toBuilder()
              .property(MODULES, String.join(",", modules.get(e.getKey())))
              .build());
    }
    out.sort(Comparator.comparing(Component::id));
    Map<String, List<String>> graph = new LinkedHashMap<>();
    edges.forEach((from, to) -> graph.put(from, List.copyOf(to)));
    return new BillOfMaterials(source, out, graph);
  }

  private static List<Component> components(
      MavenProject project,
      Set<String> scopes,
      Path workingDirectory,
      Catalog catalog,
      boolean hashes,
      Set<String> excludedCoordinates) {
    CatalogMatcher matcher = catalog.matcher();
    String pom = pomPath(project, workingDirectory);
    List<Component> out = new ArrayList<>();
    for (Artifact a : sorted(project.getArtifacts())) {
      String scope = a.getScope() == null ? "compile" : a.getScope();
      if (!scopes.contains(scope)
          || excludedCoordinates.contains(a.getGroupId() + ":" + a.getArtifactId())) {
        continue;
      }
      Component.Builder b =
          Component.builder()
              .kind(ComponentKind.LIBRARY)
              .group(a.getGroupId())
              .name(a.getArtifactId())
              .version(a.getBaseVersion())
              .purl(purl(a))
              .property(SCOPE, scope)
              .dependencyPath(path(project, a))
              .ref(purl(a))
              .origin(origin(project, a, pom, workingDirectory));
      if (!"jar".equals(a.getType())) {
        b.property(TYPE, a.getType());
      }
      if (a.isOptional()) {
        b.property(OPTIONAL, "true");
      }
      if (hashes && a.getFile() != null && a.getFile().isFile()) {
        b.hash("SHA-256", sha256(a.getFile().toPath()));
      }
      Component c = b.build();
      out.add(matcher.component(c).map(m -> m.applyTo(c)).orElse(c));
    }
    return out;
  }

  /** Sorted by id, so that the BOM does not depend on the resolver's iteration order. */
  private static List<Artifact> sorted(Collection<Artifact> artifacts) {
    List<Artifact> list = new ArrayList<>(artifacts);
    list.sort(Comparator.comparing(Artifact::getId));
    return list;
  }

  /**
   * The project itself as the component a bill of materials describes: an application for war and
   * ear packaging, else a library; its purl from the project's own artifact.
   */
  public static Component projectComponent(MavenProject project, Path workingDirectory) {
    String packaging = project.getPackaging();
    boolean app = "war".equals(packaging) || "ear".equals(packaging);
    Component.Builder b =
        Component.builder()
            .kind(app ? ComponentKind.APPLICATION : ComponentKind.LIBRARY)
            .group(project.getGroupId())
            .name(project.getArtifactId())
            .version(project.getVersion())
            .origin(Origin.of(pomPath(project, workingDirectory)));
    Artifact a = project.getArtifact();
    if (a != null) {
      b.purl(purl(a)).ref(purl(a));
    }
    return b.build();
  }

  /**
   * The package URL of a Maven artifact. The {@code type} qualifier is left out for jars (the purl
   * default), which keeps waiver subjects such as {@code pkg:maven/g/a@*} short.
   */
  public static String purl(Artifact a) {
    StringBuilder s =
        new StringBuilder("pkg:maven/")
            .append(encode(a.getGroupId()))
            .append('/')
            .append(encode(a.getArtifactId()))
            .append('@')
            .append(encode(a.getBaseVersion()));
    String sep = "?";
    if (a.getClassifier() != null && !a.getClassifier().isEmpty()) {
      s.append(sep).append("classifier=").append(encode(a.getClassifier()));
      sep = "&";
    }
    if (a.getType() != null && !"jar".equals(a.getType())) {
      s.append(sep).append("type=").append(encode(a.getType()));
    }
    return s.toString();
  }

  // Percent-encodes what a purl segment may not contain; Maven coordinates rarely need it.
  private static String encode(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '.'
          || c == '-'
          || c == '_'
          || c == '~'
          || c == '+') {
        out.append(c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
      }
    }
    return out.toString();
  }

  /**
   * The path from the project to the artifact as {@code group:artifact:version} strings, from
   * Maven's dependency trail ({@code group:artifact:type[:classifier]:version} entries).
   */
  static List<String> path(MavenProject project, Artifact a) {
    List<String> trail = a.getDependencyTrail();
    List<String> out = new ArrayList<>();
    if (trail == null || trail.isEmpty()) {
      out.add(gav(project.getGroupId(), project.getArtifactId(), project.getVersion()));
      out.add(gav(a.getGroupId(), a.getArtifactId(), a.getBaseVersion()));
      return out;
    }
    for (String id : trail) {
      out.add(shortId(id));
    }
    return out;
  }

  static String shortId(String trailEntry) {
    String[] p = trailEntry.split(":");
    if (p.length < 3) {
      return trailEntry;
    }
    return gav(p[0], p[1], p[p.length - 1]);
  }

  private static String gav(String g, String a, String v) {
    return g + ":" + a + ":" + v;
  }

  /**
   * Where the component comes from: the {@code pom.xml} (or the parent POM it was inherited from)
   * and the line of the direct dependency that pulled it in, when Maven tracked it.
   */
  private static Origin origin(MavenProject project, Artifact a, String pom, Path workingDir) {
    List<String> trail = a.getDependencyTrail();
    String direct =
        trail != null && trail.size() >= 2
            ? trail.get(1)
            : a.getGroupId() + ":" + a.getArtifactId() + ":" + a.getType() + ":x";
    String[] p = direct.split(":");
    for (Dependency d : project.getDependencies()) {
      if (p.length >= 2 && d.getGroupId().equals(p[0]) && d.getArtifactId().equals(p[1])) {
        InputLocation loc = d.getLocation("");
        if (loc == null || loc.getLineNumber() <= 0) {
          return Origin.of(pom);
        }
        return Origin.of(
            sourceFile(loc.getSource(), project, pom, workingDir), loc.getLineNumber());
      }
    }
    return Origin.of(pom);
  }

  private static String sourceFile(
      InputSource source, MavenProject project, String pom, Path workingDir) {
    if (source == null || source.getLocation() == null) {
      return pom;
    }
    Path file = Path.of(source.getLocation());
    if (project.getFile() != null && file.equals(project.getFile().toPath())) {
      return pom;
    }
    return relative(file, workingDir);
  }

  /** The project's {@code pom.xml}, relative to the working directory. */
  public static String pomPath(MavenProject project, Path workingDirectory) {
    if (project.getFile() == null) {
      return "pom.xml";
    }
    return relative(project.getFile().toPath(), workingDirectory);
  }

  /**
   * A path as reports show it: relative to {@code workingDirectory} when inside it, with {@code /}.
   */
  public static String relative(Path file, Path workingDirectory) {
    Path abs = file.toAbsolutePath().normalize();
    Path wd = workingDirectory.toAbsolutePath().normalize();
    Path shown = abs.startsWith(wd) ? wd.relativize(abs) : abs;
    return shown.toString().replace('\\', '/');
  }

  private static String sha256(Path file) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(BuildLogReport.text(Locale.ENGLISH, "error.sha256"), e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      byte[] buf = new byte[65536];
      while (in.read(buf) >= 0) {
        // reading feeds the digest
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          BuildLogReport.text(Locale.ENGLISH, "error.cannotReadFile", file), e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
