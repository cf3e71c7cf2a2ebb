package io.anke.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile input: whatever is done to the bytes of a real log — bytes changed, inserted or removed
 * anywhere, in runs — the verifier returns a result (never throws) and calls every changed log
 * tampered, unless the change only cut the last line short, which it reports as a torn record.
 */
class AuditVerifierPropertiesTest {
  static Path dir;
  static byte[] original;

  @BeforeContainer
  static void writeLog() throws IOException {
    dir = Files.createTempDirectory("audit-props");
    try (AuditLog log = AuditTestKeys.log(dir.resolve("log")).checkpointEvery(3).open()) {
      for (int i = 0; i < 7; i++) {
        log.append(AuditLogTest.event(i));
      }
    }
    original = Files.readAllBytes(AuditLogTest.files(dir.resolve("log")).get(0));
  }

  @AfterContainer
  static void cleanUp() throws IOException {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  record Edit(int at, int remove, byte[] insert) {}

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Edit> edit =
        Combinators.combine(
                Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, 40),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(40))
            .as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(4);
  }

  static byte[] apply(byte[] in, List<Edit> edits) {
    byte[] b = in;
    for (Edit e : edits) {
      int at = e.at() % (b.length + 1);
      int remove = Math.min(e.remove(), b.length - at);
      byte[] out = new byte[b.length - remove + e.insert().length];
      System.arraycopy(b, 0, out, 0, at);
      System.arraycopy(e.insert(), 0, out, at, e.insert().length);
      System.arraycopy(b, at + remove, out, at + e.insert().length, b.length - at - remove);
      b = out;
    }
    return b;
  }

  @Property(tries = 200)
  void everyChangeIsTamperingOrATornTail(@ForAll("edits") List<Edit> edits) {
    byte[] changed = apply(original, edits);
    Path copy = dir.resolve("copy.jsonl");
    try {
      Files.write(copy, changed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    AuditVerification v = AuditTestKeys.verifier().verify(List.of(copy));
    boolean prefix =
        changed.length < original.length
            && Arrays.equals(changed, 0, changed.length, original, 0, changed.length);
    if (Arrays.equals(changed, original)) {
      assertThat(v.problems()).isEmpty();
    } else if (prefix) {
      // Only the end was cut off: a torn record or a log not closed, never a false alarm.
      assertThat(v.tampered()).isFalse();
    } else {
      assertThat(v.tampered() || v.unreadable()).as("%s", v.problems()).isTrue();
    }
  }
}
