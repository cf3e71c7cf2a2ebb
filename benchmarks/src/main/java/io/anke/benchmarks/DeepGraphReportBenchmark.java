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
import io.anke.scan.bom.BomReaders;
import java.nio.charset.StandardCharsets;
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
 * The worst case of a vendor's SBOM for report size: every component a finding (a watch-listed JDBC
 * driver under {@code xinchuang-strict}), arranged as a chain (each component pulled in by the one
 * before, so paths are as deep as the document is long) or as a fan-out (every component a direct
 * dependency). {@code scanToReports} reads the CycloneDX document, evaluates the profile and
 * renders the JSON, SARIF and HTML reports; the setup prints the size of each report, which must
 * grow linearly with the components in both shapes.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar DeepGraphReportBenchmark -f 1 -wi 1 -i
 * 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class DeepGraphReportBenchmark {

  @Param({"2000", "20000"})
  int components;

  @Param({"chain", "fanout"})
  String shape;

  private byte[] document;
  private Engine engine;

  @Setup(Level.Trial)
  public void setUp() {
    document = document(components, shape.equals("chain")).getBytes(StandardCharsets.UTF_8);
    engine =
        Engine.builder()
            .rules(RuleRegistry.discover())
            .profile(ProfileRegistry.bundled().get("xinchuang-strict"))
            .failOn(FailOn.NEVER)
            .build();
    byte[][] reports = scanToReports();
    System.out.printf(
        Locale.ROOT,
        "%n%s of %d components, document %,d bytes: JSON %,d bytes, SARIF %,d bytes, HTML %,d"
            + " bytes%n",
        shape,
        components,
        document.length,
        reports[0].length,
        reports[1].length,
        reports[2].length);
  }

  /** Read, evaluate, and render the three reports a reviewer keeps. */
  @Benchmark
  public byte[][] scanToReports() {
    BillOfMaterials bom = BomReaders.read(document, "vendor.cdx.json");
    ScanResult r = engine.run(ScanContext.builder().bom(bom).catalog(Catalog.bundled()).build());
    ReportOptions options = new ReportOptions(Locale.ENGLISH, "bench", false);
    var formats = ReportFormats.builtIn();
    return new byte[][] {
      ReportFormats.render(formats.get("json"), r, options),
      ReportFormats.render(formats.get("sarif"), r, options),
      ReportFormats.render(formats.get("html"), r, options)
    };
  }

  /** A CycloneDX 1.6 document: the application and {@code n} MySQL driver versions. */
  static String document(int n, boolean chain) {
    StringBuilder c = new StringBuilder();
    StringBuilder d = new StringBuilder("{\"ref\":\"app\",\"dependsOn\":[");
    for (int i = 0; i < (chain ? 1 : n); i++) {
      d.append(i == 0 ? "" : ",").append("\"c").append(i).append('"');
    }
    d.append("]}");
    for (int i = 0; i < n; i++) {
      c.append(i == 0 ? "" : ",")
          .append("{\"bom-ref\":\"c")
          .append(i)
          .append("\",\"type\":\"library\",\"group\":\"com.mysql\",\"name\":\"mysql-connector-j\",")
          .append("\"version\":\"8.0.")
          .append(i)
          .append("\",\"purl\":\"pkg:maven/com.mysql/mysql-connector-j@8.0.")
          .append(i)
          .append("\"}");
      if (chain) {
        d.append(",{\"ref\":\"c").append(i).append("\",\"dependsOn\":[");
        if (i + 1 < n) {
          d.append("\"c").append(i + 1).append('"');
        }
        d.append("]}");
      }
    }
    return "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,"
        + "\"metadata\":{\"component\":{\"bom-ref\":\"app\",\"type\":\"application\","
        + "\"group\":\"gov.example\",\"name\":\"permit-service\",\"version\":\"2.3.0\"}},"
        + "\"components\":["
        + c
        + "],\"dependencies\":["
        + d
        + "]}";
  }
}
