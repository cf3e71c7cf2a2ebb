package io.anke.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sixteen threads append to one log with group commit while it rotates every few dozen records:
 * every receipt names a record that is there once, with that user, and the files hold one gap-free
 * chain that verifies.
 */
class AuditConcurrencyTest {
  private static final int THREADS = 16;
  private static final int EACH = 400;

  @TempDir Path dir;

  @Test
  void sixteenThreadsWithRotationUnderContentionKeepOneGapFreeChain() throws Exception {
    Map<Long, String> receipts = new HashMap<>();
    try (AuditLog log =
        AuditTestKeys.log(dir)
            .durability(Durability.GROUP_COMMIT)
            .groupCommitInterval(Duration.ofMillis(2))
            .checkpointEvery(50)
            .rotateAtBytes(16 * 1024)
            .open()) {
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      CyclicBarrier go = new CyclicBarrier(THREADS);
      List<Future<List<Map.Entry<AuditReceipt, String>>>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        String prefix = "t" + t + "-";
        done.add(
            pool.submit(
                () -> {
                  go.await();
                  List<Map.Entry<AuditReceipt, String>> mine = new ArrayList<>();
                  for (int i = 0; i < EACH; i++) {
                    String user = prefix + i;
                    mine.add(Map.entry(log.append(CrashWriter.event(user, i)), user));
                    if (i % 50 == 49) {
                      // Some threads wait now and then, as a caller that needs the guarantee does.
                      mine.get(mine.size() - 1).getKey().awaitAcknowledged();
                    }
                  }
                  return mine;
                }));
      }
      for (Future<List<Map.Entry<AuditReceipt, String>>> f : done) {
        for (Map.Entry<AuditReceipt, String> e : f.get()) {
          e.getKey().awaitAcknowledged();
          assertThat(e.getKey().acknowledged()).isTrue();
          assertThat(receipts.put(e.getKey().sequence(), e.getValue()))
              .as("seq %d given twice", e.getKey().sequence())
              .isNull();
        }
      }
      pool.shutdown();
    }
    assertThat(receipts).hasSize(THREADS * EACH);

    LogContents contents = LogContents.read(dir);
    // Rotation happened many times while the threads were appending.
    assertThat(contents.files.size()).isGreaterThan(20);
    assertThat(contents.tornTails).isEmpty();
    long expected = 1;
    for (LogContents.Line l : contents.lines) {
      assertThat(l.seq()).as("%s:%d", l.file(), l.line()).isEqualTo(expected++);
    }
    Map<String, List<Long>> byUser = contents.sequencesByUser();
    assertThat(byUser).hasSize(THREADS * EACH);
    receipts.forEach(
        (seq, user) -> assertThat(byUser.get(user)).as("records of %s", user).containsExactly(seq));

    AuditVerification v = AuditTestKeys.verifier().verify(contents.files);
    assertThat(v.problems()).isEmpty();
    assertThat(v.chains())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.closed()).isTrue();
              assertThat(c.firstSequence()).isEqualTo(1);
              assertThat(c.lastSequence()).isEqualTo(contents.lines.size());
              assertThat(c.files()).hasSize(contents.files.size());
            });
  }
}
