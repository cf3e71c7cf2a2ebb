package io.anke.samples.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.audit.AuditLog;
import io.anke.core.audit.AuditProblem;
import io.anke.core.audit.AuditProblem.Kind;
import io.anke.core.audit.AuditProblem.Level;
import io.anke.core.audit.AuditVerification;
import io.anke.core.audit.AuditVerifier;
import io.anke.core.policy.AccessDeniedException;
import io.anke.core.policy.Subject;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.sm2.Sm2KeyPair;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data-access application of {@link DataSharingTest} with its real audit trail: the run leaves
 * a log that verifies, and that fails to verify after any single-byte change, any deleted line and
 * any swapped pair of lines, each named by its line and sequence number.
 */
class AuditedDataSharingTest {
  @TempDir static Path dir;
  static Path logFile;
  static byte[] log;
  static List<Integer> starts;
  static KeysetHandle auditKeys;
  static Sm2KeyPair checkpointKeys;

  @BeforeAll
  static void runTheApplication() throws Exception {
    // The audit trail's keys: an hmac-sm3 keyset for the records, an SM2 key for checkpoints.
    auditKeys = KeysetHandle.generateNew(KeyType.HMAC_SM3);
    checkpointKeys = Sm2KeyPair.generate();
    Path auditDir = dir.resolve("audit");
    try (Connection db = DriverManager.getConnection("jdbc:h2:mem:audited;DB_CLOSE_DELAY=-1");
        ValidatorFactory validation = Validation.buildDefaultValidatorFactory();
        AuditLog audit =
            AuditLog.builder(auditDir)
                .macKeys(auditKeys)
                .checkpointKey(Sm2KeyHandle.of(checkpointKeys.privateKey()))
                .checkpointEvery(4)
                .open()) {
      ResidentRecords records = AuditTrailExample.residentRecords(db, validation, audit);

      Subject caseworker = DataSharingTest.caseworker().build();
      for (int i = 0; i < 3; i++) {
        assertThat(records.read(caseworker, DataSharingTest.ID)).isPresent();
      }
      Subject hr = DataSharingTest.caseworker().department("human-resources").build();
      assertThatThrownBy(() -> records.read(hr, DataSharingTest.ID))
          .isInstanceOf(AccessDeniedException.class);
      Subject marketing = DataSharingTest.caseworker().purpose("marketing").build();
      assertThatThrownBy(() -> records.read(marketing, DataSharingTest.ID))
          .isInstanceOf(AccessDeniedException.class);
    }
    try (var files = Files.list(auditDir)) {
      logFile = files.filter(p -> p.toString().endsWith(".jsonl")).findFirst().orElseThrow();
    }
    log = Files.readAllBytes(logFile);
    starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < log.length - 1; i++) {
      if (log[i] == '\n') {
        starts.add(i + 1);
      }
    }
  }

  /** Verifies like a reviewer after the application has stopped: keys, public key, closed. */
  static AuditVerification verify(byte[] content) throws Exception {
    Path copy = dir.resolve("copy.jsonl");
    Files.write(copy, content);
    return AuditVerifier.builder()
        .macKeys(auditKeys)
        .checkpointKeys(List.of(checkpointKeys.publicKey()))
        .requireClosed(true)
        .build()
        .verify(List.of(copy));
  }

  static int lineOf(int offset) {
    int line = 1;
    while (line < starts.size() && starts.get(line) <= offset) {
      line++;
    }
    return line;
  }

  static AuditProblem firstTampering(AuditVerification v) {
    return v.problems().stream()
        .filter(p -> p.level() == Level.TAMPERING)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no tampering found: " + v.problems()));
  }

  @Test
  void theRunLeavesALogThatVerifies() throws Exception {
    AuditVerification v = verify(log);
    assertThat(v.problems()).isEmpty();
    AuditVerification.Chain chain = v.chains().get(0);
    assertThat(chain.closed()).isTrue();
    // start, 5 accesses, a checkpoint after the fourth, the close
    assertThat(chain.records()).isEqualTo(starts.size()).isEqualTo(8);
    String text = Files.readString(logFile);
    assertThat(text)
        .contains("\"type\":\"data.access\"")
        .contains("\"decision\":\"allow-masked\"")
        .contains("\"decision\":\"deny\"")
        .contains("\"department\":\"human-resources\"")
        .contains("\"agreements\":\"GA-MZ-2026-017\"")
        // what was decided, never what was read
        .doesNotContain(DataSharingTest.ID)
        .doesNotContain("张三");
  }

  @Test
  void anySingleByteChangeIsFoundAtItsLine() throws Exception {
    for (int p = 0; p < log.length; p++) {
      byte[] changed = log.clone();
      changed[p] = (byte) (changed[p] + 1);
      AuditProblem first = firstTampering(verify(changed));
      assertThat(first.line()).as("byte %d", p).isEqualTo(lineOf(p));
      assertThat(first.file()).isEqualTo(dir.resolve("copy.jsonl").toString());
    }
  }

  @Test
  void anyDeletedLineIsNamedWithTheMissingSequenceNumber() throws Exception {
    for (int line = 2; line <= starts.size(); line++) {
      byte[] without = cut(line);
      AuditProblem first = firstTampering(verify(without));
      if (line == starts.size()) {
        assertThat(first.kind()).isEqualTo(Kind.NOT_CLOSED);
        assertThat(first.sequence()).isEqualTo(line - 1);
      } else {
        assertThat(first.kind()).as("line %d", line).isEqualTo(Kind.MISSING);
        assertThat(first.line()).as("line %d", line).isEqualTo(line);
        assertThat(first.message().en()).contains("record(s) " + line + " missing");
      }
    }
    assertThat(firstTampering(verify(cut(1))).kind()).isEqualTo(Kind.MISSING_BEGINNING);
  }

  @Test
  void anySwappedPairOfLinesIsNamed() throws Exception {
    for (int line = 1; line < starts.size(); line++) {
      AuditVerification v = verify(swap(line));
      List<AuditProblem> t =
          v.problems().stream().filter(p -> p.level() == Level.TAMPERING).toList();
      assertThat(t).as("lines %d and %d", line, line + 1).hasSize(1);
      assertThat(t.get(0).kind()).isEqualTo(Kind.REORDERED);
      assertThat(t.get(0).line()).isEqualTo(line + 1);
      assertThat(t.get(0).sequence()).isEqualTo(line);
    }
  }

  private static byte[] cut(int line) {
    int from = starts.get(line - 1);
    int to = line < starts.size() ? starts.get(line) : log.length;
    byte[] out = new byte[log.length - (to - from)];
    System.arraycopy(log, 0, out, 0, from);
    System.arraycopy(log, to, out, from, log.length - to);
    return out;
  }

  private static byte[] swap(int line) {
    int a = starts.get(line - 1);
    int b = starts.get(line);
    int c = line + 1 < starts.size() ? starts.get(line + 1) : log.length;
    byte[] out = log.clone();
    System.arraycopy(log, b, out, a, c - b);
    System.arraycopy(log, a, out, a + (c - b), b - a);
    return out;
  }
}
