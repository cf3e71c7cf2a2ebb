package io.anke.benchmarks;

import io.anke.core.audit.AuditLog;
import io.anke.core.audit.AuditVerification;
import io.anke.core.audit.AuditVerifier;
import io.anke.core.audit.Durability;
import io.anke.core.audit.internal.ParsedRecord;
import io.anke.core.audit.internal.RecordFormat;
import io.anke.crypto.keyset.KeyUnavailableException;
import io.anke.crypto.keyset.KeysetMac;
import io.anke.crypto.sm3.HmacSm3;
import io.anke.crypto.sm3.Sm3;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
 * {@link AuditVerifier#verify} over a log of 250,000 typical data-access records written in the
 * setup (records per second = 250,000 / the time per verification), with the keys and, for
 * comparison, without them (chain only). The per-record parts of the work are measured one by one:
 * SM3 of the record body, the HMAC-SM3 check of the digest (and HMAC-SM3 with a new and with a
 * reused session, which shows what computing the key pads once per key would save), the chain hash,
 * and parsing the JSON fields the verifier reads.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar AuditVerifyBenchmark}; the log
 * directory is as in {@link AuditAppendBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AuditVerifyBenchmark {
  static final int RECORDS = 250_000;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Path dir;
  private List<Path> files;
  private long cpuNanos;
  private long calls;
  private AuditVerifier withKeys;
  private AuditVerifier chainOnly;

  // one record line, taken apart as the verifier takes it apart
  private byte[] line;
  private byte[] body;
  private byte[] digest;
  private int keyId;
  private byte[] tag;
  private byte[] prefixedTag;
  private KeysetMac mac;
  private HmacSm3 hmac;
  private HmacSm3.Session session;

  @Setup(Level.Trial)
  public void write() throws IOException {
    AuditRecords keys = new AuditRecords();
    dir = AuditRecords.newDirectory("anke-audit-verify");
    try (AuditLog log = keys.log(dir).durability(Durability.GROUP_COMMIT).open()) {
      for (int i = 0; i < RECORDS; i++) {
        log.append(AuditRecords.dataAccess(i));
      }
    }
    files = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "audit-*.jsonl")) {
      s.forEach(files::add);
    }
    files.sort(null);
    withKeys = keys.verifier();
    chainOnly = AuditVerifier.builder().build();
    AuditVerification v = withKeys.verify(files);
    if (!v.problems().isEmpty() || v.records() < RECORDS) {
      throw new IllegalStateException("the benchmark log does not verify: " + v.problems());
    }
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    System.out.printf(
        "%d records (%d events) in %d files, %,d bytes%n",
        v.records(), RECORDS, files.size(), bytes);

    byte[] all = Files.readAllBytes(files.get(0));
    int from = 0;
    int lineNo = 0;
    for (int i = 0; i < all.length; i++) {
      if (all[i] == '\n') {
        if (++lineNo == 2) {
          line = Arrays.copyOfRange(all, from, i);
          break;
        }
        from = i + 1;
      }
    }
    int bodyEnd = RecordFormat.bodyEnd(line, line.length);
    body = Arrays.copyOf(line, bodyEnd);
    digest = Sm3.digest(body);
    keyId = RecordFormat.keyId(line, bodyEnd);
    tag = RecordFormat.tag(line, bodyEnd);
    prefixedTag = RecordFormat.prefixed(keyId, tag);
    mac = keys.mac.mac();
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    hmac = HmacSm3.withKey(key);
    session = hmac.newSession();
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    AuditRecords.deleteTree(dir);
  }

  @Benchmark
  public AuditVerification verifyWithKeys() {
    return timed(withKeys);
  }

  @Benchmark
  public AuditVerification verifyChainOnly() {
    return timed(chainOnly);
  }

  private AuditVerification timed(AuditVerifier verifier) {
    long start = THREADS.getCurrentThreadCpuTime();
    AuditVerification v = verifier.verify(files);
    cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
    calls++;
    return v;
  }

  /**
   * The verifying thread's CPU time per verification, printed after each iteration: on a shared
   * machine the wall time swings with other load, the CPU time much less.
   */
  @TearDown(Level.Iteration)
  public void printCpuTime() {
    if (calls > 0) {
      System.out.printf(Locale.ROOT, "  [cpu %.0f ms/op]", cpuNanos / 1e6 / calls);
    }
    cpuNanos = 0;
    calls = 0;
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public byte[] recordSm3() {
    return Sm3.digest(body);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public boolean recordMac() throws KeyUnavailableException {
    return mac.verifyMac(prefixedTag, digest);
  }

  /** For comparison with {@link #recordMac}: HMAC-SM3 of the digest, key pads computed once. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public byte[] hmacReusedSession() {
    return session.update(digest).mac();
  }

  /** The same with a new session per tag, as a one-shot {@link HmacSm3#mac} makes it. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public byte[] hmacNewSession() {
    return hmac.mac(digest);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public byte[] recordChainHash() {
    return RecordFormat.chainHash(digest, keyId, tag);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public ParsedRecord recordParse() throws ParsedRecord.MalformedException {
    return ParsedRecord.parse(line, line.length);
  }
}
