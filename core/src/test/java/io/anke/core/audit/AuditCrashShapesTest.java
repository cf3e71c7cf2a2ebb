package io.anke.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.audit.AuditProblem.Kind;
import io.anke.core.audit.AuditProblem.Level;
import io.anke.core.audit.internal.ParsedRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a crash can leave at the end of a log, cut at every byte that matters: a record cut right
 * after a comma, a new file created but not yet written, a new file holding part of its first
 * record. Each is a notice before the next writer opens the log and is accounted for after it,
 * never tampering and never unreadable input.
 */
class AuditCrashShapesTest {
  @TempDir Path tmp;

  static int lastLineStart(byte[] bytes) {
    int i = bytes.length - 2;
    while (i >= 0 && bytes[i] != '\n') {
      i--;
    }
    return i + 1;
  }

  @Test
  void jsonCutRightAfterACommaIsTheBeginningOfARecord() {
    byte[] b = "{\"v\":1,\"seq\":2,".getBytes(StandardCharsets.US_ASCII);
    assertThat(ParsedRecord.isTruncatedRecord(Arrays.copyOf(b, 7))).isTrue();
    assertThat(ParsedRecord.isTruncatedRecord(b)).isTrue();
    assertThat(ParsedRecord.isTruncatedRecord("{\"v\":1,,".getBytes(StandardCharsets.US_ASCII)))
        .isFalse();
  }

  @Test
  void aRecordCutAfterAnyCommaIsIncompleteThenRecovered() throws Exception {
    Path original = tmp.resolve("original");
    byte[] whole;
    String name;
    try (AuditLog log = AuditTestKeys.log(original).open()) {
      log.append(AuditLogTest.event(1));
      log.append(AuditLogTest.event(2));
      name = log.currentFile().getFileName().toString();
      whole = Files.readAllBytes(log.currentFile());
    }
    int start = lastLineStart(whole);
    int cuts = 0;
    for (int i = start; i < whole.length - 1; i++) {
      if (whole[i] != ',') {
        continue;
      }
      cuts++;
      Path dir = tmp.resolve("cut-" + i);
      Files.createDirectories(dir);
      Path file = dir.resolve(name);
      Files.write(file, Arrays.copyOf(whole, i + 1));
      AuditVerification v = AuditTestKeys.verifier().verify(List.of(file));
      assertThat(v.problems())
          .as("cut after byte %d", i)
          .extracting(AuditProblem::kind)
          .containsExactlyInAnyOrder(Kind.INCOMPLETE_FINAL_RECORD, Kind.NOT_CLOSED);
      try (AuditLog log = AuditTestKeys.log(dir).open()) {
        log.append(AuditLogTest.event(3));
      }
      AuditVerification after = AuditTestKeys.verifier().verify(AuditLogTest.files(dir));
      assertThat(after.problems())
          .as("cut after byte %d, then reopened", i)
          .extracting(AuditProblem::kind)
          .containsExactly(Kind.RECOVERED_TORN_RECORD);
    }
    assertThat(cuts).isGreaterThan(5);
  }

  @Test
  void aCrashBeforeTheFirstRecordOfANewFileIsWholeIsANotice() throws Exception {
    Path original = tmp.resolve("original");
    try (AuditLog log = AuditTestKeys.log(original).open()) {
      log.append(AuditLogTest.event(1));
    }
    byte[] second;
    String secondName;
    try (AuditLog log = AuditTestKeys.log(original).open()) {
      secondName = log.currentFile().getFileName().toString();
      second = Files.readAllBytes(log.currentFile()); // its start record, then the close
    }
    second = Arrays.copyOf(second, AuditCrashShapesTest.firstLineLength(second));
    Path first = AuditLogTest.files(original).get(0);
    for (int k = 0; k < second.length; k++) {
      String at = "new file holding " + k + " of the " + second.length + " bytes of its first line";
      Path dir = tmp.resolve("new-" + k);
      Files.createDirectories(dir);
      Files.copy(first, dir.resolve(first.getFileName()));
      Files.write(dir.resolve(secondName), Arrays.copyOf(second, k));

      AuditVerification v = AuditTestKeys.verifier().verify(AuditLogTest.files(dir));
      assertThat(v.problems())
          .as(at)
          .allSatisfy(p -> assertThat(p.level()).isEqualTo(Level.NOTICE));
      assertThat(v.problems())
          .as(at)
          .extracting(AuditProblem::kind)
          .contains(k == 0 ? Kind.EMPTY_FILE : Kind.INCOMPLETE_FINAL_RECORD);

      if (k > 3 && k % 25 != 0 && k < second.length - 2) {
        continue; // reopening (an fsync and a signature each) for a spread of cuts is enough
      }
      try (AuditLog log = AuditTestKeys.log(dir).open()) {
        log.append(AuditLogTest.event(2));
      }
      AuditVerification after = AuditTestKeys.verifier().verify(AuditLogTest.files(dir));
      assertThat(after.problems())
          .as(at)
          .allSatisfy(p -> assertThat(p.level()).isEqualTo(Level.NOTICE));
      assertThat(after.problems())
          .as(at)
          .extracting(AuditProblem::kind)
          .containsExactly(k == 0 ? Kind.EMPTY_FILE : Kind.RECOVERED_TORN_RECORD);
    }
  }

  static int firstLineLength(byte[] bytes) {
    int i = 0;
    while (bytes[i] != '\n') {
      i++;
    }
    return i + 1;
  }
}
