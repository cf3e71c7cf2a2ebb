package io.anke.benchmarks;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * The cost of the power-on self-test ({@code io.anke.crypto.selftest.SelfTest.run()}) on a fresh
 * state, as an application pays it at start-up.
 *
 * <p>{@code SelfTest} runs once per JVM and answers later calls from memory, and offers no public
 * reset (a reset would let anyone clear a failure). Each measured call therefore runs in a <b>fresh
 * class loader</b>: a {@link URLClassLoader} over the benchmark's own class path whose parent is
 * the platform loader, so that {@code io.anke.crypto.*} and {@code org.bouncycastle.*} are loaded,
 * verified and initialised anew, and the self-test really runs. The figure includes that class
 * loading, as a first start does; the JDK's own classes (BigInteger, the JIT-compiled parts of
 * java.base) stay warm between iterations, so the first iteration of each fork is the coldest.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SelfTestBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(3)
@Warmup(iterations = 0)
@Measurement(iterations = 20)
public class SelfTestBenchmark {
  private URLClassLoader loader;
  private Method run;

  @Setup(Level.Iteration)
  public void freshClassLoader() throws ReflectiveOperationException, MalformedURLException {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    // Loading the class does not initialise it: the self-test starts inside the measured call.
    run = Class.forName("io.anke.crypto.selftest.SelfTest", false, loader).getMethod("run");
  }

  @TearDown(Level.Iteration)
  public void close() throws IOException {
    loader.close();
  }

  /** One first call of {@code SelfTest.run()}: every known-answer test, on fresh classes. */
  @Benchmark
  public Object firstRun() throws ReflectiveOperationException {
    Object result = run.invoke(null);
    Object passed = result.getClass().getMethod("passed").invoke(result);
    if (!Boolean.TRUE.equals(passed)) {
      throw new IllegalStateException("self-test failed: " + result);
    }
    return result;
  }
}
