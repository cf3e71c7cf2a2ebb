package io.anke.benchmarks;

import io.anke.core.FailOn;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.catalog.Catalog;
import io.anke.core.engine.Engine;
import io.anke.core.engine.RuleRegistry;
import io.anke.core.engine.ScanResult;
import io.anke.core.profile.ProfileRegistry;
import io.anke.core.rule.ScanContext;
import io.anke.scan.bom.BomReaders;
import io.anke.scan.bom.CycloneDxWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reading side of the "10,000-component scan" (issue 5): a CycloneDX 1.6 JSON document of 1,000
 * / 10,000 / 100,000 components read by {@link BomReaders} (well-formedness and line pass, schema
 * validation of its spec version, parsing, mapping, dependency paths), and the same followed by the
 * bundled rules of the default profile ({@code readAndEvaluate}), which is what {@code anke scan
 * --sbom} does before writing reports.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CycloneDxReadBenchmark -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class CycloneDxReadBenchmark {

  @Param({"1000", "10000", "100000"})
  int components;

  private byte[] document;
  private Engine engine;
  private Catalog catalog;

  @Setup(Level.Trial)
  public void setUp() {
    catalog = Catalog.bundled();
    List<Component> list = SyntheticEstate.components(components);
    String json =
        CycloneDxWriter.builder()
            .toolVersion("bench")
            .build()
            .write(List.of(new BillOfMaterials("generated", list)), Catalog.empty());
    document = json.getBytes(StandardCharsets.UTF_8);
    engine =
        Engine.builder()
            .rules(RuleRegistry.discover())
            .profile(ProfileRegistry.bundled().defaultProfile())
            .failOn(FailOn.NEVER)
            .build();
  }

  /** Reads the document into a bill of materials. */
  @Benchmark
  public BillOfMaterials read() {
    return BomReaders.read(document, "bom.cdx.json");
  }

  /** Reads the document and evaluates the default profile's rules over it. */
  @Benchmark
  public ScanResult readAndEvaluate() {
    BillOfMaterials bom = BomReaders.read(document, "bom.cdx.json");
    return engine.run(ScanContext.builder().bom(bom).catalog(catalog).build());
  }
}
