package io.anke.benchmarks;

import io.anke.core.FailOn;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.catalog.Catalog;
import io.anke.core.engine.Engine;
import io.anke.core.engine.RuleRegistry;
import io.anke.core.engine.ScanResult;
import io.anke.core.profile.ProfileRegistry;
import io.anke.core.report.ReportFormats;
import io.anke.core.report.ReportOptions;
import io.anke.core.rule.ScanContext;
import io.anke.scan.ScanSettings;
import java.util.Locale;
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
 * The engine part of the "10,000-component scan" benchmark (issue 5): the bundled rules of a
 * bundled profile, with the bundled catalog, evaluated over 1,000 / 10,000 / 100,000 synthetic
 * components; and the same followed by the JSON report. The CycloneDX reading part is measured
 * beside it (a sibling benchmark of the BOM readers); together they give the end-to-end figure.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RuleEvaluationBenchmark -f 1 -wi 2 -i
 * 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class RuleEvaluationBenchmark {

  @Param({"1000", "10000", "100000"})
  int components;

  /** The default profile, and the strictest bundled one (every BOM, hardware and host rule). */
  @Param({"gov-cloud-baseline", "xinchuang-strict"})
  String profile;

  private Engine engine;
  private ScanContext context;

  @Setup(Level.Trial)
  public void setUp() {
    engine =
        Engine.builder()
            .rules(RuleRegistry.discover())
            .profile(ProfileRegistry.bundled().get(profile))
            .failOn(FailOn.NEVER)
            .build();
    if (engine.selectedRules().size() < 10) {
      // Measuring an empty rule set would publish a meaningless figure.
      throw new IllegalStateException(
          "only "
              + engine.selectedRules().size()
              + " rules selected: is anke-compliance-rules (with its META-INF/services) on the"
              + " classpath?");
    }
    // An SBOM-only scan, as anke scan --sbom runs it: the kinds of facts an SBOM does not hold are
    // accounted for as not gathered, so every rule runs (none is skipped as missing its facts).
    context =
        ScanContext.builder()
            .bom(new BillOfMaterials("bom.cdx.json", SyntheticEstate.components(components)))
            .catalog(Catalog.bundled())
            .notGathered(ScanSettings.notInABillOfMaterials())
            .build();
  }

  @Benchmark
  public ScanResult evaluate() {
    return engine.run(context);
  }

  @Benchmark
  public byte[] evaluateAndWriteJson() {
    ScanResult r = engine.run(context);
    return ReportFormats.render(
        ReportFormats.builtIn().get("json"), r, new ReportOptions(Locale.ENGLISH, "bench", false));
  }
}
