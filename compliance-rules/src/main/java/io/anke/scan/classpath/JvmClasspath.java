package io.anke.scan.classpath;

import io.anke.core.InputException;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.catalog.Catalog;
import io.anke.core.guard.RuntimeClasspath;
import io.anke.core.rule.FactCoverage;
import io.anke.core.rule.InputGap;
import io.anke.core.rule.Text;
import io.anke.core.rule.TextBundle;
import io.anke.scan.archive.ArchiveEntry;
import io.anke.scan.archive.ArchiveWalker;
import io.anke.scan.bom.BomEnricher;
import io.anke.scan.bom.BomReaders;
import io.anke.scan.bytecode.BytecodeScanResult;
import io.anke.scan.bytecode.CryptoUsage;
import io.anke.scan.config.ConfigFile;
import io.anke.scan.data.ClassWithPersonalData;
import io.anke.scan.data.ClassificationDeclaration;
import io.anke.scan.data.DataFieldCollector;
import io.anke.scan.internal.ScanMessage;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The class path of the running JVM as bills of materials, for the start-up guard: the entries of
 * {@code java.class.path} with the jars their manifests' {@code Class-Path} names ({@link
 * ManifestClassPath}), those of {@code jdk.module.path}, then the URLs of every {@link
 * URLClassLoader} from the application's loader up to the bootstrap loader (Spring Boot's launcher,
 * servlet containers' web-application loaders). A URL into an archive ({@code
 * jar:file:/app.jar!/BOOT-INF/lib/x.jar!/}, Spring Boot's {@code
 * jar:nested:/app.jar/!BOOT-INF/...}, Tomcat's {@code war:file:} URLs into a war it serves
 * unexploded) stands for the outer archive, which is read with its nested libraries and gives the
 * components {@code anke scan app.jar} finds ({@link BomReaders}, then {@link BomEnricher}), though
 * through its central directory, without inflating the entries that do not identify it; a directory
 * (a class directory, an exploded Spring Boot jar or war) is read as {@code anke scan DIR} reads
 * it. Each file is read once. An entry that does not exist is skipped, as the JVM skips it; one
 * that exists but cannot be read becomes an {@link InputGap}.
 *
 * <p>In the same read, the declarations of the application's own classes ({@link
 * io.anke.scan.data.ClassificationDeclaration}, what they declare with {@code @DataResource} and
 * {@code @Classified}): the classes of class directories, of the jar {@code java -jar} runs, and of
 * the {@code BOOT-INF/classes/} and {@code WEB-INF/classes/} folders of the archives. Libraries'
 * classes are not inflated.
 */
public final class JvmClasspath implements RuntimeClasspath {
  /** The rule category that judges the class path's components. */
  private static final Set<String> BOM = Set.of("bom");

  /** The rule category that judges the application's data classes. */
  private static final Set<String> DATA = Set.of("data");

  /**
   * Reads the archives the JVM runs with through their central directories, as the JVM does: the
   * components are those {@code anke scan} finds, without inflating every class (the delivery scan
   * checks every entry of a delivered archive; this is the running one). The SHA-256 of each file
   * is taken only when the catalog identifies some component by it: otherwise it would decide
   * nothing and cost a quarter of the read (the signed delivery manifest is what proves the bytes).
   */
  private static final ArchiveWalker WALKER =
      ArchiveWalker.builder().centralDirectory(true).build();

  private static final ArchiveWalker DIGESTING_WALKER =
      ArchiveWalker.builder().digests(true).centralDirectory(true).build();

  private static final TextBundle TEXT =
      TextBundle.of("io.anke.scan.classpath.Messages", JvmClasspath.class.getClassLoader());

  private final UnaryOperator<String> systemProperty;

  /** Reads this JVM's class path; public for {@link java.util.ServiceLoader}. */
  public JvmClasspath() {
    this(System::getProperty);
  }

  /** Reads the class path named by {@code systemProperty} (tests). */
  JvmClasspath(UnaryOperator<String> systemProperty) {
    this.systemProperty = systemProperty;
  }

  @Override
  public Contents read(ClassLoader loader, Catalog catalog, Function<Path, String> displayName) {
    Map<Path, String> entries = new LinkedHashMap<>();
    List<InputGap> gaps = new ArrayList<>();
    for (String property : List.of("java.class.path", "jdk.module.path")) {
      String value = systemProperty.apply(property);
      if (value == null || value.isBlank()) {
        continue;
      }
      for (String part : value.split(File.pathSeparator)) {
        if (!part.isBlank()) {
          add(entries, gaps, part, () -> Path.of(part));
        }
      }
      if (property.equals("java.class.path")) {
        followClassPathAttributes(entries, gaps);
      }
    }
    for (ClassLoader l = loader; l != null; l = l.getParent()) {
      if (l instanceof URLClassLoader u) {
        for (URL url : u.getURLs()) {
          add(entries, gaps, url.toString(), () -> archiveOf(url));
        }
      }
    }
    ArchiveWalker walker = catalog.identifiesByDigest() ? DIGESTING_WALKER : WALKER;
    List<BillOfMaterials> boms = new ArrayList<>();
    List<Path> archives = new ArrayList<>();
    List<Path> directories = new ArrayList<>();
    Path launched = launchedJar(entries.keySet());
    // The application's own classes, read in the same walk: every class of a class directory and
    // of the jar java -jar runs, and those of BOOT-INF/classes and WEB-INF/classes anywhere else.
    // A library's classes are never inflated.
    Set<String> ownRoots = new HashSet<>();
    DataFieldCollector own =
        DataFieldCollector.declarationsOnly(e -> ownRoots.contains(e.root()) || inClassesFolder(e));
    for (Path p : entries.keySet()) {
      if (!Files.exists(p) || directories.stream().anyMatch(p::startsWith)) {
        // the JVM skips a missing entry; a directory already read covers what lies inside it
        continue;
      }
      String name = displayName.apply(p);
      try {
        if (!Files.isReadable(p)) {
          throw new InputException(null, 0, ScanMessage.CLASSPATH_PERMISSION_DENIED.text());
        }
        if (Files.isDirectory(p) || p.equals(launched)) {
          ownRoots.add(name);
        }
        boms.add(BomEnricher.enrich(BomReaders.read(p, name, walker, own), catalog));
        archives.add(p);
        if (Files.isDirectory(p)) {
          directories.add(p);
        }
      } catch (RuntimeException e) {
        // InputException (corrupt, over a limit, not an archive) or the walker's own failure:
        // the entry is reported as not examined, and the rest of the class path is still judged.
        gaps.add(InputGap.missing(name, BOM, TEXT.text("gap.unreadable", Text.messageOf(e))));
      }
    }
    for (String cls : own.unreadable()) {
      // The JVM would refuse it too; its data classification is not judged, which is said.
      gaps.add(InputGap.missing(cls, DATA, TEXT.text("gap.unreadableClass")));
    }
    List<Object> facts = new ArrayList<>(own.declarations());
    // The guard reads declarations from the class path; the rest of a delivery scan's code facts
    // are the build's to gather (anke scan, the Maven plugin), not the running JVM's.
    facts.add(FactCoverage.gathered(ClassificationDeclaration.KEY));
    facts.add(
        FactCoverage.notGathered(
            ConfigFile.KEY, ClassWithPersonalData.KEY, BytecodeScanResult.KEY, CryptoUsage.KEY));
    return new Contents(boms, archives, gaps, List.copyOf(facts));
  }

  /** True for a class of a Spring Boot jar's or a war's own classes folder. */
  private static boolean inClassesFolder(ArchiveEntry entry) {
    return entry.name().startsWith("BOOT-INF/classes/")
        || entry.name().startsWith("WEB-INF/classes/");
  }

  /**
   * The jar {@code java -jar} runs: {@code sun.java.command} starts with it (then the arguments,
   * after a space; the path itself may hold spaces). Null when the JVM was started with a main
   * class, or when what the command names is not a jar of the class path.
   */
  private Path launchedJar(Set<Path> classPath) {
    String command = systemProperty.apply("sun.java.command");
    if (command == null) {
      return null;
    }
    for (int end = command.indexOf(".jar"); end > 0; end = command.indexOf(".jar", end + 1)) {
      int after = end + ".jar".length();
      if (after < command.length() && command.charAt(after) != ' ') {
        continue;
      }
      try {
        Path jar = Path.of(command.substring(0, after)).toAbsolutePath().normalize();
        if (classPath.contains(jar)) {
          return jar;
        }
      } catch (IllegalArgumentException e) {
        return null; // not a path: a main class and its arguments
      }
    }
    return null;
  }

  /**
   * Adds what the manifests' {@code Class-Path} attributes of the entries so far name, and theirs
   * in turn, as the application class loader follows them; each entry is added once, so a cycle
   * ends.
   */
  private static void followClassPathAttributes(Map<Path, String> entries, List<InputGap> gaps) {
    ArrayDeque<Path> pending = new ArrayDeque<>(entries.keySet());
    while (!pending.isEmpty()) {
      for (URI named : ManifestClassPath.of(pending.poll())) {
        if (!"file".equals(named.getScheme())) {
          gaps.add(InputGap.missing(named.toString(), BOM, TEXT.text("gap.protocol")));
          continue;
        }
        Path p;
        try {
          p = Path.of(named).toAbsolutePath().normalize();
        } catch (IllegalArgumentException e) {
          gaps.add(
              InputGap.missing(
                  named.toString(), BOM, TEXT.text("gap.unreadable", Text.messageOf(e))));
          continue;
        }
        if (!entries.containsKey(p)) {
          entries.put(p, named.toString());
          pending.add(p);
        }
      }
    }
  }

  private interface PathOf {
    Path get() throws URISyntaxException;
  }

  private static void add(
      Map<Path, String> entries, List<InputGap> gaps, String given, PathOf resolve) {
    try {
      Path p = resolve.get();
      if (p == null) {
        gaps.add(InputGap.missing(given, BOM, TEXT.text("gap.protocol")));
        return;
      }
      entries.putIfAbsent(p.toAbsolutePath().normalize(), given);
    } catch (URISyntaxException | IllegalArgumentException e) {
      gaps.add(InputGap.missing(given, BOM, TEXT.text("gap.unreadable", Text.messageOf(e))));
    }
  }

  /**
   * The local file or directory a class-loader URL reads from: the outer archive for a URL into
   * one; null for a URL this reader cannot follow (a remote or container-specific protocol).
   */
  static Path archiveOf(URL url) throws URISyntaxException {
    String s = url.toString();
    if (s.startsWith("jar:")) {
      int bang = s.indexOf("!/");
      s = s.substring(4, bang < 0 ? s.length() : bang);
    }
    if (s.startsWith("war:")) {
      // Tomcat serving a war from the archive: war:file:/path/app.war*/WEB-INF/lib/x.jar (Tomcat
      // 8.0 wrote ^/ instead of */)
      s = s.substring("war:".length());
      int cut = warSeparator(s);
      s = cut < 0 ? s : s.substring(0, cut);
    }
    if (s.startsWith("file:")) {
      return Path.of(new URI(s));
    }
    if (s.startsWith("nested:")) {
      // Spring Boot 3.2+: nested:/path/to/app.jar/!BOOT-INF/lib/x.jar
      String rest = s.substring("nested:".length());
      int cut = rest.indexOf("/!");
      String outer = cut < 0 ? rest : rest.substring(0, cut);
      return Path.of(new URI("file", null, decode(outer), null));
    }
    return null;
  }

  private static int warSeparator(String s) {
    int star = s.indexOf("*/");
    return star >= 0 ? star : s.indexOf("^/");
  }

  private static String decode(String path) throws URISyntaxException {
    return path.contains("%") ? new URI("file:" + path).getPath() : path;
  }
}
