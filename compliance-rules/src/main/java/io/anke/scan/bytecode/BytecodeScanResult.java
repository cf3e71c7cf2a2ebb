package io.anke.scan.bytecode;

import io.anke.core.rule.FactKey;
import java.util.List;
import java.util.Map;

/**
 * What a bytecode scan found.
 *
 * @param target display name of the scanned target
 * @param usages the usages, sorted by path, line, method, kind and algorithm
 * @param problems classes or methods that could not be analysed, sorted by path
 * @param classes class files met
 * @param classesAnalysed class files analysed (those not excluded by the application-only option)
 * @param applicationClasses class files analysed that are the application's own code
 * @param libraries display path of each archive or directory that holds a {@code pom.properties} to
 *     the package URL read from it (only archives with exactly one)
 */
public record BytecodeScanResult(
    String target,
    List<CryptoUsage> usages,
    List<ScanProblem> problems,
    long classes,
    long classesAnalysed,
    long applicationClasses,
    Map<String, String> libraries) {
  /** The key under which rules require and read bytecode scan results. */
  public static final FactKey<BytecodeScanResult> KEY =
      FactKey.of("bytecode-scans", BytecodeScanResult.class);

  /** Copies. */
  public BytecodeScanResult {
    usages = List.copyOf(usages);
    problems = List.copyOf(problems);
    libraries = Map.copyOf(libraries);
  }
}
