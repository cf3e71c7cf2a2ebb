package io.anke.maven.internal;

import io.anke.core.engine.ScanResult;
import io.anke.core.rule.Finding;
import io.anke.core.rule.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

/**
 * Points findings about a module's build output at the sources the build made it from, so that code
 * scanning and the build log name files a developer edits: {@code target/classes/a/b/C.class}
 * becomes the {@code a/b/C.java} (or the file the class's {@code SourceFile} attribute names) of a
 * compile source root that holds it, a resource copied into {@code target/classes} the file of the
 * resource root it was copied from, the output directory itself the first source root that exists.
 * A line stays only where it is a line of that source: a class's line when the source has that many
 * lines, a resource's line when the copy has as many lines as its source (filtering may have
 * rewritten values, not moved lines). Nothing is mapped that is not found; fingerprints do not
 * change ({@link Finding#withSource}).
 */
public final class SourceLocations {
  private static final List<String> SOURCE_SUFFIXES = List.of(".java", ".kt", ".groovy", ".scala");

  private final Path root;
  private final List<Module> modules;
  private final Map<Path, Integer> lineCounts = new HashMap<>();

  /** One module's output directory and where its contents came from. */
  private record Module(
      String shown, Path classes, List<Path> sourceRoots, List<Resource> resources) {}

  private SourceLocations(Path root, List<Module> modules) {
    this.root = root;
    this.modules = modules;
  }

  /**
   * The source layout of {@code projects}.
   *
   * @param root the directory the findings' paths are relative to
   */
  public static SourceLocations of(List<MavenProject> projects, Path root) {
    List<Module> modules = new ArrayList<>();
    for (MavenProject p : projects) {
      if ("pom".equals(p.getPackaging())) {
        continue;
      }
      Path classes = Path.of(p.getBuild().getOutputDirectory()).toAbsolutePath().normalize();
      List<Path> sourceRoots = new ArrayList<>();
      for (Path r : BuildOutput.sourceRoots(p)) {
        if (Files.isDirectory(r)) {
          sourceRoots.add(r);
        }
      }
      List<Resource> resources = new ArrayList<>();
      Path base = p.getBasedir().toPath();
      for (Resource r : p.getResources()) {
        if (r.getDirectory() != null && Files.isDirectory(base.resolve(r.getDirectory()))) {
          Resource copy = r.clone();
          copy.setDirectory(base.resolve(r.getDirectory()).normalize().toString());
          resources.add(copy);
        }
      }
      modules.add(new Module(MavenBom.relative(classes, root), classes, sourceRoots, resources));
    }
    return new SourceLocations(root, modules);
  }

  /** {@code result} with each finding about build output pointing at its source. */
  public ScanResult apply(ScanResult result) {
    List<Finding> findings = new ArrayList<>(result.findings().size());
    for (Finding f : result.findings()) {
      Location.Source source = sourceOf(f.location());
      findings.add(source == null ? f : f.withSource(source));
    }
    return new ScanResult(
        result.context(),
        result.profile(),
        result.rules(),
        findings,
        result.summary(),
        result.expiredWaivers(),
        result.unusedWaivers(),
        result.ruleErrors(),
        result.baseline());
  }

  /** The source a location's file was built from, or null when it is not build output. */
  Location.Source sourceOf(Location l) {
    if (l.fact() || l.file().isEmpty() || l.file().contains("!/")) {
      return null;
    }
    for (Module m : modules) {
      String rel;
      if (l.file().equals(m.shown())) {
        rel = "";
      } else if (l.file().startsWith(m.shown() + "/")) {
        rel = l.file().substring(m.shown().length() + 1);
      } else {
        continue;
      }
      try {
        if (rel.isEmpty()) {
          return directory(m);
        }
        if (rel.endsWith(".class")) {
          return classSource(m, rel, l);
        }
        return resourceSource(m, rel, l);
      } catch (IOException | UncheckedIOException e) {
        return null; // a source that cannot be read is not pointed at
      }
    }
    return null;
  }

  /** The output directory itself: the first source root that exists, else the resource root. */
  private Location.Source directory(Module m) {
    if (!m.sourceRoots().isEmpty()) {
      return new Location.Source(shown(m.sourceRoots().get(0)), 0);
    }
    if (!m.resources().isEmpty()) {
      return new Location.Source(shown(Path.of(m.resources().get(0).getDirectory())), 0);
    }
    return null;
  }

  private Location.Source classSource(Module m, String rel, Location l) throws IOException {
    int slash = rel.lastIndexOf('/');
    String dir = slash < 0 ? "" : rel.substring(0, slash + 1);
    List<String> names = new ArrayList<>();
    if (l.sourceFile() != null && !l.sourceFile().contains("/")) {
      names.add(l.sourceFile());
    } else {
      String simple = rel.substring(slash + 1, rel.length() - ".class".length());
      int dollar = simple.indexOf('$');
      String outer = dollar > 0 ? simple.substring(0, dollar) : simple;
      for (String suffix : SOURCE_SUFFIXES) {
        names.add(outer + suffix);
      }
    }
    for (Path sourceRoot : m.sourceRoots()) {
      for (String name : names) {
        Path f = sourceRoot.resolve(dir + name);
        if (Files.isRegularFile(f)) {
          // The line table's line is a line of this file when the file is that long.
          int line = l.inCode() && l.line() > 0 && l.line() <= lines(f) ? l.line() : 0;
          return new Location.Source(shown(f), line);
        }
      }
    }
    return null;
  }

  private Location.Source resourceSource(Module m, String rel, Location l) throws IOException {
    for (Resource r : m.resources()) {
      String inRoot = rel;
      String target = r.getTargetPath();
      if (target != null && !target.isBlank()) {
        String prefix = target.replace('\\', '/').replaceAll("^/+|/+$", "") + "/";
        if (!rel.startsWith(prefix)) {
          continue;
        }
        inRoot = rel.substring(prefix.length());
      }
      Path f = Path.of(r.getDirectory()).resolve(inRoot);
      if (Files.isRegularFile(f)) {
        Path copy = m.classes().resolve(rel);
        int line =
            l.line() > 0 && Files.isRegularFile(copy) && lines(f) == lines(copy) ? l.line() : 0;
        return new Location.Source(shown(f), line);
      }
    }
    return null;
  }

  private String shown(Path p) {
    return MavenBom.relative(p, root);
  }

  /** Lines of a file, counted by its line feeds (so in any ASCII-compatible encoding). */
  private int lines(Path f) throws IOException {
    Integer known = lineCounts.get(f);
    if (known != null) {
      return known;
    }
    int n = 0;
    int last = -1; // the last byte as 0..255, -1 for an empty file
    try (InputStream in = Files.newInputStream(f)) {
      byte[] buf = new byte[8192];
      for (int r = in.read(buf); r > 0; r = in.read(buf)) {
        for (int i = 0; i < r; i++) {
          if (buf[i] == '\n') {
            n++;
          }
        }
        last = buf[r - 1] & 0xff;
      }
    }
    if (last >= 0 && last != '\n') {
      n++; // a last line without a line feed (whatever its last byte, e.g. of a Chinese comment)
    }
    lineCounts.put(f, n);
    return n;
  }
}
