package io.anke.maven.internal;

import io.anke.core.rule.InputGap;
import io.anke.core.rule.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

/**
 * A module's sources against what its build has put into the output directory ({@code
 * target/classes}), so that "this module has no code" is never confused with "this module was not
 * compiled": the goal can be called on its own ({@code mvn anke:check}), after {@code mvn clean},
 * or after sources were edited, and then the classes it would judge are absent or out of date.
 *
 * @param classes the output directory
 * @param sourceRoot the source directory holding the newest source file, or the first one that
 *     exists; null when there is none
 * @param sources source files ({@code .java}, {@code .kt}, {@code .groovy}, {@code .scala})
 * @param newestSource the newest source file, or null
 * @param resources files in the resource directories
 * @param resourceRoot the first resource directory holding files, or null
 * @param outputExists true when the output directory exists
 * @param classFiles class files in the output directory
 * @param newestClass modification time of the newest class file, or null
 */
public record BuildOutput(
    Path classes,
    Path sourceRoot,
    int sources,
    Path newestSource,
    int resources,
    Path resourceRoot,
    boolean outputExists,
    int classFiles,
    FileTime newestClass) {

  /** The rule categories that judge a module's output directory. */
  public static final Set<String> CATEGORIES = Set.of("crypto", "config", "data");

  private static final List<String> SOURCE_SUFFIXES = List.of(".java", ".kt", ".groovy", ".scala");

  // When the goal runs without the compile phase, plugins that add source roots (Kotlin, Groovy,
  // Scala) have not run: look at their conventional directories too.
  private static final List<String> CONVENTIONAL_ROOTS =
      List.of("src/main/java", "src/main/kotlin", "src/main/groovy", "src/main/scala");

  /** Looks at the project's source, resource and output directories. */
  public static BuildOutput of(MavenProject project) {
    Path base = project.getBasedir().toPath();
    Set<Path> roots = sourceRoots(project);
    int sources = 0;
    Path newest = null;
    FileTime newestTime = null;
    Path newestRoot = null;
    Path firstRoot = null;
    Set<Path> seen = new LinkedHashSet<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      for (Path f : files(root)) {
        if (!isSource(f) || !seen.add(f)) {
          continue;
        }
        if (firstRoot == null) {
          firstRoot = root;
        }
        sources++;
        if (f.getFileName().toString().equals("package-info.java")) {
          continue; // often compiles to no class file at all: never "newer than the classes"
        }
        FileTime t = modified(f);
        if (newestTime == null || t.compareTo(newestTime) > 0) {
          newest = f;
          newestTime = t;
          newestRoot = root;
        }
      }
    }
    int resources = 0;
    Path resourceRoot = null;
    for (Resource r : project.getResources()) {
      Path dir = base.resolve(r.getDirectory()).normalize();
      if (Files.isDirectory(dir)) {
        int n = files(dir).size();
        if (n > 0 && resourceRoot == null) {
          resourceRoot = dir;
        }
        resources += n;
      }
    }
    Path classes = Path.of(project.getBuild().getOutputDirectory());
    boolean exists = Files.isDirectory(classes);
    int classFiles = 0;
    FileTime newestClass = null;
    if (exists) {
      for (Path f : files(classes)) {
        if (f.getFileName().toString().endsWith(".class")) {
          classFiles++;
          FileTime t = modified(f);
          if (newestClass == null || t.compareTo(newestClass) > 0) {
            newestClass = t;
          }
        }
      }
    }
    return new BuildOutput(
        classes,
        newestRoot != null ? newestRoot : firstRoot,
        sources,
        newest,
        resources,
        resourceRoot,
        exists,
        classFiles,
        newestClass);
  }

  /**
   * The project's compile source roots, then the conventional ones of the JVM languages (whether
   * they exist or not), absolute, without repeats.
   */
  static Set<Path> sourceRoots(MavenProject project) {
    Path base = project.getBasedir().toPath();
    Set<Path> roots = new LinkedHashSet<>();
    for (String r : project.getCompileSourceRoots()) {
      roots.add(base.resolve(r).normalize());
    }
    for (String r : CONVENTIONAL_ROOTS) {
      roots.add(base.resolve(r).normalize());
    }
    return roots;
  }

  /**
   * What the goal could not judge in this output, or null when the output matches the sources: the
   * output missing, without a single class although there are sources, or older than a source file.
   *
   * @param root the directory paths in the message are relative to
   */
  public InputGap gap(Path root) {
    String out = MavenBom.relative(classes, root);
    if (sources > 0 && !outputExists) {
      return InputGap.missing(
          out,
          CATEGORIES,
          BuildLogReport.texts("gap.notBuilt", MavenBom.relative(sourceRoot, root), sources));
    }
    if (sources > 0 && classFiles == 0) {
      return InputGap.missing(
          out,
          Set.of("crypto", "data"),
          BuildLogReport.texts("gap.noClasses", MavenBom.relative(sourceRoot, root), sources));
    }
    if (sources > 0 && modified(newestSource).compareTo(newestClass) > 0) {
      return InputGap.missing(
          out,
          Set.of("crypto", "data"),
          BuildLogReport.texts("gap.stale", MavenBom.relative(newestSource, root)));
    }
    if (resources > 0 && !outputExists) {
      return InputGap.missing(
          out,
          Set.of("config"),
          BuildLogReport.texts(
              "gap.resourcesNotProcessed", MavenBom.relative(resourceRoot, root), resources));
    }
    return null;
  }

  /** True when the module has sources or resources that the output directory should reflect. */
  public boolean hasInputs() {
    return sources > 0 || resources > 0;
  }

  /** The reason text for an output left out by {@code scanProjectClasses=false}. */
  public static Text excludedReason() {
    return BuildLogReport.texts("gap.excluded");
  }

  private static boolean isSource(Path f) {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    for (String s : SOURCE_SUFFIXES) {
      if (name.endsWith(s)) {
        return true;
      }
    }
    return false;
  }

  private static List<Path> files(Path dir) {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile).forEach(out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(
          BuildLogReport.text(Locale.ENGLISH, "error.cannotList", dir), e);
    }
    return out;
  }

  private static FileTime modified(Path f) {
    try {
      return Files.getLastModifiedTime(f);
    } catch (IOException e) {
      throw new UncheckedIOException(
          BuildLogReport.text(Locale.ENGLISH, "error.cannotReadTime", f), e);
    }
  }
}
