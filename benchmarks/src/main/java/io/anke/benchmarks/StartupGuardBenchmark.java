package io.anke.benchmarks;

import io.anke.core.catalog.Catalog;
import io.anke.core.engine.ScanResult;
import io.anke.core.host.HostInventory;
import io.anke.core.host.HostProbe;
import io.anke.scan.ScanInputs;
import io.anke.scan.ScanSettings;
import io.anke.scan.bom.BomEnricher;
import io.anke.scan.bom.BomReaders;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the start-up guard adds to the start of an application with {@value #JARS} jars on its class
 * path, cold: every measurement is the one call of a fresh JVM (one fork, no warm-up, one
 * iteration), so class loading, jar signature checks, the interpreter and the JIT's first
 * compilations are in the figure, as they are in a real first start.
 *
 * <p>The application's class path: Anke's own run-time class path (its jars and their dependencies
 * as the build resolved them, the signed Bouncy Castle jars included; written by the build to
 * {@code benchmarks/target/guard-application.classpath}, or the file named by {@code
 * -Danke.benchmark.classpath}), then library jars of the local Maven repository ({@code
 * ~/.m2/repository}, or {@code -Dmaven.repo.local}) sorted by path as {@link BytecodeScanBenchmark}
 * chooses them, up to 20 MB each, until there are {@value #JARS}: its content therefore depends on
 * the repository. The application runs in a {@link URLClassLoader} over exactly these jars (its
 * parent is the platform loader, so Anke and Bouncy Castle are loaded from them, not from the
 * benchmark jar), and {@code java.class.path} names them, as {@code java -cp} would.
 *
 * <ul>
 *   <li>{@code guard}: {@code StartupGuard.check()} in {@code warn} mode with the default profile:
 *       the self-test, configuration, the class path, the host and JDBC drivers, the JVM's security
 *       settings, the rules.
 *   <li>{@code selfTest}: {@code SelfTest.run()} alone, in the same application loader.
 *   <li>{@code scanBoms}: for reference, {@code anke scan}'s path ({@link ScanSettings}, each jar
 *       read by {@link BomReaders} as {@code anke scan} reads a delivered archive, the host, the
 *       rules) over the same jars, without the bytecode scan; it runs from the benchmark jar.
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar StartupGuardBenchmark} from the
 * repository root; it also prints the process CPU time of each fork, which moves less than wall
 * time on a shared machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class StartupGuardBenchmark {
  static final int JARS = 150;
  private static final long LARGEST_LIBRARY = 20L << 20;

  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean)
          java.lang.management.ManagementFactory.getOperatingSystemMXBean();
  private List<Path> jars;
  private URLClassLoader application;
  private long cpu;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path anke =
        Path.of(
            System.getProperty(
                "anke.benchmark.classpath", "benchmarks/target/guard-application.classpath"));
    jars = classPath(anke, LocalRepository.location(), JARS);
    List<URL> urls = new ArrayList<>();
    for (Path jar : jars) {
      urls.add(jar.toUri().toURL());
    }
    application =
        new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    // What the application's JVM would have been started with.
    System.setProperty(
        "java.class.path",
        String.join(File.pathSeparator, jars.stream().map(Path::toString).toList()));
    System.setProperty("anke.guard.mode", "warn");
    Thread.currentThread().setContextClassLoader(application);
    cpu = os.getProcessCpuTime();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    System.out.printf(
        Locale.ROOT,
        "  [%d jars, process cpu since setup %.0f ms]",
        jars.size(),
        (os.getProcessCpuTime() - cpu) / 1e6);
    application.close();
  }

  /** The whole guard, as {@code StartupGuard.check()} runs at the first line of main. */
  @Benchmark
  public Object guard() throws ReflectiveOperationException {
    Object result =
        Class.forName("io.anke.core.guard.StartupGuard", true, application)
            .getMethod("check")
            .invoke(null);
    if (!(result instanceof Optional<?> o) || o.isEmpty()) {
      throw new IllegalStateException("the guard did not complete");
    }
    return result;
  }

  /** The power-on self-test alone. */
  @Benchmark
  public Object selfTest() throws ReflectiveOperationException {
    Object result =
        Class.forName("io.anke.crypto.selftest.SelfTest", true, application)
            .getMethod("run")
            .invoke(null);
    if (!Boolean.TRUE.equals(result.getClass().getMethod("passed").invoke(result))) {
      throw new IllegalStateException("self-test failed: " + result);
    }
    return result;
  }

  /** For reference: anke scan's judgement of the same jars as delivered archives. */
  @Benchmark
  public ScanResult scanBoms() throws IOException {
    ScanSettings settings = ScanSettings.builder().build();
    Catalog catalog = settings.catalog();
    ScanInputs.Builder inputs = ScanInputs.builder();
    for (Path jar : jars) {
      inputs.bom(BomEnricher.enrich(BomReaders.read(jar, jar.toString()), catalog));
    }
    inputs.host(HostInventory.toBom(HostProbe.live(application).probe(), catalog));
    return settings.run(inputs.build());
  }

  /**
   * Anke's run-time class path from {@code ankeClassPath}, then library jars of the repository of
   * at most 20 MB not already on it (by file name), until there are {@code count}.
   */
  static List<Path> classPath(Path ankeClassPath, Path repository, int count) throws IOException {
    List<Path> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (String entry : Files.readString(ankeClassPath).strip().split(File.pathSeparator)) {
      Path p = Path.of(entry);
      out.add(p);
      names.add(p.getFileName().toString());
    }
    for (Path p : LocalRepository.libraryJars(repository)) {
      if (out.size() >= count) {
        break;
      }
      if (Files.size(p) <= LARGEST_LIBRARY
          && names.add(p.getFileName().toString())
          && LocalRepository.isZip(p)) {
        out.add(p);
      }
    }
    if (out.size() < count) {
      throw new IllegalStateException(
          "the local Maven repository " + repository + " holds fewer than " + count + " jars");
    }
    return out;
  }
}
