package io.anke.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.anke.core.audit.internal.RecordFormat;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the writer puts on disk, record by record: bodies, rotation, retention, checkpoints. */
class AuditLogWriterExactTest {
  @TempDir Path dir;

  /** A clock the test moves. */
  static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void set(Instant value) {
      now = value;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static List<String> types(Path dir) throws Exception {
    return LogContents.read(dir).lines.stream().map(LogContents.Line::type).toList();
  }

  private static String line(Path file, int index) throws Exception {
    return Files.readAllLines(file, StandardCharsets.UTF_8).get(index);
  }

  private static void within(Duration limit, Runnable r) throws Exception {
    CompletableFuture.runAsync(r).get(limit.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static void awaitTypes(Path dir, int count) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (types(dir).size() < count && System.nanoTime() < end) {
      Thread.sleep(10);
    }
  }

  @Test
  void recordBodiesAreWrittenFieldByFieldAsTheSchemaSays() throws Exception {
    Instant t = Instant.parse("2026-01-01T00:00:00.123456789Z");
    Path file;
    String id;
    try (AuditLog log =
        AuditTestKeys.log(dir).clock(Clock.fixed(t, ZoneOffset.UTC)).zone(ZoneOffset.UTC).open()) {
      id = log.logId();
      file = log.currentFile();
      log.append(
          AuditEvent.builder("data.access")
              .user("u-1")
              .department("d-1")
              .action("read")
              .resource("resident")
              .decision("allow")
              .reason("r1")
              .reason("r2")
              .attribute("k", "v")
              .build());
      log.append(AuditEvent.builder("login").department("d-2").build());
      log.append(AuditEvent.builder("logout").resource("x").build());
    }
    assertThat(file.getFileName().toString()).isEqualTo("audit-000001-2026-01-01.jsonl");
    String head = "{\"v\":1,\"seq\":%d,\"time\":\"2026-01-01T00:00:00.123456Z\",\"log\":\"" + id;
    assertThat(line(file, 0))
        .startsWith(
            head.formatted(1)
                + "\",\"type\":\"audit.file.start\",\"attrs\":{\"file\":\"audit-000001-2026-01-01.jsonl\"},\"prev\":\""
                + "0".repeat(64)
                + "\",\"kid\":\"");
    assertThat(line(file, 1))
        .startsWith(
            head.formatted(2)
                + "\",\"type\":\"data.access\",\"subject\":{\"user\":\"u-1\",\"department\":\"d-1\"},"
                + "\"action\":\"read\",\"resource\":\"resident\",\"decision\":\"allow\","
                + "\"reasons\":[\"r1\",\"r2\"],\"attrs\":{\"k\":\"v\"},\"prev\":\"");
    assertThat(line(file, 2))
        .startsWith(
            head.formatted(3)
                + "\",\"type\":\"login\",\"subject\":{\"department\":\"d-2\"},\"prev\":\"");
    assertThat(line(file, 3))
        .startsWith(head.formatted(4) + "\",\"type\":\"logout\",\"resource\":\"x\",\"prev\":\"");
    assertThat(line(file, 4)).contains("\"type\":\"audit.close\"").contains(",\"sig\":\"");
  }

  @Test
  void reopeningAfterACleanCloseNamesOnlyThePreviousFile() throws Exception {
    try (AuditLog log = AuditTestKeys.log(dir).open()) {
      log.append(AuditLogTest.event(1));
    }
    try (AuditLog log = AuditTestKeys.log(dir).open()) {
      log.append(AuditLogTest.event(2));
    }
    List<LogContents.Line> starts = LogContents.read(dir).fileStarts();
    JsonNode attrs = starts.get(1).json().get("attrs");
    assertThat(attrs.fieldNames()).toIterable().containsExactly("file", "previous", "previousEnd");
    assertThat(attrs.get("previousEnd").asText()).isEqualTo("closed");
  }

  @Test
  void aFileRotatesWhenItReachesExactlyTheSize() throws Exception {
    Clock clock = Clock.fixed(Instant.parse("2026-02-02T00:00:00Z"), ZoneOffset.UTC);
    AuditEvent big = AuditEvent.builder("bulk").attribute("pad", "p".repeat(5000)).build();
    long size;
    try (AuditLog probe =
        AuditTestKeys.log(dir.resolve("probe")).clock(clock).zone(ZoneOffset.UTC).open()) {
      probe.append(big);
      size = Files.size(probe.currentFile());
    }
    assertThat(size).isGreaterThanOrEqualTo(4096);

    Path at = dir.resolve("at");
    try (AuditLog log =
        AuditTestKeys.log(at).clock(clock).zone(ZoneOffset.UTC).rotateAtBytes(size).open()) {
      log.append(big);
      assertThat(Files.size(log.currentFile())).isEqualTo(size);
      log.append(AuditLogTest.event(1));
      assertThat(log.currentFile().getFileName().toString())
          .isEqualTo("audit-000002-2026-02-02.jsonl");
    }
    Path above = dir.resolve("above");
    try (AuditLog log =
        AuditTestKeys.log(above).clock(clock).zone(ZoneOffset.UTC).rotateAtBytes(size + 1).open()) {
      log.append(big);
      log.append(AuditLogTest.event(1));
      assertThat(log.currentFile().getFileName().toString())
          .isEqualTo("audit-000001-2026-02-02.jsonl");
    }
  }

  @Test
  void aNewDayRotatesTheFileAndRetentionThenRemovesFilesPastIt() throws Exception {
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    MovableClock clock = new MovableClock(start);
    String first;
    try (AuditLog log = AuditTestKeys.log(dir).clock(clock).zone(ZoneOffset.UTC).open()) {
      first = log.currentFile().getFileName().toString();
      log.append(AuditLogTest.event(1)); // 2
      log.checkpoint(); // 3, so that no timed checkpoint comes in between
      clock.set(start.plus(Duration.ofDays(400)));
      log.append(AuditLogTest.event(2));
      String next =
          "audit-000002-"
              + java.time.LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
              + ".jsonl";
      assertThat(log.currentFile().getFileName().toString()).isEqualTo(next);
      assertThat(Files.exists(dir.resolve(first))).isFalse();
    }
    List<LogContents.Line> lines = LogContents.read(dir).lines;
    assertThat(lines)
        .extracting(LogContents.Line::seq, LogContents.Line::type)
        .startsWith(
            org.assertj.core.groups.Tuple.tuple(5L, SystemTypes.FILE_START),
            org.assertj.core.groups.Tuple.tuple(6L, SystemTypes.RETENTION),
            org.assertj.core.groups.Tuple.tuple(7L, "data.access"));
    JsonNode start2 = lines.get(0).json().get("attrs");
    assertThat(start2.get("previous").asText()).isEqualTo(first);
    assertThat(start2.get("previousEnd").asText()).isEqualTo("rotated");
    JsonNode retention = lines.get(1).json().get("attrs");
    assertThat(retention.get("removed").asText()).isEqualTo(first);
    assertThat(retention.get("throughSeq").asText()).isEqualTo("4");
    assertThat(retention.get("retentionDays").asText()).isEqualTo("184");
  }

  @Test
  void theFileEndNamesTheNextFile() throws Exception {
    MovableClock clock = new MovableClock(Instant.parse("2026-01-01T10:00:00Z"));
    try (AuditLog log = AuditTestKeys.log(dir).clock(clock).zone(ZoneOffset.UTC).open()) {
      log.checkpoint(); // 2
      clock.set(Instant.parse("2026-01-02T10:00:00Z"));
      log.append(AuditLogTest.event(1));
    }
    LogContents c = LogContents.read(dir);
    LogContents.Line end = c.lines.get(2);
    assertThat(end.type()).isEqualTo(SystemTypes.FILE_END);
    assertThat(end.json().get("attrs").get("next").asText())
        .isEqualTo("audit-000002-2026-01-02.jsonl");
    assertThat(c.files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly("audit-000001-2026-01-01.jsonl", "audit-000002-2026-01-02.jsonl");
  }

  @Test
  void withoutDailyRotationANewDayKeepsTheFile() throws Exception {
    MovableClock clock = new MovableClock(Instant.parse("2026-01-01T10:00:00Z"));
    try (AuditLog log =
        AuditTestKeys.log(dir).clock(clock).zone(ZoneOffset.UTC).rotateDaily(false).open()) {
      log.checkpoint();
      clock.set(Instant.parse("2026-01-02T10:00:00Z"));
      log.append(AuditLogTest.event(1));
      assertThat(log.currentFile().getFileName().toString())
          .isEqualTo("audit-000001-2026-01-01.jsonl");
    }
  }

  @Test
  void aTimedCheckpointComesOnceTheIntervalHasPassedAndNotBefore() throws Exception {
    Instant t = Instant.parse("2026-05-01T00:00:00Z");
    MovableClock clock = new MovableClock(t);
    try (AuditLog log =
        AuditTestKeys.log(dir)
            .clock(clock)
            .zone(ZoneOffset.UTC)
            .checkpointInterval(Duration.ofMillis(10))
            .open()) {
      log.append(AuditLogTest.event(1)); // 2
      Thread.sleep(300);
      assertThat(types(dir)).containsExactly(SystemTypes.FILE_START, "data.access");

      clock.set(t.plusMillis(10));
      awaitTypes(dir, 3);
      assertThat(types(dir)).element(2).isEqualTo(SystemTypes.CHECKPOINT);

      log.append(AuditLogTest.event(2)); // 4
      Thread.sleep(300);
      assertThat(types(dir)).hasSize(4);
      clock.set(t.plusMillis(20));
      awaitTypes(dir, 5);
      assertThat(types(dir))
          .containsExactly(
              SystemTypes.FILE_START,
              "data.access",
              SystemTypes.CHECKPOINT,
              "data.access",
              SystemTypes.CHECKPOINT);
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (log.acknowledgedSequence() < 5 && System.nanoTime() < end) {
        Thread.sleep(10);
      }
      assertThat(log.acknowledgedSequence()).isEqualTo(5);
    }
  }

  @Test
  void closingForcesTheCloseRecordAndEndsTheBackgroundThread() throws Exception {
    AuditLog log =
        AuditTestKeys.log(dir)
            .durability(Durability.GROUP_COMMIT)
            .groupCommitInterval(Duration.ofSeconds(10))
            .open();
    log.append(AuditLogTest.event(1));
    Thread background =
        Thread.getAllStackTraces().keySet().stream()
            .filter(th -> th.getName().equals("anke-audit-" + log.logId()))
            .findFirst()
            .orElseThrow();
    assertThat(background.isDaemon()).isTrue();
    assertThat(log.acknowledgedSequence()).isEqualTo(1);
    log.close();
    assertThat(log.acknowledgedSequence()).isEqualTo(3);
    background.join(30_000);
    assertThat(background.isAlive()).isFalse();
    // another thread is not kept out by a lock the closing thread still holds
    within(Duration.ofSeconds(10), log::close);
  }

  @Test
  void everyCallReleasesTheWriteLockForOtherThreads() throws Exception {
    KeysetHandle next = KeysetHandle.generateNew(KeyType.HMAC_SM3);
    try (AuditLog log = AuditTestKeys.log(dir).open()) {
      Path file = log.currentFile();
      within(Duration.ofSeconds(10), () -> log.append(AuditLogTest.event(1)));
      log.checkpoint();
      within(Duration.ofSeconds(10), () -> log.append(AuditLogTest.event(2)));
      log.useMacKeys(next);
      within(Duration.ofSeconds(10), () -> log.append(AuditLogTest.event(3)));
      assertThat(line(file, 4))
          .contains("\"kid\":\"" + RecordFormat.hex(next.mac().primaryKeyId()) + "\"");
      assertThat(line(file, 3))
          .contains("\"kid\":\"" + RecordFormat.hex(AuditTestKeys.MAC.mac().primaryKeyId()) + "\"");
    }
  }

  @Test
  void theFirstAppendOfAFreshLogGetsSequenceTwo() {
    try (AuditLog log = AuditTestKeys.log(dir).checkpointEvery(2).open()) {
      assertThat(log.append(AuditLogTest.event(1)).sequence()).isEqualTo(2);
      assertThat(log.append(AuditLogTest.event(2)).sequence()).isEqualTo(3);
      // the checkpoint after the second is 4
      assertThat(log.append(AuditLogTest.event(3)).sequence()).isEqualTo(5);
    }
  }
}
