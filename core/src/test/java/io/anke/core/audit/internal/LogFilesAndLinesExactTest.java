package io.anke.core.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ends of log files and the lines of a stream, to the byte. */
class LogFilesAndLinesExactTest {
  @TempDir Path dir;

  private Path file(String content) throws IOException {
    return Files.write(dir.resolve("f.jsonl"), content.getBytes(StandardCharsets.US_ASCII));
  }

  private static String text(byte[] b) {
    return b == null ? null : new String(b, StandardCharsets.US_ASCII);
  }

  /**
   * A file named like a log file but for a day no calendar has is not one of the log's files: it is
   * passed over like any other stray file, not thrown on, so it cannot stop the log opening.
   */
  @Test
  void aNameWithAnImpossibleDayIsNotALogFile() throws IOException {
    Files.writeString(dir.resolve("audit-000001-2026-12-01.jsonl"), "");
    Files.writeString(dir.resolve("audit-000002-2026-13-45.jsonl"), "");
    Files.writeString(dir.resolve("audit-000003-2026-02-30.jsonl"), "");
    Files.writeString(dir.resolve("audit-000004-2026-12-02.jsonl"), "");
    assertThat(LogFiles.list(dir))
        .extracting(f -> f.path().getFileName().toString())
        .containsExactly("audit-000001-2026-12-01.jsonl", "audit-000004-2026-12-02.jsonl");
  }

  @Test
  void theTailOfASmallFileIsItsLastLineAndTheBytesAfterIt() throws IOException {
    LogFiles.Tail t = LogFiles.tail(file("one\ntwo\nthr"));
    assertThat(text(t.lastLine())).isEqualTo("two");
    assertThat(t.tornBytes()).isEqualTo(3);

    LogFiles.Tail only = LogFiles.tail(file("one\n"));
    assertThat(text(only.lastLine())).isEqualTo("one");
    assertThat(only.tornBytes()).isZero();

    // the only line feed is the first byte: an empty last line, then the torn bytes
    LogFiles.Tail first = LogFiles.tail(file("\nabc"));
    assertThat(text(first.lastLine())).isEmpty();
    assertThat(first.tornBytes()).isEqualTo(3);

    LogFiles.Tail none = LogFiles.tail(file("abc"));
    assertThat(none.lastLine()).isNull();
    assertThat(none.tornBytes()).isEqualTo(3);
  }

  @Test
  void theTailOfALargeFileIsReadFromItsEnd() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; sb.length() < 3 * (RecordFormat.MAX_LINE + 1); i++) {
      sb.append("line-").append(i).append('\n');
    }
    int last = sb.lastIndexOf("line-");
    String lastLine = sb.substring(last, sb.length() - 1);
    sb.append("torn-part");
    LogFiles.Tail t = LogFiles.tail(file(sb.toString()));
    assertThat(text(t.lastLine())).isEqualTo(lastLine);
    assertThat(t.tornBytes()).isEqualTo(9);
  }

  @Test
  void aLastLineLongerThanTheWindowIsAnError() throws IOException {
    Path tooLong = file("a".repeat(3 * RecordFormat.MAX_LINE) + "\n");
    assertThatThrownBy(() -> LogFiles.tail(tooLong)).isInstanceOf(IOException.class);
    Path noLineEnd = file("x\n" + "a".repeat(3 * RecordFormat.MAX_LINE));
    assertThatThrownBy(() -> LogFiles.tail(noLineEnd)).isInstanceOf(IOException.class);
  }

  @Test
  void theFirstLineIsTheBytesBeforeTheFirstLineFeed() throws IOException {
    assertThat(text(LogFiles.firstLine(file("first\nsecond\n")))).isEqualTo("first");
    assertThat(text(LogFiles.firstLine(file("\nsecond\n")))).isEmpty();
    assertThat(LogFiles.firstLine(file("no line end"))).isNull();
    assertThat(LogFiles.firstLine(file(""))).isNull();
  }

  private static List<String> lines(String input) throws IOException {
    LineReader r =
        new LineReader(new ByteArrayInputStream(input.getBytes(StandardCharsets.US_ASCII)));
    List<String> out = new ArrayList<>();
    while (r.next()) {
      out.add(
          r.number()
              + ":"
              + new String(r.line(), 0, r.length(), StandardCharsets.US_ASCII)
              + (r.terminated() ? "" : "|unterminated"));
    }
    assertThat(r.bytesRead()).isEqualTo(input.length());
    return out;
  }

  @Test
  void emptyLinesAndAnUnterminatedLastLineAreLines() throws IOException {
    assertThat(lines("\n\nab\n\ncd"))
        .containsExactly("1:", "2:", "3:ab", "4:", "5:cd|unterminated");
    assertThat(lines("")).isEmpty();
    assertThat(lines("\n")).containsExactly("1:");
  }

  @Test
  void aLineLongerThanAnyRecordIsReportedAndSkipped() throws IOException {
    String input = "a".repeat(RecordFormat.MAX_LINE + 1) + "\n" + "b".repeat(3000) + "\nc\n";
    LineReader r =
        new LineReader(new ByteArrayInputStream(input.getBytes(StandardCharsets.US_ASCII)));
    assertThat(r.next()).isTrue();
    assertThat(r.tooLong()).isTrue();
    assertThat(r.number()).isEqualTo(1);
    assertThat(r.next()).isTrue();
    assertThat(r.tooLong()).isFalse();
    assertThat(new String(r.line(), 0, r.length(), StandardCharsets.US_ASCII))
        .isEqualTo("b".repeat(3000));
    assertThat(r.next()).isTrue();
    assertThat(r.length()).isEqualTo(1);
    assertThat(r.next()).isFalse();

    String longest = "m".repeat(RecordFormat.MAX_LINE);
    LineReader exact =
        new LineReader(
            new ByteArrayInputStream((longest + "\n").getBytes(StandardCharsets.US_ASCII)));
    assertThat(exact.next()).isTrue();
    assertThat(exact.tooLong()).isFalse();
    assertThat(exact.length()).isEqualTo(RecordFormat.MAX_LINE);
  }
}
