package io.anke.benchmarks.sidebyside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SideBySideReportTest {
  @TempDir Path dir;

  private static String result(String benchmark, int size, String unit, String rawData) {
    return """
        {"benchmark": "io.anke.benchmarks.sidebyside.%s", "mode": "thrpt", "threads": 1,
         "forks": 2, "jdkVersion": "17.0.15", "vmName": "OpenJDK 64-Bit Server VM",
         "vmVersion": "17.0.15+6", "jmhVersion": "1.37", "warmupIterations": 3,
         "warmupTime": "1 s", "measurementIterations": 5, "measurementTime": "1 s",
         "params": {"size": "%d"},
         "primaryMetric": {"score": 0, "scoreUnit": "%s", "rawData": %s}}
        """
        .formatted(benchmark, size, unit, rawData);
  }

  private Path results(String... entries) throws Exception {
    Path p = dir.resolve("results.json");
    Files.writeString(p, "[" + String.join(",", entries) + "]", StandardCharsets.UTF_8);
    return p;
  }

  private String report(Path results, String... more) throws Exception {
    Path out = dir.resolve("out.md");
    String[] args = new String[2 + more.length];
    args[0] = results.toString();
    args[1] = out.toString();
    System.arraycopy(more, 0, args, 2, more.length);
    SideBySideReport.run(args);
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  @Test
  void mediansOfAllForksRatioToTheBestPeerOpensslAndTheJdkReference() throws Exception {
    Path openssl = dir.resolve("openssl.tsv");
    Files.writeString(
        openssl, "# OpenSSL 3.0.19 · -elapsed -seconds 3\nsm3\tdigest\t1048576\t450.4\n");
    String md =
        report(
            results(
                result("Sm4GcmBenchmark.encryptAnke", 64, "ops/s", "[[1, 2, 3], [40, 5]]"),
                result("Sm4GcmBenchmark.encryptBc", 64, "ops/s", "[[2, 2], [2, 2]]"),
                result("Sm4GcmBenchmark.encryptKona", 64, "ops/s", "[[1, 1], [1, 1]]"),
                result("Sm4GcmBenchmark.encryptJdk", 64, "ops/s", "[[10, 10], [10, 10]]"),
                result("Sm4GcmBenchmark.keysetEncryptAnke", 64, "ops/s", "[[1.5, 1.5]]"),
                result("Sm3Benchmark.digestAnke", 1048576, "ops/s", "[[300, 200], [100, 400]]"),
                result("Sm3Benchmark.digestHutool", 1048576, "ops/s", "[[100, 100]]")),
            "--openssl",
            openssl.toString());

    assertThat(md)
        .contains("| SM4-GCM encrypt | 64 B | 3.0 | 2.0 | 1.0 | — | Bouncy Castle | 1.50× | — |")
        .contains(
            "| keyset AEAD (SM4-GCM) encrypt | 64 B | 1.5 | 2.0 | 1.0 | — | Bouncy Castle |"
                + " 0.75× | — |")
        .contains("| SM3 digest | 1 MiB | 250 | — | — | 100 | Hutool | 2.50× | 450 |")
        .contains("| SM4-GCM encrypt | 64 B | AES-128-GCM | 10.0 | 0.30× |")
        .contains("2 forks, 3 × 1 s warm-up and 5 × 1 s measured")
        .contains("C reference: OpenSSL 3.0.19");
    // SM3 comes first, then SM4-GCM's plain rows before the keyset's
    assertThat(md.indexOf("| SM3 digest")).isLessThan(md.indexOf("| SM4-GCM encrypt"));
    assertThat(md.indexOf("| SM4-GCM encrypt")).isLessThan(md.indexOf("| keyset AEAD"));
  }

  @Test
  void refusesScoresInAnotherUnit() throws Exception {
    Path r = results(result("Sm3Benchmark.digestAnke", 64, "ops/ms", "[[1]]"));
    assertThatThrownBy(() -> report(r))
        .isInstanceOfSatisfying(
            SideBySideReport.ReportException.class, e -> assertThat(e.exitCode).isEqualTo(3))
        .hasMessageContaining("ops/ms");
  }

  @Test
  void usageAndUnreadableInputHaveTheirExitCodes() throws Exception {
    assertThatThrownBy(() -> SideBySideReport.run(new String[] {"only-one"}))
        .isInstanceOfSatisfying(
            SideBySideReport.ReportException.class, e -> assertThat(e.exitCode).isEqualTo(2));
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "not json");
    assertThatThrownBy(() -> report(bad))
        .isInstanceOfSatisfying(
            SideBySideReport.ReportException.class, e -> assertThat(e.exitCode).isEqualTo(3));
    Path openssl = dir.resolve("broken.tsv");
    Files.writeString(openssl, "sm3\tdigest\tsixty-four\t1\n");
    Path ok = results(result("Sm3Benchmark.digestAnke", 64, "ops/s", "[[1]]"));
    assertThatThrownBy(() -> report(ok, "--openssl", openssl.toString()))
        .hasMessageContaining("broken.tsv:1");
  }
}
