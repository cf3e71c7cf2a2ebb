package io.anke.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.audit.AuditProblem.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write cut short by a crash, at every byte offset of the last record: the verifier reports an
 * incomplete final record (never tampering), and the next writer accounts for the torn bytes.
 */
class AuditTornWriteTest {
  @TempDir Path tmp;

  @Test
  void aLastRecordCutAtEveryByteIsIncompleteThenRecoveredNeverTampering() throws Exception {
    Path original = tmp.resolve("original");
    String fileName;
    byte[] whole;
    long lastSeq;
    try (AuditLog log = AuditTestKeys.log(original).open()) {
      log.append(AuditLogTest.event(1));
      log.append(AuditLogTest.event(2));
      // The last record has multi-byte characters, so some cuts split a UTF-8 sequence.
      lastSeq = log.append(AuditLogTest.event(3)).sequence();
      fileName = log.currentFile().getFileName().toString();
      // What a crash right after this acknowledged append leaves: the file as it stands now.
      whole = Files.readAllBytes(log.currentFile());
    }
    int lastStart = lastLineStart(whole);
    int lastLength = whole.length - lastStart;
    long lastLineNo = lineCount(whole);
    assertThat(new String(whole, lastStart, lastLength, StandardCharsets.UTF_8))
        .contains("\"seq\":" + lastSeq + ",")
        .contains("山东 ✓");

    AuditVerifier verifier = AuditTestKeys.verifier();
    // Cut after k bytes of the last line, from 1 byte up to all but its line feed.
    for (int k = 1; k < lastLength; k++) {
      String at = "cut after " + k + " of " + lastLength + " bytes of the last record";
      Path dir = tmp.resolve("cut-" + k);
      Files.createDirectories(dir);
      Path file = dir.resolve(fileName);
      Files.write(file, Arrays.copyOf(whole, lastStart + k));

      AuditVerification v = verifier.verify(List.of(file));
      assertIncomplete(v, at, k, lastLineNo, lastSeq);

      try (AuditLog log = AuditTestKeys.log(dir).open()) {
        log.append(AuditLogTest.event(4));
      }
      LogContents after = LogContents.read(dir);
      assertThat(after.files).as(at).hasSize(2);
      LogContents.Line start = after.fileStarts().get(1);
      // The torn record's sequence number is taken again by the record that accounts for it.
      assertThat(start.seq()).as(at).isEqualTo(lastSeq);
      assertThat(start.json().at("/attrs/tornFile").asText()).as(at).isEqualTo(fileName);
      assertThat(start.json().at("/attrs/tornBytes").asText()).as(at).isEqualTo("" + k);
      assertThat(start.json().at("/attrs/previousEnd").asText()).as(at).isEqualTo("interrupted");
      assertThat(after.lines)
          .as(at)
          .extracting(LogContents.Line::seq)
          .containsExactly(
              LongStream.rangeClosed(1, after.lines.size()).boxed().toArray(Long[]::new));

      AuditVerification recovered = verifier.verify(after.files);
      assertThat(recovered.problems())
          .as(at)
          .extracting(AuditProblem::kind)
          .containsExactly(Kind.RECOVERED_TORN_RECORD);
      assertThat(recovered.problems().get(0).file()).as(at).isEqualTo(file.toString());
      assertThat(recovered.problems().get(0).line()).as(at).isEqualTo(lastLineNo);
      assertThat(recovered.chains())
          .as(at)
          .singleElement()
          .satisfies(c -> assertThat(c.closed()).isTrue());
      deleteTree(dir);
    }
  }

  private static void assertIncomplete(
      AuditVerification v, String at, int k, long lastLineNo, long lastSeq) {
    assertThat(v.problems())
        .as(at)
        .extracting(AuditProblem::kind)
        .containsExactlyInAnyOrder(Kind.INCOMPLETE_FINAL_RECORD, Kind.NOT_CLOSED);
    assertThat(v.tampered()).as(at).isFalse();
    AuditProblem incomplete = find(v, Kind.INCOMPLETE_FINAL_RECORD);
    assertThat(incomplete.line()).as(at).isEqualTo(lastLineNo);
    assertThat(incomplete.sequence()).as(at).isEqualTo(lastSeq);
    assertThat(incomplete.message().en()).as(at).contains("(" + k + " bytes)");
    assertThat(v.chains().get(0).lastSequence()).as(at).isEqualTo(lastSeq - 1);
  }

  private static AuditProblem find(AuditVerification v, Kind kind) {
    return v.problems().stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
  }

  /** Where the last line of {@code bytes} (which end with a line feed) begins. */
  static int lastLineStart(byte[] bytes) {
    int from = bytes.length - 1;
    while (from > 0 && bytes[from - 1] != '\n') {
      from--;
    }
    return from;
  }

  private static long lineCount(byte[] bytes) {
    long n = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        n++;
      }
    }
    return n;
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
