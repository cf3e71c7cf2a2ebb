package io.anke.benchmarks;

import io.anke.scan.archive.ArchiveWalker;
import io.anke.scan.bytecode.BytecodeScanResult;
import io.anke.scan.bytecode.BytecodeScanner;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
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
 * Issue 6's performance target: scanning a ~100 MB Spring Boot-style fat jar for crypto usage takes
 * no more than twice the time of merely reading every entry of it (nested jars included).
 *
 * <p>The fat jar is assembled in the setup from the jars of the local Maven repository (sorted by
 * path, so the same repository gives the same jar), stored uncompressed under {@code BOOT-INF/lib/}
 * as Spring Boot does, until it passes 100 MB. The heap is fixed at 512 MB to show that memory
 * stays bounded.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar BytecodeScanBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 8, time = 5)
@Measurement(iterations = 5, time = 5)
public class BytecodeScanBenchmark {
  private static final long TARGET_BYTES = 100L << 20;
  private static final long LARGEST_LIBRARY = 20L << 20;

  private Path dir;
  private Path fatJar;

  // Process CPU time (all threads, GC and JIT included) per operation, printed after each
  // iteration: on a shared machine wall time swings with other load, CPU time much less.
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean)
          java.lang.management.ManagementFactory.getOperatingSystemMXBean();
  private long cpuNanos;
  private long calls;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("anke-bytecode-bench");
    fatJar = dir.resolve("app.jar");
    Path repository = LocalRepository.location();
    long size = assemble(repository, fatJar);
    System.out.printf(Locale.ROOT, "%nfat jar: %s, %.1f MB%n", fatJar, size / (1024.0 * 1024.0));
  }

  @TearDown(Level.Iteration)
  public void printCpuTime() {
    if (calls > 0) {
      System.out.printf(Locale.ROOT, "  [cpu %.0f ms/op]", cpuNanos / 1e6 / calls);
    }
    cpuNanos = 0;
    calls = 0;
  }

  private long cpuStart() {
    return os.getProcessCpuTime();
  }

  private void cpuEnd(long start) {
    cpuNanos += os.getProcessCpuTime() - start;
    calls++;
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(fatJar);
    Files.deleteIfExists(dir);
  }

  /** The baseline: every entry of every nested jar read to its end, nothing else. */
  @Benchmark
  public long readEveryEntry() throws IOException {
    long cpu = cpuStart();
    long[] bytes = {0};
    byte[] buffer = new byte[8192];
    ArchiveWalker.withDefaults()
        .walk(
            fatJar,
            "app.jar",
            (entry, content) -> {
              int n;
              while ((n = content.read(buffer)) > 0) {
                bytes[0] += n;
              }
            });
    cpuEnd(cpu);
    return bytes[0];
  }

  /** The same with the JDK's ZipInputStream alone, to show what the walker's limits cost. */
  @Benchmark
  public long readEveryEntryJdkOnly() throws IOException {
    long cpu = cpuStart();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(fatJar), 1 << 16)) {
      return readZip(in, new byte[8192]);
    } finally {
      cpuEnd(cpu);
    }
  }

  private static long readZip(InputStream in, byte[] buffer) throws IOException {
    long bytes = 0;
    ZipInputStream zip = new ZipInputStream(in);
    for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
      if (e.getName().endsWith(".jar")) {
        bytes += readZip(zip, buffer);
      } else {
        int n;
        while ((n = zip.read(buffer)) > 0) {
          bytes += n;
        }
      }
    }
    return bytes;
  }

  /** The crypto-usage scan with the default pool (one worker per processor). */
  @Benchmark
  public int scan() throws IOException {
    long cpu = cpuStart();
    BytecodeScanResult r = BytecodeScanner.withDefaults().scan(fatJar, "app.jar");
    cpuEnd(cpu);
    return r.usages().size();
  }

  /** The crypto-usage scan with class analysis inline on the walking thread. */
  @Benchmark
  public int scanOneThread() throws IOException {
    long cpu = cpuStart();
    BytecodeScanResult r = BytecodeScanner.builder().threads(1).build().scan(fatJar, "app.jar");
    cpuEnd(cpu);
    return r.usages().size();
  }

  /** Stores library jars under BOOT-INF/lib until the archive passes 100 MB; returns its size. */
  static long assemble(Path repository, Path target) throws IOException {
    List<Path> jars = LocalRepository.libraryJars(repository);
    long total = 0;
    Set<String> names = new HashSet<>();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Path jar : jars) {
        if (total >= TARGET_BYTES) {
          break;
        }
        long size = Files.size(jar);
        String name = "BOOT-INF/lib/" + jar.getFileName();
        if (size > LARGEST_LIBRARY || !names.add(name) || !LocalRepository.isZip(jar)) {
          continue;
        }
        byte[] bytes = Files.readAllBytes(jar);
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        entry.setTime(0);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
        total += bytes.length;
      }
    }
    if (total < TARGET_BYTES) {
      throw new IllegalStateException(
          "the local Maven repository " + repository + " holds less than 100 MB of jars");
    }
    return Files.size(target);
  }
}
