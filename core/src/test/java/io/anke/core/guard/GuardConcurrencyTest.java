package io.anke.core.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.anke.core.audit.AuditLog;
import io.anke.core.audit.AuditVerifier;
import io.anke.core.engine.ScanResult;
import io.anke.core.report.ReportFormats;
import io.anke.core.report.ReportOptions;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.testing.ConcurrentRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One {@link StartupGuard} run by eight threads at once (an application server starting several
 * applications, each calling the same configured guard): every run judges as one run alone does,
 * the shared report file is never seen half-written, and the shared audit trail takes every
 * decision once and verifies.
 */
class GuardConcurrencyTest {
  static final int THREADS = 8;
  static final int RUNS_EACH = 2;

  @TempDir Path dir;

  private Path profile() throws IOException {
    Path p = dir.resolve("host-only.yaml");
    Files.writeString(
        p,
        "id: host-only\ntitle:\n  zh: 测试\n  en: test\ndescription:\n  zh: 测试\n  en: test\n"
            + "include:\n  rules: [TEST-GUARD-HOST, TEST-GUARD-MANY]\nfailOn: high\n");
    return p;
  }

  private static byte[] json(ScanResult r) {
    return ReportFormats.render(ReportFormats.builtIn().get("json"), r, ReportOptions.defaults());
  }

  @Test
  void runsAtOnceJudgeAsOneRunAloneAndShareReportAndTrailSafely() throws Exception {
    Path report = dir.resolve("reports/guard.json");
    KeysetHandle macKeys = KeysetHandle.generateNew(KeyType.HMAC_SM3);
    Sm2KeyPair checkpoint = Sm2KeyPair.generate();
    Path trail = dir.resolve("audit");
    String profile = profile().toString();
    byte[] expected;
    try (AuditLog audit =
        AuditLog.builder(trail)
            .macKeys(macKeys)
            .checkpointKey(Sm2KeyHandle.of(checkpoint.privateKey()))
            .open()) {
      StartupGuard.Builder settings =
          StartupGuard.builder()
              .systemProperties(Map.of())
              .environment(Map.of())
              .mode(GuardMode.WARN)
              .profile(profile)
              .report(report)
              .auditLog(audit);
      StartupGuard guard = settings.build();
      // The guard keeps its own copy of the settings: changing the builder changes nothing.
      settings.mode(GuardMode.OFF).report(null);

      Optional<ScanResult> alone = guard.run();
      assertThat(alone).isPresent();
      expected = json(alone.get());
      assertThat(expected).isEqualTo(Files.readAllBytes(report));
      assertThat(alone.get().findings()).hasSizeGreaterThan(10);

      AtomicBoolean running = new AtomicBoolean(true);
      List<String> torn = new ArrayList<>();
      Thread reader =
          new Thread(
              () -> {
                while (running.get()) {
                  try {
                    byte[] seen = Files.readAllBytes(report);
                    if (!Arrays.equals(seen, expected)) {
                      torn.add(new String(seen, java.nio.charset.StandardCharsets.UTF_8));
                    }
                  } catch (NoSuchFileException e) {
                    torn.add("missing");
                  } catch (IOException e) {
                    torn.add(e.toString());
                  }
                  java.util.concurrent.locks.LockSupport.parkNanos(200_000);
                }
              });
      reader.start();
      List<List<byte[]>> results;
      try {
        results =
            ConcurrentRuns.run(
                THREADS,
                t -> {
                  List<byte[]> mine = new ArrayList<>();
                  for (int i = 0; i < RUNS_EACH; i++) {
                    mine.add(json(guard.run().orElseThrow()));
                  }
                  return mine;
                });
      } finally {
        running.set(false);
        reader.join();
      }
      for (List<byte[]> mine : results) {
        for (byte[] one : mine) {
          assertThat(one).isEqualTo(expected);
        }
      }
      assertThat(torn).as("reads of the report while guards wrote it").isEmpty();
      assertThat(Files.readAllBytes(report)).isEqualTo(expected);
    }

    List<Path> files;
    try (var list = Files.list(trail)) {
      files = list.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    int decisions = 0;
    ObjectMapper mapper = new ObjectMapper();
    for (Path f : files) {
      for (String line : Files.readAllLines(f)) {
        JsonNode n = mapper.readTree(line);
        if (n.get("type").asText().equals("startup.guard")) {
          assertThat(n.get("decision").asText()).isEqualTo("fail");
          decisions++;
        }
      }
    }
    assertThat(decisions).isEqualTo(1 + THREADS * RUNS_EACH);
    assertThat(
            AuditVerifier.builder()
                .macKeys(macKeys)
                .checkpointKeys(List.of(checkpoint.publicKey()))
                .build()
                .verify(files)
                .problems())
        .isEmpty();
  }
}
