package io.anke.benchmarks.sidebyside;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns JMH's JSON results of the side-by-side benchmarks (and, optionally, the figures of {@code
 * openssl-speed.sh}) into a Markdown table: per workload and size the median operations per second
 * of Anke and of each Java peer, the ratio of Anke to the best Java peer, OpenSSL's figure as the C
 * reference, and a second table with the JDK's hardware-accelerated reference.
 *
 * <p>The median is taken over every measured iteration of every fork. Benchmark methods are named
 * {@code <operation><Library>} in one class per workload family ({@code
 * Sm4GcmBenchmark.encryptBc}).
 *
 * <p>Usage: {@code SideBySideReport RESULTS.json OUT.md [--openssl OPENSSL.tsv] [--context FILE]};
 * the context file's lines (machine, load average) are quoted as they are. Exit codes: 0 written, 2
 * usage, 3 unreadable or unexpected input.
 */
public final class SideBySideReport {
  /** The Java peers, in table order; the best of them is what Anke is measured against. */
  static final List<String> PEERS = List.of("Bc", "Kona", "Hutool");

  static final List<String> LIBRARIES = List.of("Anke", "Bc", "Kona", "Hutool", "Jdk");

  static final Map<String, String> PEER_NAMES =
      Map.of("Bc", "Bouncy Castle", "Kona", "Kona", "Hutool", "Hutool");

  /**
   * One workload family: benchmark class, label, OpenSSL key, operations in order, JDK reference.
   */
  record Family(String benchmark, String label, String openssl, List<String> ops, String jdk) {}

  static final List<Family> FAMILIES =
      List.of(
          new Family("Sm3Benchmark", "SM3", "sm3", List.of("digest"), "SHA-256"),
          new Family(
              "Sm4CbcBenchmark",
              "SM4-CBC",
              "sm4-cbc",
              List.of("encrypt", "decrypt"),
              "AES-128-CBC"),
          new Family(
              "Sm4CtrBenchmark",
              "SM4-CTR",
              "sm4-ctr",
              List.of("encrypt", "decrypt"),
              "AES-128-CTR"),
          new Family(
              "Sm4GcmBenchmark",
              "SM4-GCM",
              "sm4-gcm",
              List.of("encrypt", "decrypt", "keysetEncrypt", "keysetDecrypt"),
              "AES-128-GCM"),
          new Family("HmacSm3Benchmark", "HMAC-SM3", "hmac-sm3", List.of("mac"), "HMAC-SHA256"),
          new Family(
              "Sm2Benchmark",
              "SM2",
              "sm2",
              List.of("sign", "verify", "encrypt", "decrypt"),
              "ECDSA P-256"));

  /** A failure the command reports in one line, with its exit code. */
  static final class ReportException extends Exception {
    private static final long serialVersionUID = 1L;
    final int exitCode;

    ReportException(int exitCode, String message) {
      super(message);
      this.exitCode = exitCode;
    }
  }

  /** Medians by family → operation → size → library. */
  final Map<String, Map<String, Map<Integer, Map<String, Double>>>> medians = new LinkedHashMap<>();

  /** OpenSSL operations per second by "family operation size". */
  final Map<String, Double> openssl = new TreeMap<>();

  String opensslVersion;
  JsonNode first;
  int samples;

  private SideBySideReport() {}

  public static void main(String[] args) {
    try {
      run(args);
    } catch (ReportException e) {
      System.err.println("SideBySideReport: " + e.getMessage());
      System.exit(e.exitCode);
    }
  }

  static void run(String[] args) throws ReportException {
    if (args.length < 2) {
      throw new ReportException(
          2,
          "usage: SideBySideReport RESULTS.json OUT.md [--openssl OPENSSL.tsv] [--context FILE]");
    }
    Path results = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Path opensslFile = null;
    Path context = null;
    for (int i = 2; i < args.length; i++) {
      if (i + 1 >= args.length) {
        throw new ReportException(2, "option " + args[i] + " needs a file");
      }
      switch (args[i]) {
        case "--openssl" -> opensslFile = Path.of(args[++i]);
        case "--context" -> context = Path.of(args[++i]);
        default -> throw new ReportException(2, "unknown option " + args[i]);
      }
    }
    SideBySideReport r = new SideBySideReport();
    r.readResults(results);
    if (opensslFile != null) {
      r.readOpenssl(opensslFile);
    }
    List<String> contextLines = context == null ? List.of() : readLines(context);
    try {
      Files.writeString(out, r.markdown(contextLines), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReportException(3, "cannot write " + out + ": " + e.getMessage());
    }
    System.out.println("SideBySideReport: wrote " + out);
  }

  private static List<String> readLines(Path p) throws ReportException {
    try {
      return Files.readAllLines(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReportException(3, "cannot read " + p + ": " + e.getMessage());
    }
  }

  void readResults(Path results) throws ReportException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(results.toFile());
    } catch (IOException e) {
      throw new ReportException(3, results + ": not JMH JSON results (" + e.getMessage() + ")");
    }
    if (root == null || !root.isArray() || root.isEmpty()) {
      throw new ReportException(3, results + ": no benchmark results in it");
    }
    first = root.get(0);
    for (JsonNode b : root) {
      String name = b.path("benchmark").asText();
      String[] parts = name.split("\\.");
      if (parts.length < 2) {
        throw new ReportException(3, results + ": benchmark name '" + name + "' has no class");
      }
      String clazz = parts[parts.length - 2];
      String method = parts[parts.length - 1];
      String library = LIBRARIES.stream().filter(method::endsWith).findFirst().orElse(null);
      if (library == null || method.length() == library.length()) {
        continue; // not a side-by-side benchmark method
      }
      String op = method.substring(0, method.length() - library.length());
      String unit = b.path("primaryMetric").path("scoreUnit").asText();
      if (!"ops/s".equals(unit)) {
        throw new ReportException(
            3, name + ": score in '" + unit + "', expected ops/s (run without -tu and -bm)");
      }
      int size = b.path("params").path("size").asInt(0);
      List<Double> raw = new ArrayList<>();
      for (JsonNode fork : b.path("primaryMetric").path("rawData")) {
        for (JsonNode v : fork) {
          raw.add(v.asDouble());
        }
      }
      if (raw.isEmpty()) {
        throw new ReportException(3, name + ": no measured iterations in the results");
      }
      samples = Math.max(samples, raw.size());
      medians
          .computeIfAbsent(clazz, k -> new LinkedHashMap<>())
          .computeIfAbsent(op, k -> new TreeMap<>())
          .computeIfAbsent(size, k -> new LinkedHashMap<>())
          .put(library, median(raw));
    }
    if (medians.isEmpty()) {
      throw new ReportException(3, results + ": no side-by-side benchmark in it");
    }
  }

  void readOpenssl(Path file) throws ReportException {
    int n = 0;
    for (String line : readLines(file)) {
      n++;
      if (line.startsWith("#")) {
        opensslVersion = line.substring(1).trim();
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      try {
        if (f.length != 4) {
          throw new NumberFormatException("expected 4 tab-separated fields");
        }
        openssl.put(f[0] + " " + f[1] + " " + Integer.parseInt(f[2]), Double.parseDouble(f[3]));
      } catch (NumberFormatException e) {
        throw new ReportException(3, file + ":" + n + ": " + e.getMessage());
      }
    }
  }

  static double median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(v);
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
  }

  String markdown(List<String> context) {
    StringBuilder md = new StringBuilder();
    md.append("## SM2, SM3 and SM4 side by side\n\n");
    md.append("- JVM: ")
        .append(first.path("jdkVersion").asText("?"))
        .append(", ")
        .append(first.path("vmName").asText("?"))
        .append(' ')
        .append(first.path("vmVersion").asText(""))
        .append("; JMH ")
        .append(first.path("jmhVersion").asText("?"))
        .append('\n');
    Properties v = versions();
    md.append("- Libraries: Anke ")
        .append(v.getProperty("anke", "?"))
        .append(", Bouncy Castle ")
        .append(v.getProperty("bouncycastle", "?"))
        .append(", Tencent Kona ")
        .append(v.getProperty("kona", "?"))
        .append(", Hutool ")
        .append(v.getProperty("hutool", "?"))
        .append('\n');
    md.append("- Run: ")
        .append(first.path("forks").asInt())
        .append(first.path("forks").asInt() == 1 ? " fork, " : " forks, ")
        .append(first.path("warmupIterations").asInt())
        .append(" × ")
        .append(first.path("warmupTime").asText())
        .append(" warm-up and ")
        .append(first.path("measurementIterations").asInt())
        .append(" × ")
        .append(first.path("measurementTime").asText())
        .append(" measured iterations each, ")
        .append(first.path("threads").asInt())
        .append(" thread; each figure is the median of ")
        .append(samples)
        .append(samples == 1 ? " measured iteration" : " measured iterations")
        .append(", in operations per second\n");
    for (String line : context) {
      if (!line.isBlank()) {
        md.append("- ").append(line.strip()).append('\n');
      }
    }
    if (opensslVersion != null) {
      md.append("- C reference: ").append(opensslVersion).append('\n');
    }
    md.append(
        "- Anke / best = Anke's median over the best Java peer's median (Bouncy Castle, Kona,"
            + " Hutool); the keyset AEAD is set against the peers' plain SM4-GCM\n\n");

    md.append(
        "| workload | size | Anke | Bouncy Castle | Kona | Hutool | best Java peer | Anke / best"
            + " | OpenSSL (C) |\n");
    md.append("|---|---:|---:|---:|---:|---:|---|---:|---:|\n");
    List<String[]> jdkRows = new ArrayList<>();
    for (Row row : rows()) {
      Map<String, Double> peers = row.peers();
      String best = null;
      for (String p : PEERS) {
        if (peers.get(p) != null && (best == null || peers.get(p) > peers.get(best))) {
          best = p;
        }
      }
      Double anke = row.own().get("Anke");
      md.append("| ")
          .append(row.label())
          .append(" | ")
          .append(size(row.size()))
          .append(" | ")
          .append(ops(anke));
      for (String p : PEERS) {
        md.append(" | ").append(ops(peers.get(p)));
      }
      md.append(" | ").append(best == null ? "—" : PEER_NAMES.get(best));
      md.append(" | ")
          .append(anke == null || best == null ? "—" : ratio(anke / peers.get(best)))
          .append(" | ")
          .append(ops(openssl.get(row.opensslKey())))
          .append(" |\n");
      Double jdk = peers.get("Jdk");
      if (jdk != null) {
        jdkRows.add(
            new String[] {
              row.label(),
              size(row.size()),
              row.family().jdk(),
              ops(jdk),
              anke == null ? "—" : ratio(anke / jdk)
            });
      }
    }
    if (!jdkRows.isEmpty()) {
      md.append("\nThe JDK's hardware-accelerated reference (AES-NI, SHA extensions where the CPU")
          .append(" has them), same run:\n\n");
      md.append("| workload | size | JDK reference | JDK | Anke / JDK |\n");
      md.append("|---|---:|---|---:|---:|\n");
      for (String[] r : jdkRows) {
        md.append("| ").append(String.join(" | ", r)).append(" |\n");
      }
    }
    return md.toString();
  }

  /** One line of the table: Anke's own medians and the medians it is set against. */
  record Row(
      Family family,
      String op,
      int size,
      Map<String, Double> own,
      Map<String, Double> peers,
      String label,
      String opensslKey) {}

  List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    Map<String, Map<String, Map<Integer, Map<String, Double>>>> left = new LinkedHashMap<>(medians);
    for (Family f : FAMILIES) {
      Map<String, Map<Integer, Map<String, Double>>> byOp = left.remove(f.benchmark());
      if (byOp == null) {
        continue;
      }
      List<String> ops = new ArrayList<>(f.ops());
      new TreeSet<>(byOp.keySet()).stream().filter(o -> !ops.contains(o)).forEach(ops::add);
      for (String op : ops) {
        Map<Integer, Map<String, Double>> bySize = byOp.get(op);
        if (bySize == null) {
          continue;
        }
        boolean keyset = op.startsWith("keyset");
        String peerOp = keyset ? op.substring("keyset".length()).toLowerCase(Locale.ROOT) : op;
        String label = keyset ? "keyset AEAD (SM4-GCM) " + peerOp : f.label() + " " + op;
        for (Map.Entry<Integer, Map<String, Double>> e : bySize.entrySet()) {
          int size = e.getKey();
          Map<String, Double> peers =
              byOp.getOrDefault(peerOp, Map.of()).getOrDefault(size, Map.of());
          rows.add(
              new Row(
                  f, op, size, e.getValue(), peers, label, f.openssl() + " " + op + " " + size));
        }
      }
    }
    for (Map.Entry<String, Map<String, Map<Integer, Map<String, Double>>>> e : left.entrySet()) {
      Family f = new Family(e.getKey(), e.getKey(), "-", List.of(), "JDK");
      for (Map.Entry<String, Map<Integer, Map<String, Double>>> o : e.getValue().entrySet()) {
        for (Map.Entry<Integer, Map<String, Double>> s : o.getValue().entrySet()) {
          rows.add(
              new Row(
                  f,
                  o.getKey(),
                  s.getKey(),
                  s.getValue(),
                  s.getValue(),
                  e.getKey() + " " + o.getKey(),
                  "-"));
        }
      }
    }
    return rows;
  }

  static Properties versions() {
    Properties p = new Properties();
    try (InputStream in = SideBySideReport.class.getResourceAsStream("versions.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  static String size(int bytes) {
    if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
      return (bytes >> 20) + " MiB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return (bytes >> 10) + " KiB";
    }
    return bytes + " B";
  }

  static String ops(Double v) {
    if (v == null) {
      return "—";
    }
    return v >= 100
        ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%.1f", v);
  }

  static String ratio(double r) {
    return String.format(Locale.ROOT, "%.2f×", r);
  }
}
