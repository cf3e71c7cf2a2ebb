package io.anke.core.audit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.core.audit.AuditProblem.Kind;
import io.anke.core.audit.internal.RecordFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The size of one audit record ({@link RecordFormat#MAX_LINE} bytes, LF not counted) at its
 * boundary, on both sides: the writer refuses a record that would be longer, and the verifier
 * reports a longer line as malformed without holding more than the limit of it.
 */
class AuditLimitsTest {
  // A fixed clock: every record's time field has the same length, so lengths can be computed.
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-03T01:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private static AuditEvent withReason(String reason) {
    return AuditEvent.builder("data.access").user("u").reason(reason).build();
  }

  /** The bytes of the record with sequence {@code seq}, without its LF. */
  private static byte[] record(Path file, long seq) throws IOException {
    String marker = "\"seq\":" + seq + ",";
    for (String line : Files.readAllLines(file, UTF_8)) {
      if (line.contains(marker)) {
        return line.getBytes(UTF_8);
      }
    }
    throw new AssertionError("no record " + seq + " in " + file);
  }

  @Test
  void aRecordOfExactlyTheLimitIsWrittenAndVerifiedAndOneByteMoreIsRefused() throws IOException {
    try (AuditLog log = AuditTestKeys.log(dir).clock(CLOCK).open()) {
      AuditReceipt probe = log.append(withReason("p"));
      probe.awaitAcknowledged();
      int probeLength = record(log.currentFile(), probe.sequence()).length;
      // One reason character is one byte: this reason makes the record exactly MAX_LINE long.
      int fill = RecordFormat.MAX_LINE - probeLength + 1;
      AuditReceipt exact = log.append(withReason("r".repeat(fill)));
      exact.awaitAcknowledged();
      assertThat(record(log.currentFile(), exact.sequence())).hasSize(RecordFormat.MAX_LINE);

      assertThatThrownBy(() -> log.append(withReason("r".repeat(fill + 1))))
          .isInstanceOf(AuditException.class)
          .satisfies(
              e -> {
                AuditException a = (AuditException) e;
                assertThat(a.messageIn(Locale.ENGLISH))
                    .isEqualTo(
                        "an audit record of type data.access would be longer than 65536 bytes;"
                            + " shorten its reasons or attributes");
                assertThat(a.messageIn(Locale.SIMPLIFIED_CHINESE))
                    .isEqualTo("类型为 data.access 的审计记录将超过 65536 字节，请缩短其原因或属性");
              });
      // Refusing one record does not fail the log.
      log.append(withReason("after")).awaitAcknowledged();
    }
    AuditVerification v = AuditTestKeys.verifier().verify(AuditLogTest.files(dir));
    assertThat(AuditLogTest.tampering(v)).isEmpty();
    assertThat(v.intact()).isTrue();
  }

  @Test
  void theVerifierReportsALineLongerThanTheLimitAsMalformedAndALineAtTheLimitForWhatItIs()
      throws IOException {
    try (AuditLog log = AuditTestKeys.log(dir).clock(CLOCK).open()) {
      log.append(withReason("one")).awaitAcknowledged();
      log.append(withReason("two")).awaitAcknowledged();
    }
    Path file = AuditLogTest.files(dir).get(0);
    List<String> lines = new ArrayList<>(Files.readAllLines(file, UTF_8));
    char[] junk = new char[RecordFormat.MAX_LINE];
    Arrays.fill(junk, 'x');
    // Line 2 exactly at the limit, line 4 one byte over it.
    lines.add(1, new String(junk));
    lines.add(3, new String(junk) + "x");
    Files.write(file, (String.join("\n", lines) + "\n").getBytes(UTF_8));

    AuditVerification v = AuditTestKeys.verifier().verify(List.of(file));
    assertThat(v.tampered()).isTrue();
    AuditProblem over = v.problems().stream().filter(p -> p.line() == 4).findFirst().orElseThrow();
    assertThat(over.kind()).isEqualTo(Kind.MALFORMED);
    assertThat(over.message().en()).contains("line longer than any audit record");
    AuditProblem atLimit =
        v.problems().stream().filter(p -> p.line() == 2).findFirst().orElseThrow();
    assertThat(atLimit.kind()).isEqualTo(Kind.MALFORMED);
    assertThat(atLimit.message().en()).doesNotContain("longer than any audit record");
  }
}
