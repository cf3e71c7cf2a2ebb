package io.anke.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.audit.AuditProblem.Kind;
import io.anke.core.audit.AuditProblem.Level;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.provider.Sm2KeyHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verifier's reports pinned to kind, line, sequence number and wording. */
class AuditVerifierExactReportsTest {
  @TempDir Path dir;

  private Path writeLog(int events) throws Exception {
    try (AuditLog log = AuditTestKeys.log(dir.resolve("log")).open()) {
      for (int i = 0; i < events; i++) {
        log.append(AuditLogTest.event(i));
      }
    }
    return AuditLogTest.files(dir.resolve("log")).get(0);
  }

  private Path rewrite(List<String> lines) throws Exception {
    Path out = dir.resolve("changed.jsonl");
    Files.write(out, lines, StandardCharsets.UTF_8);
    return out;
  }

  @Test
  void aRecordMovedDownOneLineIsReorderedNotMissing() throws Exception {
    List<String> lines =
        new ArrayList<>(Files.readAllLines(writeLog(4), StandardCharsets.UTF_8)); // seq 1..6
    String three = lines.remove(2);
    lines.add(3, three); // 1, 2, 4, 3, 5, 6
    Path file = rewrite(lines);
    AuditVerification v = AuditTestKeys.verifier().verify(List.of(file));
    assertThat(v.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.REORDERED);
              assertThat(p.level()).isEqualTo(Level.TAMPERING);
              assertThat(p.line()).isEqualTo(4);
              assertThat(p.sequence()).isEqualTo(3);
              assertThat(p.message().en())
                  .isEqualTo(
                      "seq 3 is out of order: it belongs before "
                          + file
                          + ":3, but comes after seq 4: records were moved");
            });
  }

  @Test
  void aLogWithoutItsFirstFileMissesItsBeginningUpToTheFirstRecordGiven() throws Exception {
    try (AuditLog log = AuditTestKeys.log(dir).rotateAtBytes(4096).open()) {
      for (int i = 0; i < 30; i++) {
        log.append(AuditLogTest.event(i));
      }
    }
    List<Path> files = AuditLogTest.files(dir);
    assertThat(files.size()).isGreaterThan(2);
    long firstOfSecond = LogContents.read(dir).fileStarts().get(1).seq();
    AuditVerification v = AuditTestKeys.verifier().verify(files.subList(1, files.size()));
    assertThat(v.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.MISSING_BEGINNING);
              assertThat(p.sequence()).isEqualTo(firstOfSecond);
              assertThat(p.message().en())
                  .startsWith(
                      "the log begins at seq "
                          + firstOfSecond
                          + ", not at its first record: records up to "
                          + (firstOfSecond - 1)
                          + " are missing");
            });
  }

  @Test
  void theResultSaysWhichChecksWereMade() throws Exception {
    Path file = writeLog(1);
    AuditVerification full = AuditTestKeys.verifier().verify(List.of(file));
    assertThat(full.macsChecked()).isTrue();
    assertThat(full.signaturesChecked()).isTrue();
    assertThat(full.problems()).isEmpty();

    AuditVerification bare = AuditVerifier.builder().build().verify(List.of(file));
    assertThat(bare.macsChecked()).isFalse();
    assertThat(bare.signaturesChecked()).isFalse();
    assertThat(bare.problems())
        .extracting(AuditProblem::kind, AuditProblem::level)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.UNCHECKED, Level.NOTICE),
            org.assertj.core.groups.Tuple.tuple(Kind.UNCHECKED, Level.NOTICE));
  }

  @Test
  void progressEndsWithEveryByteAndRecordOnceAtTheEnd() throws Exception {
    Path file = writeLog(3); // 5 records
    List<long[]> updates = new CopyOnWriteArrayList<>();
    AuditVerifier.builder()
        .macKeys(AuditTestKeys.MAC)
        .progress((done, total, records) -> updates.add(new long[] {done, total, records}))
        .build()
        .verify(List.of(file));
    long size = Files.size(file);
    assertThat(updates).hasSize(1);
    assertThat(updates.get(0)).containsExactly(size, size, 5);
  }

  @Test
  void aShortLineAfterARecordIsNotTakenForOneInCollectedLogs() throws Exception {
    List<String> lines = new ArrayList<>();
    boolean first = true;
    for (String record : Files.readAllLines(writeLog(2), StandardCharsets.UTF_8)) {
      lines.add("ab " + record);
      if (first) {
        // shorter than the line before, which left the record prefix in the reader's buffer
        lines.add("ab");
        first = false;
      }
    }
    Path file = rewrite(lines);
    AuditVerification v =
        AuditVerifier.builder()
            .macKeys(AuditTestKeys.MAC)
            .checkpointKeys(List.of(AuditTestKeys.SIGNER.publicKey()))
            .collectedLogs(true)
            .build()
            .verify(List.of(file));
    assertThat(v.problems()).isEmpty();
    assertThat(v.records()).isEqualTo(4);
  }

  @Test
  void aRecordUnderADisabledKeyIsANoticeAndStillCountsInTheSequence() throws Exception {
    KeysetHandle keys = KeysetHandle.generateNew(KeyType.HMAC_SM3);
    int oldKey = keys.primaryKeyId();
    try (AuditLog log =
        AuditLog.builder(dir)
            .macKeys(keys)
            .checkpointKey(Sm2KeyHandle.of(AuditTestKeys.SIGNER.privateKey()))
            .open()) {
      for (int i = 0; i < 3; i++) {
        log.append(AuditLogTest.event(i));
      }
    }
    KeysetHandle later = keys.rotate().disable(oldKey);
    AuditVerifier verifier =
        AuditVerifier.builder()
            .macKeys(later)
            .checkpointKeys(List.of(AuditTestKeys.SIGNER.publicKey()))
            .build();
    Path file = AuditLogTest.files(dir).get(0);
    AuditVerification intact = verifier.verify(List.of(file));
    assertThat(intact.intact()).isTrue();
    assertThat(intact.problems())
        .hasSize(5)
        .allSatisfy(p -> assertThat(p.kind()).isEqualTo(Kind.KEY_UNAVAILABLE));

    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.remove(2); // seq 3
    AuditVerification removed = verifier.verify(List.of(rewrite(lines)));
    assertThat(removed.problems())
        .filteredOn(p -> p.level() == Level.TAMPERING)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.MISSING);
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.sequence()).isEqualTo(4);
            });
  }
}
