package io.anke.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.audit.AuditProblem.Kind;
import io.anke.core.audit.AuditProblem.Level;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every single-byte change, every deleted line and every swapped pair of lines of a real log is
 * found, and the report names the line it happened at — with the keys, and (for what the chain and
 * checkpoints cover) without the MAC key.
 */
class AuditTamperTest {
  @TempDir static Path dir;
  static Path file;
  static byte[] original;
  static List<Integer> lineStarts;
  static final AuditVerifier OPEN = verifier(false);
  static final AuditVerifier CLOSED = verifier(true);

  static AuditVerifier verifier(boolean closed) {
    return AuditVerifier.builder()
        .macKeys(AuditTestKeys.MAC)
        .checkpointKeys(List.of(AuditTestKeys.SIGNER.publicKey()))
        .requireClosed(closed)
        .build();
  }

  @BeforeAll
  static void writeLog() throws IOException {
    try (AuditLog log = AuditTestKeys.log(dir.resolve("log")).checkpointEvery(5).open()) {
      for (int i = 0; i < 9; i++) {
        log.append(AuditLogTest.event(i));
      }
    }
    file = AuditLogTest.files(dir.resolve("log")).get(0);
    original = Files.readAllBytes(file);
    lineStarts = new ArrayList<>();
    lineStarts.add(0);
    for (int i = 0; i < original.length - 1; i++) {
      if (original[i] == '\n') {
        lineStarts.add(i + 1);
      }
    }
  }

  static int lineOf(int offset) {
    int line = 0;
    while (line + 1 < lineStarts.size() && lineStarts.get(line + 1) <= offset) {
      line++;
    }
    return line + 1;
  }

  static AuditVerification verify(byte[] content) throws IOException {
    return verify(content, false);
  }

  /** Verifies {@code content} as a log whose writer has stopped when {@code closed}. */
  static AuditVerification verify(byte[] content, boolean closed) throws IOException {
    Path copy = dir.resolve("copy.jsonl");
    Files.write(copy, content);
    return (closed ? CLOSED : OPEN).verify(List.of(copy));
  }

  @Test
  void theUntouchedLogIsIntact() throws IOException {
    AuditVerification v = verify(original);
    assertThat(v.problems()).isEmpty();
    assertThat(lineStarts).hasSize(12); // start, 9 events, 1 checkpoint, close
  }

  @Test
  void everySingleByteChangeIsFoundAtItsLine() throws IOException {
    for (int p = 0; p < original.length; p++) {
      // every byte changed once; letters also in their case (hex must be lowercase)
      boolean letter = Character.isLetter(original[p]);
      for (int delta : letter ? new int[] {0x01, 0x20} : new int[] {0x01}) {
        byte[] changed = original.clone();
        changed[p] = (byte) (changed[p] ^ delta);
        AuditVerification v = verify(changed);
        int line = lineOf(p);
        String where = "byte " + p + " (line " + line + ") ^ " + delta;
        assertThat(v.tampered()).as(where).isTrue();
        assertThat(v.problems())
            .as(where)
            .filteredOn(pr -> pr.level() == Level.TAMPERING)
            .first()
            .satisfies(pr -> assertThat(pr.line()).as(where).isEqualTo(line));
      }
    }
  }

  @Test
  void aChangedFieldIsOneMacMismatchAtItsLineAndNoBrokenLinkAfterIt() throws IOException {
    // "u-4" becomes "u-5" in the fifth event: the record still parses and links, only its MAC
    // proves the change. The record after it links to the original's hash, which the verifier
    // must not report a second time.
    String text = new String(original, StandardCharsets.UTF_8);
    int at = text.indexOf("\"user\":\"u-4\"");
    assertThat(at).isPositive();
    byte[] changed = original.clone();
    int digit = at + "\"user\":\"u-".length();
    changed[digit] = (byte) '5';
    AuditVerification v = verify(changed);
    assertThat(v.problems())
        .singleElement()
        .satisfies(
            pr -> {
              assertThat(pr.kind()).isEqualTo(Kind.MAC_MISMATCH);
              assertThat(pr.line()).isEqualTo(lineOf(digit));
            });
  }

  @Test
  void whatCouldNotBeCheckedIsSaidOnceEachAndOnlyWhereThereWasSomethingToCheck()
      throws IOException {
    Path copy = dir.resolve("copy.jsonl");
    Files.write(copy, original);
    AuditVerification unkeyed = AuditVerifier.builder().build().verify(List.of(copy));
    assertThat(unkeyed.tampered()).isFalse();
    assertThat(unkeyed.problems())
        .allSatisfy(
            pr -> {
              assertThat(pr.kind()).isEqualTo(Kind.UNCHECKED);
              assertThat(pr.level()).isEqualTo(Level.NOTICE);
            })
        .extracting(pr -> pr.message().en())
        .hasSize(2)
        .anySatisfy(m -> assertThat(m).containsIgnoringCase("MAC"))
        .anySatisfy(m -> assertThat(m).containsIgnoringCase("checkpoint"));

    Path empty = dir.resolve("empty.jsonl");
    Files.write(empty, new byte[0]);
    assertThat(AuditVerifier.builder().build().verify(List.of(empty)).problems())
        .noneSatisfy(pr -> assertThat(pr.kind()).isEqualTo(Kind.UNCHECKED));
  }

  @Test
  void everyDeletedLineIsNamed() throws IOException {
    for (int line = 1; line <= lineStarts.size(); line++) {
      byte[] without = withoutLine(line);
      String where = "line " + line + " deleted";
      if (line == lineStarts.size()) {
        // Without the closing checkpoint the log looks like one still being written: a notice,
        // and tampering for a reviewer who knows the writer has stopped.
        AuditVerification open = verify(without);
        assertThat(open.tampered()).as(where).isFalse();
        assertThat(open.problems()).extracting(AuditProblem::kind).containsExactly(Kind.NOT_CLOSED);
      }
      AuditVerification v = verify(without, true);
      assertThat(v.tampered()).as(where).isTrue();
      AuditProblem first =
          v.problems().stream().filter(p -> p.level() == Level.TAMPERING).findFirst().orElseThrow();
      if (line == 1) {
        assertThat(first.kind()).as(where).isEqualTo(Kind.MISSING_BEGINNING);
      } else if (line == lineStarts.size()) {
        // the closing checkpoint: only what the verifier is told about the writer can tell
        assertThat(first.kind()).as(where).isEqualTo(Kind.NOT_CLOSED);
      } else {
        assertThat(first.kind()).as(where).isEqualTo(Kind.MISSING);
        assertThat(first.line()).as(where).isEqualTo(line);
        assertThat(first.sequence()).as(where).isEqualTo(line + 1);
        assertThat(first.message().en()).as(where).contains("record(s) " + line + " missing");
      }
    }
  }

  @Test
  void everySwappedPairOfLinesIsNamed() throws IOException {
    for (int line = 1; line < lineStarts.size(); line++) {
      byte[] swapped = swapped(line);
      AuditVerification v = verify(swapped);
      String where = "lines " + line + " and " + (line + 1) + " swapped";
      assertThat(v.tampered()).as(where).isTrue();
      List<AuditProblem> t =
          v.problems().stream().filter(p -> p.level() == Level.TAMPERING).toList();
      assertThat(t).as(where).singleElement();
      AuditProblem p = t.get(0);
      assertThat(p.kind()).as(where).isEqualTo(Kind.REORDERED);
      assertThat(p.line()).as(where).isEqualTo(line + 1);
      assertThat(p.sequence()).as(where).isEqualTo(line);
      assertThat(p.message().en()).as(where).contains("belongs before " + file(line));
    }
  }

  static String file(int line) {
    return dir.resolve("copy.jsonl") + ":" + line;
  }

  @Test
  void withoutTheMacKeyTheChainAndCheckpointsStillCatchChangesBeforeTheEnd() throws IOException {
    AuditVerifier chainOnly =
        AuditVerifier.builder().checkpointKeys(List.of(AuditTestKeys.SIGNER.publicKey())).build();
    int line = 3;
    byte[] changed = original.clone();
    int p = lineStarts.get(line - 1) + 30;
    changed[p] ^= 0x01;
    Path copy = dir.resolve("copy.jsonl");
    Files.write(copy, changed);
    AuditVerification v = chainOnly.verify(List.of(copy));
    assertThat(v.macsChecked()).isFalse();
    assertThat(v.tampered()).isTrue();
    assertThat(v.problems())
        .anySatisfy(
            pr -> {
              assertThat(pr.kind()).isEqualTo(Kind.CHAIN_BROKEN);
              assertThat(pr.line()).isEqualTo(line + 1);
              assertThat(pr.message().en()).contains(file(line));
            });
    assertThat(v.problems()).anySatisfy(pr -> assertThat(pr.kind()).isEqualTo(Kind.UNCHECKED));
  }

  @Test
  void aCheckpointSignedByAnotherKeyIsRefused() throws IOException {
    AuditVerifier other =
        AuditVerifier.builder()
            .macKeys(AuditTestKeys.MAC)
            .checkpointKeys(List.of(io.anke.crypto.sm2.Sm2KeyPair.generate().publicKey()))
            .build();
    AuditVerification v = other.verify(List.of(file));
    assertThat(v.tampered()).isTrue();
    assertThat(v.problems())
        .filteredOn(p -> p.level() == Level.TAMPERING)
        .allSatisfy(p -> assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_SIGNER));
  }

  private static byte[] withoutLine(int line) {
    int from = lineStarts.get(line - 1);
    int to = line < lineStarts.size() ? lineStarts.get(line) : original.length;
    byte[] out = new byte[original.length - (to - from)];
    System.arraycopy(original, 0, out, 0, from);
    System.arraycopy(original, to, out, from, original.length - to);
    return out;
  }

  private static byte[] swapped(int line) {
    int a = lineStarts.get(line - 1);
    int b = lineStarts.get(line);
    int c = line + 1 < lineStarts.size() ? lineStarts.get(line + 1) : original.length;
    byte[] out = Arrays.copyOf(original, original.length);
    int n = 0;
    System.arraycopy(original, b, out, a, c - b);
    n = a + (c - b);
    System.arraycopy(original, a, out, n, b - a);
    return out;
  }
}
