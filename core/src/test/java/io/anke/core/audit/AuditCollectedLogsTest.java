package io.anke.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.audit.AuditProblem.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records a platform's log pipeline collected through SLF4J: each behind the logger's prefix, among
 * other lines, sometimes with a carriage return or blanks after it. Read with {@code
 * collectedLogs(true)}, such a file verifies as the log it came from, and a change is still found
 * at its line.
 */
class AuditCollectedLogsTest {
  @TempDir Path dir;

  private List<String> collected() throws IOException {
    try (AuditLog log = AuditTestKeys.log(dir.resolve("log")).checkpointEvery(4).open()) {
      for (int i = 0; i < 6; i++) {
        log.append(AuditLogTest.event(i));
      }
    }
    List<String> out = new ArrayList<>();
    out.add("2026-12-02 08:00:00.000 [main] INFO  org.example.App - started");
    int n = 0;
    for (String record :
        Files.readAllLines(AuditLogTest.files(dir.resolve("log")).get(0), StandardCharsets.UTF_8)) {
      String end = n % 3 == 0 ? "\r" : n % 3 == 1 ? "  " : "";
      out.add("2026-12-02 08:00:01.000 [http-" + n + "] INFO  io.anke.audit - " + record + end);
      out.add("2026-12-02 08:00:01.500 [http-" + n + "] DEBUG org.example.Dao - select 1");
      n++;
    }
    return out;
  }

  private AuditVerification verify(List<String> lines, boolean collectedLogs) throws IOException {
    Path file = dir.resolve("platform.log");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return AuditVerifier.builder()
        .macKeys(AuditTestKeys.MAC)
        .checkpointKeys(List.of(AuditTestKeys.SIGNER.publicKey()))
        .requireClosed(true)
        .collectedLogs(collectedLogs)
        .build()
        .verify(List.of(file));
  }

  @Test
  void collectedRecordsVerifyAsTheLogTheyCameFrom() throws IOException {
    List<String> lines = collected();
    AuditVerification v = verify(lines, true);
    assertThat(v.problems()).isEmpty();
    assertThat(v.records())
        .isEqualTo(lines.stream().filter(l -> l.contains("io.anke.audit - ")).count());
    // Read as a plain log, the same file holds no record at all.
    AuditVerification plain = verify(lines, false);
    assertThat(plain.intact()).isFalse();
    assertThat(plain.unreadable()).isTrue();
  }

  @Test
  void aChangeInsideACollectedRecordIsFoundAtItsLine() throws IOException {
    List<String> lines = collected();
    int line = 6; // the third record's line: start, noise, event 0, noise, event 1, noise
    String changed = lines.get(line - 1).replace("\"u-1\"", "\"u-9\"");
    assertThat(changed).isNotEqualTo(lines.get(line - 1));
    lines.set(line - 1, changed);
    AuditVerification v = verify(lines, true);
    assertThat(v.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.MAC_MISMATCH);
              assertThat(p.line()).isEqualTo(line);
            });
  }
}
