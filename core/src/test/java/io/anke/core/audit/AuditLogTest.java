package io.anke.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.anke.core.audit.AuditProblem.Kind;
import io.anke.core.audit.AuditProblem.Level;
import io.anke.core.audit.internal.LogFiles;
import io.anke.core.audit.internal.ParsedRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  static AuditEvent event(int i) {
    return AuditEvent.builder("data.access")
        .user("u-" + i)
        .department("civil-affairs")
        .action("read")
        .resource("resident")
        .decision(i % 3 == 0 ? "deny" : "allow")
        .reason("agreement \"SA-7\" covers it; 山东 ✓")
        .attribute("n", Integer.toString(i))
        .build();
  }

  static List<Path> files(Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    for (LogFiles.LogFile f : LogFiles.list(dir)) {
      out.add(f.path());
    }
    return out;
  }

  static List<AuditProblem> tampering(AuditVerification v) {
    return v.problems().stream().filter(p -> p.level() == Level.TAMPERING).toList();
  }

  @Test
  void recordsFromManyThreadsFormOneChainThatVerifies() throws Exception {
    int threads = 8;
    int each = 300;
    Set<Long> sequences = java.util.concurrent.ConcurrentHashMap.newKeySet();
    try (AuditLog log = AuditTestKeys.log(dir).checkpointEvery(100).open()) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int base = t * each;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < each; i++) {
                    AuditReceipt r = log.append(event(base + i));
                    assertThat(r.acknowledged()).isTrue();
                    sequences.add(r.sequence());
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
    }
    assertThat(sequences).hasSize(threads * each);

    List<String> lines = Files.readAllLines(files(dir).get(0), StandardCharsets.UTF_8);
    Set<String> users = new HashSet<>();
    long expected = 1;
    for (String line : lines) {
      JsonNode n = JSON.readTree(line);
      assertThat(n.get("seq").asLong()).isEqualTo(expected++);
      if (n.get("type").asText().equals("data.access")) {
        users.add(n.get("subject").get("user").asText());
        assertThat(n.get("reasons").get(0).asText())
            .isEqualTo("agreement \"SA-7\" covers it; 山东 ✓");
      }
    }
    assertThat(users).hasSize(threads * each);
    JsonNode last = JSON.readTree(lines.get(lines.size() - 1));
    assertThat(last.get("type").asText()).isEqualTo("audit.close");

    AuditVerification v = AuditTestKeys.verifier().verify(files(dir));
    assertThat(v.problems()).isEmpty();
    assertThat(v.intact()).isTrue();
    assertThat(v.chains()).hasSize(1);
    AuditVerification.Chain c = v.chains().get(0);
    assertThat(c.closed()).isTrue();
    assertThat(c.records()).isEqualTo(lines.size());
    // one start, 2,400 events, a checkpoint after every 100 of them, and the close
    assertThat(c.checkpoints()).isEqualTo(threads * each / 100 + 1);
  }

  @Test
  void reopeningContinuesTheChainInANewFile() throws Exception {
    try (AuditLog log = AuditTestKeys.log(dir).open()) {
      log.append(event(1));
    }
    String id;
    try (AuditLog log = AuditTestKeys.log(dir).open()) {
      id = log.logId();
      log.append(event(2));
    }
    List<Path> files = files(dir);
    assertThat(files).hasSize(2);
    JsonNode start = JSON.readTree(Files.readAllLines(files.get(1)).get(0));
    assertThat(start.get("type").asText()).isEqualTo("audit.file.start");
    assertThat(start.get("log").asText()).isEqualTo(id);
    assertThat(start.get("attrs").get("previous").asText())
        .isEqualTo(files.get(0).getFileName().toString());
    assertThat(start.get("attrs").get("previousEnd").asText()).isEqualTo("closed");
    AuditVerification v = AuditTestKeys.verifier().verify(files);
    assertThat(v.problems()).isEmpty();
    assertThat(v.chains().get(0).lastSequence()).isEqualTo(6);
  }

  @Test
  void aSecondWriterOfTheSameDirectoryIsRefused() {
    try (AuditLog log = AuditTestKeys.log(dir).open()) {
      assertThatThrownBy(() -> AuditTestKeys.log(dir).open())
          .isInstanceOf(AuditException.class)
          .hasMessageContaining(dir.toString())
          .hasMessageContaining("in use by another writer")
          .hasMessageContaining(Long.toString(ProcessHandle.current().pid()));
      log.append(event(1));
    }
    // released on close
    try (AuditLog again = AuditTestKeys.log(dir).open()) {
      again.append(event(2));
    }
  }

  @Test
  void rotationBySizeChainsTheFilesAndADeletedOrMovedFileIsNamed() throws Exception {
    try (AuditLog log = AuditTestKeys.log(dir).rotateAtBytes(4096).open()) {
      for (int i = 0; i < 60; i++) {
        log.append(event(i));
      }
    }
    List<Path> files = files(dir);
    assertThat(files.size()).isGreaterThan(3);
    assertThat(AuditTestKeys.verifier().verify(files).problems()).isEmpty();

    List<Path> withoutSecond = new ArrayList<>(files);
    Path removed = withoutSecond.remove(1);
    AuditVerification v = AuditTestKeys.verifier().verify(withoutSecond);
    assertThat(tampering(v))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.MISSING);
              assertThat(p.file()).isEqualTo(files.get(2).toString());
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.message().en()).contains("a file or records were removed");
            });
    assertThat(removed).exists();

    List<Path> swapped = new ArrayList<>(files);
    swapped.set(1, files.get(2));
    swapped.set(2, files.get(1));
    AuditVerification s = AuditTestKeys.verifier().verify(swapped);
    assertThat(tampering(s))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.REORDERED);
              assertThat(p.file()).isEqualTo(files.get(1).toString());
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.message().en())
                  .contains("this file")
                  .contains("belongs before " + files.get(2) + ":1");
            });

    // All files backwards: one report per file out of place, not one per record.
    List<Path> backwards = new ArrayList<>(files);
    java.util.Collections.reverse(backwards);
    AuditVerification b = AuditTestKeys.verifier().verify(backwards);
    assertThat(tampering(b))
        .hasSize(files.size() - 1)
        .allSatisfy(p -> assertThat(p.kind()).isEqualTo(Kind.REORDERED));

    // A file given twice: one report.
    List<Path> twice = new ArrayList<>(files);
    twice.add(files.get(1));
    AuditVerification t = AuditTestKeys.verifier().verify(twice);
    assertThat(tampering(t))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.DUPLICATE);
              assertThat(p.message().en()).contains("given twice");
            });
  }

  @Test
  void aTornLastRecordIsReportedAsSuchAndTheNextWriterAccountsForIt() throws Exception {
    try (AuditLog log = AuditTestKeys.log(dir).open()) {
      log.append(event(1));
      log.append(event(2));
    }
    Path file = files(dir).get(0);
    byte[] all = Files.readAllBytes(file);
    // As if the writer died in the middle of the closing record: drop its last 40 bytes.
    Files.write(file, java.util.Arrays.copyOf(all, all.length - 40));

    AuditVerification v = AuditTestKeys.verifier().verify(files(dir));
    assertThat(v.intact()).isTrue();
    assertThat(v.problems())
        .anySatisfy(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.INCOMPLETE_FINAL_RECORD);
              assertThat(p.message().en())
                  .contains("incomplete final record")
                  .contains("not acknowledged");
              assertThat(p.line()).isEqualTo(4);
            });

    try (AuditLog log = AuditTestKeys.log(dir).open()) {
      log.append(event(3));
    }
    AuditVerification after = AuditTestKeys.verifier().verify(files(dir));
    assertThat(after.intact()).isTrue();
    assertThat(after.problems())
        .extracting(AuditProblem::kind)
        .containsExactly(Kind.RECOVERED_TORN_RECORD);
  }

  @Test
  void bytesAppendedAfterTheLastLineAreTamperingNotATornRecord() throws Exception {
    try (AuditLog log = AuditTestKeys.log(dir).open()) {
      log.append(event(1));
    }
    Path file = files(dir).get(0);
    byte[] all = Files.readAllBytes(file);
    all[all.length - 1] = '{';
    Files.write(file, all);
    AuditVerification v = AuditTestKeys.verifier().verify(files(dir));
    assertThat(v.tampered()).isTrue();
    assertThat(tampering(v)).extracting(AuditProblem::kind).contains(Kind.UNEXPLAINED_BYTES);
  }

  @Test
  void retentionRemovesOnlyOldFilesAndSaysSo() throws Exception {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < 3; i++) {
      try (AuditLog log =
          AuditTestKeys.log(dir)
              .clock(Clock.fixed(now, ZoneOffset.UTC))
              .zone(ZoneOffset.UTC)
              .open()) {
        log.append(event(i));
      }
    }
    List<Path> before = files(dir);
    // Two files are old; the third was touched yesterday in the later clock's eyes.
    Instant later = now.plus(Duration.ofDays(200));
    Files.setLastModifiedTime(before.get(0), java.nio.file.attribute.FileTime.from(now));
    Files.setLastModifiedTime(before.get(1), java.nio.file.attribute.FileTime.from(now));
    Files.setLastModifiedTime(
        before.get(2), java.nio.file.attribute.FileTime.from(later.minus(Duration.ofDays(1))));
    try (AuditLog log =
        AuditTestKeys.log(dir)
            .clock(Clock.fixed(later, ZoneOffset.UTC))
            .zone(ZoneOffset.UTC)
            .open()) {
      log.append(event(9));
    }
    List<Path> after = files(dir);
    assertThat(after).hasSize(2).doesNotContain(before.get(0), before.get(1));
    AuditVerification v = AuditTestKeys.verifier().verify(after);
    assertThat(v.intact()).isTrue();
    assertThat(v.problems()).extracting(AuditProblem::kind).containsExactly(Kind.RETAINED);

    assertThatThrownBy(() -> AuditTestKeys.log(dir).retention(Duration.ofDays(183)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("184");
  }

  @Test
  void groupCommitAcknowledgesAfterThePeriodicForce() throws Exception {
    try (AuditLog log =
        AuditTestKeys.log(dir)
            .durability(Durability.GROUP_COMMIT)
            .groupCommitInterval(Duration.ofMillis(20))
            .open()) {
      AuditReceipt r = log.append(event(1));
      r.awaitAcknowledged();
      assertThat(r.acknowledged()).isTrue();
      assertThat(log.acknowledgedSequence()).isGreaterThanOrEqualTo(r.sequence());
    }
    assertThat(AuditTestKeys.verifier().verify(files(dir)).problems()).isEmpty();
  }

  @Test
  void aClosedLogRefusesRecords() {
    AuditLog log = AuditTestKeys.log(dir).open();
    log.close();
    log.close();
    assertThatThrownBy(() -> log.append(event(1)))
        .isInstanceOf(AuditException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void aDestroyedMacKeysetStopsTheLogInsteadOfWritingUnauthenticatedRecords() throws Exception {
    io.anke.crypto.keyset.KeysetHandle keys =
        io.anke.crypto.keyset.KeysetHandle.generateNew(io.anke.crypto.keyset.KeyType.HMAC_SM3);
    AuditLog log =
        AuditLog.builder(dir)
            .macKeys(keys)
            .checkpointKey(
                io.anke.crypto.provider.Sm2KeyHandle.of(AuditTestKeys.SIGNER.privateKey()))
            .open();
    log.append(event(1));
    keys.destroy();
    assertThatThrownBy(() -> log.append(event(2)))
        .isInstanceOf(AuditException.class)
        .hasMessageContaining("could not be authenticated");
    assertThatThrownBy(() -> log.append(event(3))).isInstanceOf(AuditException.class);
    log.close();
    List<String> lines = Files.readAllLines(files(dir).get(0));
    assertThat(lines).hasSize(2);
  }

  @Test
  void typesOfTheLogItselfCannotBeForged() {
    assertThatThrownBy(() -> AuditEvent.builder("audit.checkpoint").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AuditEvent.builder("Bad Type").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyRecordParsesAsTheSchemaSays() throws Exception {
    try (AuditLog log = AuditTestKeys.log(dir).open()) {
      log.append(
          AuditEvent.builder("login").user("控制\u0001字符\"\\").attribute("lone", "\ud800x").build());
    }
    List<String> lines = Files.readAllLines(files(dir).get(0), StandardCharsets.UTF_8);
    JsonNode rec = JSON.readTree(lines.get(1));
    assertThat(rec.get("subject").get("user").asText()).isEqualTo("控制\u0001字符\"\\");
    assertThat(rec.get("attrs").get("lone").asText()).isEqualTo("\ud800x");
    byte[] raw = lines.get(1).getBytes(StandardCharsets.UTF_8);
    assertThat(ParsedRecord.parse(raw, raw.length).type()).isEqualTo("login");
    assertThat(AuditTestKeys.verifier().verify(files(dir)).problems()).isEmpty();
  }
}
