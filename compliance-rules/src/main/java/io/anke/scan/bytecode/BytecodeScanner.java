package io.anke.scan.bytecode;

import io.anke.core.bom.Purl;
import io.anke.core.rule.Text;
import io.anke.scan.archive.ArchiveEntry;
import io.anke.scan.archive.ArchiveVisitor;
import io.anke.scan.archive.ArchiveWalker;
import io.anke.scan.bytecode.internal.ClassAnalyzer;
import io.anke.scan.bytecode.internal.ClassResult;
import io.anke.scan.bytecode.internal.Raw;
import io.anke.scan.bytecode.internal.Sym;
import io.anke.scan.bytecode.internal.UsageBuilder;
import io.anke.scan.internal.ScanMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * Finds cryptographic API usage in the bytecode of a jar, war, ear, zip, Spring Boot fat jar or
 * class directory: algorithm names reaching the JCA factories (through literals, static final
 * fields of any class in the scan, string concatenation and local variables), Bouncy Castle
 * lightweight classes, the helpers of Commons Codec, Hutool, jasypt, Shiro, Spring Security, Spring
 * and Guava (enum constants, setters, constructors and their defaults), algorithms kept in a
 * class's own instance fields, constant keys and IVs, ECB mode, {@code java.util.Random} key
 * material, legacy TLS versions and short RSA keys.
 *
 * <p>The archive streams through an {@link ArchiveWalker} on the calling thread while a small pool
 * analyses the class files; memory stays bounded by the pool's queue. Results are sorted, so the
 * same input always gives the same result. Instances are immutable and thread-safe.
 */
public final class BytecodeScanner {
  private static final int MAX_CLASS_BYTES = 16 << 20;
  private static final int MAX_POM_PROPERTIES_BYTES = 64 << 10;
  private static final Pattern POM_PROPERTIES =
      Pattern.compile("META-INF/maven/[^/]+/[^/]+/pom\\.properties");

  private static final Comparator<CryptoUsage> ORDER =
      Comparator.<CryptoUsage, String>comparing(u -> u.location().path())
          .thenComparingInt(u -> u.location().line())
          .thenComparing(u -> u.location().method())
          .thenComparing(u -> Objects.toString(u.location().methodDescriptor(), ""))
          .thenComparing(CryptoUsage::kind)
          .thenComparing(u -> Objects.toString(u.algorithm(), ""))
          .thenComparing(CryptoUsage::api)
          .thenComparing(u -> Objects.toString(u.detail(), ""));

  private final ArchiveWalker walker;
  private final boolean applicationOnly;
  private final List<String> applicationPackages;
  private final boolean library;
  private final String libraryPurl;
  private final int threads;

  private BytecodeScanner(Builder b) {
    this.walker = b.walker;
    this.applicationOnly = b.applicationOnly;
    this.library = b.library;
    this.libraryPurl = b.libraryPurl;
    this.applicationPackages = List.copyOf(b.applicationPackages);
    this.threads = b.threads;
  }

  /** A scanner with default limits, all code, and one worker per processor. */
  public static BytecodeScanner withDefaults() {
    return builder().build();
  }

  /** Starts configuring a scanner. */
  public static Builder builder() {
    return new Builder();
  }

  /** Scans {@code target}, naming it by its path as given. */
  public BytecodeScanResult scan(Path target) throws IOException {
    return scan(target, target.toString().replace('\\', '/'));
  }

  /**
   * Scans {@code target} (archive, directory or class file).
   *
   * @param displayName how the target is named in paths, usually relative to the working directory
   * @throws io.anke.core.InputException when the target is missing, corrupt or over a walker limit
   * @throws IOException when reading fails
   */
  public BytecodeScanResult scan(Path target, String displayName) throws IOException {
    return scan(target, displayName, null);
  }

  /**
   * Scans {@code target} like {@link #scan(Path, String)} while {@code alongside} shares the same
   * walk (see {@link ArchiveVisitor#all}), so that other facts are read without walking the target
   * again. The scanner enters every nested archive; {@code alongside} is called on this thread.
   *
   * @param alongside a visitor to share the walk with, or null
   */
  public BytecodeScanResult scan(Path target, String displayName, ArchiveVisitor alongside)
      throws IOException {
    Collector collector = new Collector();
    ExecutorService pool =
        threads > 1
            ? Executors.newFixedThreadPool(
                threads,
                r -> {
                  Thread t = new Thread(r, "anke-bytecode");
                  t.setDaemon(true);
                  return t;
                })
            : null;
    try {
      ArchiveVisitor own = collector.visitor(pool);
      walker.walk(
          target, displayName, alongside == null ? own : ArchiveVisitor.all(own, alongside));
      collector.awaitAll();
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    return collector.result(displayName);
  }

  /** True for the application's own code as configured (see {@link CodeLocation}). */
  boolean isApplicationCode(ArchiveEntry entry) {
    if (library) {
      return false;
    }
    if (!applicationPackages.isEmpty()) {
      String className = entry.className();
      return className != null && applicationPackages.stream().anyMatch(className::startsWith);
    }
    return !entry.inBundledLibrary();
  }

  /** A class file waiting for a worker. */
  private record PendingClass(ArchiveEntry entry, boolean application, byte[] bytes) {}

  /** One class file and what the analysis made of it. */
  private record ClassRecord(ArchiveEntry entry, boolean application, ClassResult result) {}

  /** Collects the walk's classes and pom.properties; analyses classes on the pool. */
  private final class Collector {
    private final ConcurrentLinkedQueue<ClassRecord> classes = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<ScanProblem> problems = new ConcurrentLinkedQueue<>();
    private final Map<String, List<String>> purlsByContainer = new HashMap<>();
    private final AtomicLong classCount = new AtomicLong();
    private final AtomicLong analysedCount = new AtomicLong();
    private final AtomicLong applicationCount = new AtomicLong();
    // Class files go to the pool in batches: one hand-off (and one worker wake-up) per class
    // would cost more CPU than analysing most classes. Permits bound the batches in flight.
    private static final int BATCH_CLASSES = 64;
    private static final int BATCH_BYTES = 1 << 20;
    private final int permits = Math.max(1, threads) * 4;
    private final Semaphore queue = new Semaphore(permits);
    private List<PendingClass> batch = new ArrayList<>();
    private int batchBytes;
    private ExecutorService pool;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    ArchiveVisitor visitor(ExecutorService executor) {
      this.pool = executor;
      return new ArchiveVisitor() {
        @Override
        public void visitEntry(ArchiveEntry entry, InputStream content) throws IOException {
          if (entry.isClass()) {
            classEntry(entry, content);
          } else if (POM_PROPERTIES.matcher(entry.name()).matches()) {
            pomProperties(entry, content);
          }
        }
      };
    }

    private void classEntry(ArchiveEntry entry, InputStream content) throws IOException {
      if (entry.name().endsWith("module-info.class")
          || entry.name().endsWith("package-info.class")) {
        return;
      }
      classCount.incrementAndGet();
      boolean application = isApplicationCode(entry);
      if (applicationOnly && !application) {
        return;
      }
      byte[] bytes = content.readNBytes(MAX_CLASS_BYTES + 1);
      if (bytes.length > MAX_CLASS_BYTES) {
        problems.add(
            new ScanProblem(
                entry.path(), ScanMessage.BYTECODE_CLASS_TOO_LARGE.text(MAX_CLASS_BYTES >> 20)));
        return;
      }
      analysedCount.incrementAndGet();
      if (application) {
        applicationCount.incrementAndGet();
      }
      if (pool == null) {
        analyse(entry, application, bytes);
        return;
      }
      batch.add(new PendingClass(entry, application, bytes));
      batchBytes += bytes.length;
      if (batch.size() >= BATCH_CLASSES || batchBytes >= BATCH_BYTES) {
        submitBatch();
      }
    }

    private void submitBatch() {
      if (batch.isEmpty()) {
        return;
      }
      rethrowFailure();
      List<PendingClass> work = batch;
      batch = new ArrayList<>();
      batchBytes = 0;
      queue.acquireUninterruptibly();
      pool.execute(
          () -> {
            try {
              for (PendingClass c : work) {
                analyse(c.entry(), c.application(), c.bytes());
              }
            } catch (Throwable t) {
              failure.compareAndSet(null, t);
            } finally {
              queue.release();
            }
          });
    }

    private void analyse(ArchiveEntry entry, boolean application, byte[] bytes) {
      ClassResult result;
      try {
        result = ClassAnalyzer.analyze(bytes);
      } catch (RuntimeException | AssertionError e) {
        // ASM reports malformed class files with assorted runtime exceptions, and a malformed
        // descriptor with an AssertionError (Type.getSize).
        problems.add(
            new ScanProblem(
                entry.path(),
                ScanMessage.BYTECODE_CLASS_UNREADABLE.text(
                    e.getClass().getSimpleName() + ": " + e.getMessage())));
        return;
      }
      if (result.className() == null
          || result.usages().stream().anyMatch(m -> m.method() == null)) {
        // ASM reads a constant pool index of 0 as no name: a class or method without one cannot
        // be located.
        problems.add(new ScanProblem(entry.path(), ScanMessage.BYTECODE_CLASS_NO_NAME.text()));
        return;
      }
      for (Text problem : result.problems()) {
        problems.add(new ScanProblem(entry.path(), problem));
      }
      classes.add(new ClassRecord(entry, application, result));
    }

    private void pomProperties(ArchiveEntry entry, InputStream content) throws IOException {
      byte[] bytes = content.readNBytes(MAX_POM_PROPERTIES_BYTES + 1);
      if (bytes.length > MAX_POM_PROPERTIES_BYTES) {
        return; // the first part of a larger one could name a wrong version: none of it is used
      }
      Properties p = new Properties();
      try {
        p.load(new java.io.ByteArrayInputStream(bytes));
      } catch (IllegalArgumentException e) {
        return; // a malformed \\u escape: not a pom.properties we can use
      }
      String group = p.getProperty("groupId");
      String artifact = p.getProperty("artifactId");
      String version = p.getProperty("version");
      if (isBlank(group) || isBlank(artifact) || isBlank(version)) {
        return;
      }
      String purl = "pkg:maven/" + group.strip() + "/" + artifact.strip() + "@" + version.strip();
      purlsByContainer.computeIfAbsent(entry.container(), k -> new ArrayList<>()).add(purl);
    }

    void awaitAll() {
      if (pool != null) {
        submitBatch();
      }
      queue.acquireUninterruptibly(permits);
      queue.release(permits);
      rethrowFailure();
    }

    private void rethrowFailure() {
      Throwable t = failure.get();
      if (t instanceof RuntimeException e) {
        throw e;
      }
      if (t instanceof Error e) {
        throw e;
      }
      if (t != null) {
        throw new IllegalStateException(t);
      }
    }

    BytecodeScanResult result(String target) {
      // Static final fields of every class, for references across classes. Two classes of the
      // same name with different values (two versions of a library) make the field unknown.
      Map<String, Map<String, Object>> fields = new HashMap<>();
      Object ambiguous = new Object();
      for (ClassRecord r : classes) {
        Map<String, Object> own =
            fields.computeIfAbsent(r.result().className(), k -> new HashMap<>());
        r.result()
            .staticFields()
            .forEach(
                (name, value) -> own.merge(name, value, (a, b) -> a.equals(b) ? a : ambiguous));
      }
      UsageBuilder builder =
          new UsageBuilder(
              (Sym.Field f) -> {
                Map<String, Object> own = fields.get(f.owner());
                Object value = own == null ? null : own.get(f.name());
                return value == ambiguous ? null : value;
              });
      Set<CryptoUsage> usages = new LinkedHashSet<>();
      for (ClassRecord r : classes) {
        String purl = purlOf(r.entry(), r.result().className());
        String className = r.result().className().replace('/', '.');
        for (ClassResult.MethodUsages m : r.result().usages()) {
          for (int i = 0; i < m.usages().size(); i++) {
            Raw raw = m.usages().get(i);
            CodeLocation location =
                new CodeLocation(
                    r.entry().path(),
                    r.entry().chain(),
                    className,
                    m.method(),
                    m.descriptor(),
                    m.lines().get(i),
                    r.entry().release(),
                    purl,
                    r.application(),
                    r.result().sourceFile());
            usages.addAll(builder.build(raw, location));
          }
        }
      }
      List<CryptoUsage> sorted = new ArrayList<>(usages);
      sorted.sort(ORDER);
      List<ScanProblem> sortedProblems = new ArrayList<>(problems);
      sortedProblems.sort(
          Comparator.comparing(ScanProblem::path).thenComparing(p -> p.message().en()));
      Map<String, String> libraries = new TreeMap<>();
      purlsByContainer.forEach(
          (container, purls) -> {
            if (new LinkedHashSet<>(purls).size() == 1) {
              libraries.put(container, purls.get(0));
            }
          });
      return new BytecodeScanResult(
          target,
          sorted,
          sortedProblems,
          classCount.get(),
          analysedCount.get(),
          applicationCount.get(),
          libraries);
    }

    /**
     * The purl of the library holding a class: the only pom.properties of its innermost archive,
     * or, in a shaded archive with several, the one whose groupId is the longest package prefix.
     */
    private String purlOf(ArchiveEntry entry, String internalName) {
      String found = purlInArchive(entry, internalName);
      if (libraryPurl == null) {
        return found;
      }
      // The build tool's coordinates are the ones its bill of materials uses (a jar's own
      // pom.properties may say 13.6.2 where Maven resolved 13.6.2.jre11); a class that a shaded
      // jar's other pom.properties claims keeps that library's identity.
      boolean top = entry.chain().size() <= 1;
      if (found == null || (top && sameArtifact(found, libraryPurl))) {
        return libraryPurl;
      }
      if (top && new LinkedHashSet<>(purlsByContainer.get(entry.container())).size() == 1) {
        return libraryPurl;
      }
      return found;
    }

    private static boolean sameArtifact(String a, String b) {
      Purl x = Purl.parse(a);
      Purl y = Purl.parse(b);
      return x != null
          && y != null
          && x.type().equals(y.type())
          && x.namespace().equals(y.namespace())
          && x.name().equals(y.name());
    }

    private String purlInArchive(ArchiveEntry entry, String internalName) {
      List<String> purls = purlsByContainer.get(entry.container());
      if (purls == null || purls.isEmpty()) {
        return null;
      }
      Set<String> distinct = new LinkedHashSet<>(purls);
      if (distinct.size() == 1) {
        return distinct.iterator().next();
      }
      String dotted = internalName.replace('/', '.');
      String best = null;
      int bestLength = -1;
      for (String purl : distinct) {
        String group =
            purl.substring("pkg:maven/".length(), purl.indexOf('/', "pkg:maven/".length()));
        if (dotted.startsWith(group + ".") && group.length() > bestLength) {
          best = purl;
          bestLength = group.length();
        }
      }
      return best;
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  /** Configures a {@link BytecodeScanner}. */
  public static final class Builder {
    private ArchiveWalker walker = ArchiveWalker.withDefaults();
    private boolean applicationOnly;
    private final List<String> applicationPackages = new ArrayList<>();
    private boolean library;
    private String libraryPurl;
    private int threads = Runtime.getRuntime().availableProcessors();

    private Builder() {}

    /** The walker (and so the archive limits) to use. */
    public Builder walker(ArchiveWalker value) {
      this.walker = Objects.requireNonNull(value, "walker");
      return this;
    }

    /**
     * Analyse only the application's own classes: those outside library folders ({@code
     * BOOT-INF/lib}, {@code WEB-INF/lib}, an ear's {@code lib}, …) or, when packages are given, in
     * those packages.
     */
    public Builder applicationOnly(boolean value) {
      this.applicationOnly = value;
      return this;
    }

    /**
     * The application's packages, e.g. {@code com.example}: classes in them (and their
     * sub-packages) are application code, all others are library code.
     */
    public Builder applicationPackages(Collection<String> packages) {
      for (String p : packages) {
        String trimmed = p.strip();
        if (trimmed.isEmpty()) {
          throw new IllegalArgumentException(ScanMessage.BYTECODE_EMPTY_PACKAGE.english());
        }
        applicationPackages.add(trimmed.replace('.', '/') + "/");
      }
      return this;
    }

    /**
     * Declares the whole target a third-party library (for example a dependency jar scanned on its
     * own by a build plugin): none of its classes is application code, so application-only scans
     * skip it and {@code CRYPTO-NO-NATIONAL-ALGORITHM} does not judge it.
     */
    public Builder library(boolean value) {
      this.library = value;
      return this;
    }

    /**
     * Declares the whole target the library with this package URL, as a build tool that resolved it
     * knows: classes for which no {@code pom.properties} of their archive says otherwise are
     * attributed to it (many jars, Bouncy Castle's among them, carry none). Implies {@link
     * #library(boolean) library(true)}.
     */
    public Builder libraryPurl(String purl) {
      this.libraryPurl = Objects.requireNonNull(purl, "purl");
      this.library = true;
      return this;
    }

    /** Worker threads for class analysis (default: one per processor; 1 analyses inline). */
    public Builder threads(int value) {
      if (value < 1) {
        throw new IllegalArgumentException(ScanMessage.BYTECODE_THREADS.english());
      }
      this.threads = value;
      return this;
    }

    /** The scanner. */
    public BytecodeScanner build() {
      return new BytecodeScanner(this);
    }
  }
}
