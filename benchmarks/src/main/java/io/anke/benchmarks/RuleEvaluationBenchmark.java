package io.anke.benchmarks;

import io.anke.core.FailOn;
import io.anke.core.bom.BillOfMaterials;
import io.anke.core.bom.Component;
import io.anke.core.bom.ComponentKind;
import io.anke.core.bom.Origin;
import io.anke.core.catalog.Catalog;
import io.anke.core.engine.Engine;
import io.anke.core.engine.RuleRegistry;
import io.anke.core.engine.ScanResult;
import io.anke.core.profile.ProfileRegistry;
import io.anke.core.report.ReportFormats;
import io.anke.core.report.ReportOptions;
import io.anke.core.rule.ScanContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
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
    context =
        ScanContext.builder()
            .bom(new BillOfMaterials("bom.cdx.json", syntheticComponents(components)))
            .catalog(Catalog.bundled())
            .build();
  }

  /**
   * A mix like a large Spring Boot estate: mostly ordinary libraries, a few database drivers and
   * crypto libraries the rules care about, and some hardware items. Fixed seed: every run and every
   * machine evaluates the same document.
   */
  static List<Component> syntheticComponents(int n) {
    Random random = new Random(20261127L);
    String[][] notable = {
      {"com.mysql", "mysql-connector-j", "8.4.0"},
      {"org.postgresql", "postgresql", "42.7.3"},
      {"com.oracle.database.jdbc", "ojdbc11", "23.4.0.24.05"},
      {"com.dameng", "DmJdbcDriver18", "8.1.3.62"},
      {"org.bouncycastle", "bcprov-jdk18on", "1.78"},
      {"org.apache.tomcat.embed", "tomcat-embed-core", "10.1.24"},
      {"com.kingbase8", "kingbase8", "8.6.0"},
    };
    List<Component> out = new ArrayList<>(n);
    String root = "com.example:estate:1.0";
    for (int i = 0; i < n; i++) {
      int pick = random.nextInt(100);
      Component.Builder b = Component.builder();
      if (pick < 3) {
        String[] g = notable[random.nextInt(notable.length)];
        b.group(g[0]).name(g[1]).version(g[2]);
        b.purl("pkg:maven/" + g[0] + "/" + g[1] + "@" + g[2] + "?n=" + i);
      } else if (pick < 5) {
        b.kind(ComponentKind.DEVICE)
            .category(random.nextBoolean() ? "server" : "network")
            .manufacturer(random.nextBoolean() ? "Dell" : "Huawei")
            .name("Model-" + (i % 97))
            .quantity(1 + random.nextInt(8));
      } else {
        String group = "org.lib" + (i % 500);
        String name = "module-" + i;
        String version = (1 + i % 7) + "." + (i % 13) + "." + (i % 3);
        b.group(group).name(name).version(version);
        b.purl("pkg:maven/" + group + "/" + name + "@" + version);
        b.hash("SHA-256", String.format(Locale.ROOT, "%064x", i));
      }
      b.dependencyPath(List.of(root, "org.lib" + (i % 50) + ":parent:1.0"));
      b.origin(new Origin("bom.cdx.json", 10 + i * 12, null));
      out.add(b.build());
    }
    return out;
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
