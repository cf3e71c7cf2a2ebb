package io.anke.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.audit.AuditProblem.Kind;
import io.anke.core.audit.internal.RecordFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of change gets exactly its report: which problems, at which line and sequence number,
 * in which wording — not only a verdict of tampering. This holds the verifier's bookkeeping of
 * records that are missing, moved back, repeated, damaged or forged, of files given out of order,
 * and of the progress a caller is shown.
 */
class AuditVerifierReportsTest {
  @TempDir static Path dir;

  /** The lines of a closed one-file log, each with its LF; line i holds sequence number i. */
  static List<byte[]> lines;

  static final AuditVerifier KEYED = AuditTestKeys.verifier();
  static final AuditVerifier UNKEYED = AuditVerifier.builder().build();

  @BeforeAll
  static void writeLog() throws IOException {
    try (AuditLog log = AuditTestKeys.log(dir.resolve("log")).checkpointEvery(5).open()) {
      for (int i = 0; i < 12; i++) {
        log.append(AuditLogTest.event(i));
      }
    }
    lines = split(Files.readAllBytes(AuditLogTest.files(dir.resolve("log")).get(0)));
    for (int i = 1; i <= lines.size(); i++) {
      assertThat(text(i)).as("line %d", i).contains("\"seq\":" + i + ",");
    }
    assertThat(text(lines.size())).contains(SystemTypes.CLOSE);
  }

  static List<byte[]> split(byte[] content) {
    List<byte[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < content.length; i++) {
      if (content[i] == '\n') {
        out.add(Arrays.copyOfRange(content, start, i + 1));
        start = i + 1;
      }
    }
    assertThat(start).isEqualTo(content.length);
    return out;
  }

  static String text(int line) {
    return new String(lines.get(line - 1), StandardCharsets.UTF_8);
  }

  /** The log's lines in the order given (1-based line numbers of the original). */
  static byte[] join(List<byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    parts.forEach(out::writeBytes);
    return out.toByteArray();
  }

  static List<byte[]> inOrder(int... order) {
    List<byte[]> out = new ArrayList<>();
    for (int i : order) {
      out.add(lines.get(i - 1));
    }
    return out;
  }

  /** Every line from {@code from} to {@code to}, inclusive. */
  static int[] range(int from, int to) {
    return IntStream.rangeClosed(from, to).toArray();
  }

  static int[] concat(int[]... parts) {
    return Arrays.stream(parts).flatMapToInt(Arrays::stream).toArray();
  }

  static Path write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return file;
  }

  /** The problems as KIND@line#seq, in the order reported. */
  static List<String> report(AuditVerification v) {
    return v.problems().stream().map(p -> p.kind() + "@" + p.line() + "#" + p.sequence()).toList();
  }

  static AuditVerification verify(AuditVerifier verifier, List<byte[]> parts) throws IOException {
    return verifier.verify(List.of(write("copy.jsonl", join(parts))));
  }

  static String at(int line) {
    return dir.resolve("copy.jsonl") + ":" + line;
  }

  @Test
  void twoRecordsMovedFurtherDownAreTwoMovesAndNothingMissing() throws IOException {
    int n = lines.size();
    AuditVerification v =
        verify(KEYED, inOrder(concat(range(1, 3), range(6, 7), range(4, 5), range(8, n))));
    assertThat(report(v)).containsExactly("REORDERED@6#4", "REORDERED@7#5");
    assertThat(v.problems().get(0).message().en())
        .isEqualTo(
            "seq 4 is out of order: it belongs before "
                + at(4)
                + ", but comes after seq 7: records were moved");
  }

  @Test
  void aGapFilledOutOfOrderLeavesNoGapBehindSoALaterRepeatIsARepeat() throws IOException {
    int n = lines.size();
    // 7 first (4..6 missing so far), then 6, 4, 5 fill the gap from both ends; 6 comes again later.
    AuditVerification v =
        verify(KEYED, inOrder(concat(range(1, 3), new int[] {7, 6, 4, 5, 8, 9, 6}, range(10, n))));
    assertThat(report(v))
        .containsExactly("REORDERED@5#6", "REORDERED@6#4", "REORDERED@7#5", "DUPLICATE@10#6");
    assertThat(v.problems().get(3).message().en())
        .isEqualTo(
            "seq 6 comes again after seq 9 (" + at(9) + "): a record was repeated or inserted");
  }

  @Test
  void aBeginningMovedDownIsMovedNotMissing() throws IOException {
    int n = lines.size();
    AuditVerification v = verify(KEYED, inOrder(concat(new int[] {3, 4, 1, 2}, range(5, n))));
    assertThat(report(v)).containsExactly("REORDERED@3#1", "REORDERED@4#2");
    assertThat(v.problems().get(0).message().en()).contains("it belongs before " + at(1) + ",");
  }

  @Test
  void aRemovedBeginningSaysHowManyRecordsAreMissing() throws IOException {
    AuditVerification v = verify(KEYED, inOrder(range(4, lines.size())));
    assertThat(report(v)).containsExactly("MISSING_BEGINNING@1#4");
    assertThat(v.problems().get(0).message().en())
        .startsWith(
            "the log begins at seq 4, not at its first record: records up to 3 are missing");
  }

  @Test
  void aDamagedLineIsOneReportAndTheChainGoesOnAfterIt() throws IOException {
    List<byte[]> parts = inOrder(range(1, lines.size()));
    parts.set(4, "{\"not\":\"an audit record\"}\n".getBytes(StandardCharsets.UTF_8));
    assertThat(report(verify(KEYED, parts))).containsExactly("MALFORMED@5#0");
  }

  @Test
  void aForgedSequenceNumberIsOneMacMismatchAndTheRecordsAfterItFollowOn() throws IOException {
    List<byte[]> parts = inOrder(range(1, lines.size()));
    parts.set(5, text(6).replace("\"seq\":6,", "\"seq\":9,").getBytes(StandardCharsets.UTF_8));
    assertThat(report(verify(KEYED, parts))).containsExactly("MAC_MISMATCH@6#9");
  }

  @Test
  void aBrokenLinkNamesTheRecordBeforeItInTheSameFileOrInTheFileBefore() throws IOException {
    List<byte[]> parts = inOrder(range(1, lines.size()));
    parts.set(4, changedPrev(lines.get(4)));
    AuditVerification v = verify(UNKEYED, parts);
    // The changed record breaks two links: its own, and (its hash being another) the next one's.
    assertThat(AuditLogTest.tampering(v))
        .extracting(p -> p.kind() + "@" + p.line() + "#" + p.sequence())
        .containsExactly("CHAIN_BROKEN@5#5", "CHAIN_BROKEN@6#6");
    assertThat(AuditLogTest.tampering(v))
        .first()
        .satisfies(
            p ->
                assertThat(p.message().en())
                    .isEqualTo(
                        "seq 5 does not follow the record before it ("
                            + at(4)
                            + ", seq 4): that record was changed, or records were put between"
                            + " them"));

    Path first = write("first.jsonl", join(inOrder(range(1, 4))));
    List<byte[]> rest = inOrder(range(5, lines.size()));
    rest.set(0, changedPrev(rest.get(0)));
    Path second = write("second.jsonl", join(rest));
    AuditVerification split = UNKEYED.verify(List.of(first, second));
    assertThat(AuditLogTest.tampering(split))
        .extracting(p -> p.file() + ":" + p.line())
        .containsExactly(second + ":1", second + ":2");
    assertThat(AuditLogTest.tampering(split))
        .first()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.CHAIN_BROKEN);
              assertThat(p.file()).isEqualTo(second.toString());
              assertThat(p.message().en())
                  .isEqualTo(
                      "seq 5 does not follow the last record of the file before it ("
                          + first
                          + ":4, seq 4): a file was changed or replaced");
            });
    assertThat(split.files()).isEqualTo(2);
  }

  /** The line with the first hex digit of its {@code prev} field changed. */
  static byte[] changedPrev(byte[] line) {
    String s = new String(line, StandardCharsets.UTF_8);
    int at = s.indexOf("\"prev\":\"") + "\"prev\":\"".length();
    assertThat(at).isGreaterThan("\"prev\":\"".length());
    char c = s.charAt(at);
    return (s.substring(0, at) + (c == '0' ? '1' : '0') + s.substring(at + 1))
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void anOpenLogSaysWhatOnlyItsMacsProtect() throws IOException {
    List<Integer> checkpoints = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (text(i).contains(SystemTypes.CHECKPOINT)) {
        checkpoints.add(i);
      }
    }
    assertThat(checkpoints).hasSizeGreaterThanOrEqualTo(2);
    int last = checkpoints.get(checkpoints.size() - 1);
    int end = lines.size() - 1; // the closing checkpoint cut off
    assertThat(end).isGreaterThan(last + 1);

    AuditVerification afterRecords = verify(KEYED, inOrder(range(1, end)));
    assertThat(report(afterRecords)).containsExactly("NOT_CLOSED@" + end + "#" + end);
    assertThat(afterRecords.problems().get(0).message().en())
        .contains(
            "the "
                + (end - last)
                + " record(s) after the last checkpoint (seq "
                + last
                + ", "
                + at(last)
                + ") are protected by their MACs only");

    AuditVerification atCheckpoint = verify(KEYED, inOrder(range(1, last)));
    assertThat(atCheckpoint.problems().get(0).message().en())
        .startsWith(
            "the log ends with a checkpoint (seq " + last + ") but not with its closing one");

    int first = checkpoints.get(0);
    AuditVerification none = verify(KEYED, inOrder(range(1, first - 1)));
    assertThat(none.problems().get(0).message().en())
        .startsWith(
            "the log does not end with its closing checkpoint and holds no checkpoint: its "
                + (first - 1)
                + " record(s)");
  }

  @Test
  void bytesAfterTheLastLineThatBeginNoRecordAreNamedAfterTheChainTheyFollow() throws IOException {
    List<byte[]> parts = inOrder(range(1, lines.size()));
    parts.add("garbage".getBytes(StandardCharsets.US_ASCII));
    AuditVerification v = verify(KEYED, parts);
    int next = lines.size() + 1;
    assertThat(report(v)).containsExactly("UNEXPLAINED_BYTES@" + next + "#" + next);
    assertThat(v.problems().get(0).log()).isEqualTo(v.chains().get(0).log());
  }

  @Test
  void aFileWithoutOneRecordIsOneProblemNotOnePerLine() throws IOException {
    byte[] notALog = "first\nsecond\n{\"v\":1,\"x\":2}\n".getBytes(StandardCharsets.US_ASCII);
    AuditVerification v = KEYED.verify(List.of(write("notes.txt", notALog)));
    assertThat(report(v)).containsExactly("UNREADABLE@0#0");
    assertThat(v.problems().get(0).message().en()).startsWith("no audit record in the file");
    assertThat(v.files()).isEqualTo(1);
  }

  @Test
  void collectedLinesMayStartWithTheRecordEndWithACutOneOrBeOverlongNoise() throws IOException {
    List<byte[]> parts = new ArrayList<>();
    for (int i = 1; i <= lines.size(); i++) {
      // half the records without a logger prefix, as a pipeline that strips it writes them
      byte[] prefix = (i % 2 == 0 ? "" : "INFO io.anke.audit - ").getBytes(StandardCharsets.UTF_8);
      parts.add(concat(prefix, lines.get(i - 1)));
      if (i == 3) {
        // a stack trace line longer than any record, among the noise
        parts.add(
            ("WARN " + "x".repeat(RecordFormat.MAX_LINE + 10) + "\n")
                .getBytes(StandardCharsets.US_ASCII));
      }
    }
    AuditVerifier collected =
        AuditVerifier.builder()
            .macKeys(AuditTestKeys.MAC)
            .checkpointKeys(List.of(AuditTestKeys.SIGNER.publicKey()))
            .collectedLogs(true)
            .build();
    assertThat(collected.verify(List.of(write("collected.log", join(parts)))).problems()).isEmpty();

    // A line whose record was cut right after its opening: still a damaged record, not noise.
    parts.add(
        6,
        ("INFO io.anke.audit - " + RecordFormat.PREFIX + "\n").getBytes(StandardCharsets.US_ASCII));
    AuditVerification cut = collected.verify(List.of(write("collected.log", join(parts))));
    assertThat(report(cut)).containsExactly("MALFORMED@7#0");
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void progressEndsAtEveryByteOfEveryFileAndEveryRecord() throws IOException {
    Path first = write("first.jsonl", join(inOrder(range(1, 4))));
    Path second = write("second.jsonl", join(inOrder(range(5, lines.size()))));
    long total = Files.size(first) + Files.size(second);
    List<long[]> updates = new ArrayList<>();
    AuditVerification v =
        AuditVerifier.builder()
            .macKeys(AuditTestKeys.MAC)
            .progress((done, all, records) -> updates.add(new long[] {done, all, records}))
            .build()
            .verify(List.of(first, second));
    assertThat(v.records()).isEqualTo(lines.size());
    assertThat(updates).isNotEmpty();
    assertThat(updates.get(updates.size() - 1)).containsExactly(total, total, lines.size());
  }
}
