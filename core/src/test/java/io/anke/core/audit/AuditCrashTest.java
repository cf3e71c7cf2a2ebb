package io.anke.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.anke.core.audit.AuditProblem.Kind;
import io.anke.core.audit.AuditProblem.Level;
import io.anke.core.audit.internal.LogFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real writer process ({@code kill -9}) at random points, many times, in one directory, and
 * checks that every record it acknowledged is there exactly once and that the chain verifies, with
 * no notice but those a crash explains.
 *
 * <p>{@code kill -9} ends the process but not the machine: what the process wrote stays in the page
 * cache, so this tests the guarantee against a crash of the process. What {@code fsync} guarantees
 * against a power loss cannot be produced here; torn records, which a power loss leaves, are
 * simulated by appending part of a line after some of the kills (and cut at every byte offset in
 * {@link AuditTornWriteTest}).
 *
 * <p>A short run (8 kills) is part of the build; the long one is {@code ./mvnw -B -o verify -pl
 * core -am -Dtest=AuditCrashTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Danke.audit.crashRuns=300}. The writers rotate files every 64 KiB (about once a second; {@code
 * -Danke.audit.crashRotateBytes} changes it), so they are killed around rotation too.
 */
class AuditCrashTest {
  private static final int RUNS = Integer.getInteger("anke.audit.crashRuns", 8);
  private static final long SEED = Long.getLong("anke.audit.crashSeed", System.nanoTime());

  /** The writers' rotation size: small, so that kills land around rotation too. */
  private static final long ROTATE_AT_BYTES =
      Long.getLong("anke.audit.crashRotateBytes", 64L * 1024);

  /** After every third kill the end of the last file gets part of a line, as a power loss would. */
  private static final int SIMULATE_TORN_EVERY = 3;

  @TempDir Path tmp;

  /** The ACK lines of one run and how the run ended. */
  private record Run(List<String[]> acks, int exitCode, long killedAfterMillis) {}

  @Test
  void killedWritersLoseNoAcknowledgedRecordAndLeaveOnlyTheTornTailToReport() throws Exception {
    Path logDir = tmp.resolve("log");
    CrashWriter.Keys keys = CrashWriter.writeNewKeys(tmp.resolve("keys"));
    Random random = new Random(SEED);
    String context = "seed " + SEED + " (-Danke.audit.crashSeed), directory " + logDir;
    long started = System.nanoTime();

    Map<Long, String> acknowledged = new HashMap<>();
    int simulatedTorn = 0;
    for (int r = 0; r < RUNS; r++) {
      String mode = r % 2 == 0 ? "sync" : "group";
      Run run = runAndKill(logDir, mode, r, 100 + random.nextInt(501));
      assertThat(run.exitCode())
          .as("run %d (%s) must end by the kill; %s", r, mode, context)
          .isEqualTo(137);
      for (String[] ack : run.acks()) {
        String before = acknowledged.put(Long.parseLong(ack[1]), ack[2]);
        assertThat(before).as("seq %s acknowledged twice; %s", ack[1], context).isNull();
      }
      if (r % SIMULATE_TORN_EVERY == SIMULATE_TORN_EVERY - 1 && appendTornLine(logDir, random)) {
        simulatedTorn++;
      }
    }

    LogContents contents = LogContents.read(logDir);
    Map<String, List<Long>> byUser = contents.sequencesByUser();
    List<String> lost = new ArrayList<>();
    for (Map.Entry<Long, String> a : acknowledged.entrySet()) {
      if (!byUser.containsKey(a.getValue())) {
        lost.add(a.getValue() + " (seq " + a.getKey() + ")");
      }
    }
    List<LogContents.TornTail> torn = contents.tornTails;
    Set<Path> withRecords = new HashSet<>();
    contents.lines.forEach(l -> withRecords.add(l.file()));
    long withoutRecord = contents.files.size() - withRecords.size();
    System.out.printf(
        "audit crash test: %d kills (seed %d, rotation at %d bytes), %d files (%d without a whole"
            + " record), %d event records on file, %d acknowledged, %d acknowledged lost,"
            + " %d torn tails (%d simulated, %d left by the kills), %.1f s%n",
        RUNS,
        SEED,
        ROTATE_AT_BYTES,
        contents.files.size(),
        withoutRecord,
        contents.events(),
        acknowledged.size(),
        lost.size(),
        torn.size(),
        simulatedTorn,
        torn.size() - simulatedTorn,
        (System.nanoTime() - started) / 1e9);

    // Every acknowledged record is there, once, with the sequence number it was acknowledged with.
    assertThat(lost).as("acknowledged records lost; %s", context).isEmpty();
    for (Map.Entry<Long, String> a : acknowledged.entrySet()) {
      assertThat(byUser.get(a.getValue()))
          .as("records of %s; %s", a.getValue(), context)
          .containsExactly(a.getKey());
    }
    byUser.forEach(
        (user, seqs) -> assertThat(seqs).as("records of %s; %s", user, context).hasSize(1));
    // The complete lines hold sequence numbers 1..n in order: a crash leaves no gap and no repeat.
    long expected = 1;
    for (LogContents.Line l : contents.lines) {
      assertThat(l.seq()).as("%s:%d; %s", l.file(), l.line(), context).isEqualTo(expected++);
    }

    // Verification: nothing but what the crashes explain.
    Path lastFile = contents.files.get(contents.files.size() - 1);
    long tornInLast = torn.stream().filter(t -> t.file().equals(lastFile)).count();
    AuditVerification v = keys.verifier().verify(contents.files);
    assertThat(v.problems())
        .as("problems; %s", context)
        .allSatisfy(p -> assertThat(p.level()).isEqualTo(Level.NOTICE));
    assertThat(count(v, Kind.RECOVERED_TORN_RECORD)).isEqualTo(torn.size() - tornInLast);
    assertThat(count(v, Kind.INCOMPLETE_FINAL_RECORD)).isEqualTo(tornInLast);
    assertThat(count(v, Kind.NOT_CLOSED)).isEqualTo(1);
    // A kill between creating a file and writing its first byte leaves an empty file.
    long empty = count(v, Kind.EMPTY_FILE);
    assertThat(v.problems()).hasSize(torn.size() + 1 + (int) empty);
    assertThat(v.chains()).singleElement().satisfies(c -> assertThat(c.closed()).isFalse());
    // Each run after the first began by saying that the one before it was interrupted.
    assertThat(
            contents.fileStarts().stream()
                .filter(s -> "interrupted".equals(s.json().at("/attrs/previousEnd").asText())))
        .hasSize(RUNS - 1);

    // A clean writer afterwards accounts for the torn tail of the last run too, and closes.
    try (AuditLog log = keys.log(logDir).open()) {
      log.append(CrashWriter.event("after-the-crashes", 0));
    }
    AuditVerification after = keys.verifier().verify(LogContents.read(logDir).files);
    assertThat(after.problems())
        .as("problems after a clean run; %s", context)
        .extracting(AuditProblem::kind)
        .isSubsetOf(Kind.RECOVERED_TORN_RECORD, Kind.EMPTY_FILE)
        .hasSize(torn.size() + (int) empty);
    assertThat(after.chains()).singleElement().satisfies(c -> assertThat(c.closed()).isTrue());
  }

  private static long count(AuditVerification v, Kind kind) {
    return v.problems().stream().filter(p -> p.kind() == kind).count();
  }

  /** Starts a writer, kills it {@code killAfterMillis} after its first acknowledgement. */
  private Run runAndKill(Path logDir, String mode, int number, long killAfterMillis)
      throws Exception {
    Path stderr = tmp.resolve("stderr-" + number + ".txt");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                // start-up is most of a short run: the quick compiler and a small collector
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                CrashWriter.class.getName(),
                logDir.toString(),
                tmp.resolve("keys").toString(),
                mode,
                Integer.toString(number),
                Long.toString(ROTATE_AT_BYTES))
            .redirectError(stderr.toFile())
            .start();
    List<String[]> acks = new ArrayList<>();
    CountDownLatch first = new CountDownLatch(1);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                  String[] parts = line.split(" ");
                  if (parts.length == 3 && parts[0].equals("ACK")) {
                    synchronized (acks) {
                      acks.add(parts);
                    }
                    first.countDown();
                  }
                }
              } catch (IOException e) {
                // the pipe closes with the process
              }
            },
            "ack-reader-" + number);
    reader.start();
    try {
      if (!first.await(120, TimeUnit.SECONDS) || !p.isAlive()) {
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        fail("run %d (%s) acknowledged nothing: %s", number, mode, Files.readString(stderr));
      }
      Thread.sleep(killAfterMillis);
      if (!p.isAlive()) {
        fail(
            "run %d (%s) ended by itself with %d: %s",
            number, mode, p.exitValue(), Files.readString(stderr));
      }
    } finally {
      p.destroyForcibly();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        fail("run %d did not end after kill -9", number);
      }
    }
    reader.join(TimeUnit.SECONDS.toMillis(30));
    synchronized (acks) {
      return new Run(List.copyOf(acks), p.exitValue(), killAfterMillis);
    }
  }

  /**
   * Appends the first bytes of the last complete line to the last file, as a write cut short by a
   * power loss leaves them; false when the last file already ends in a torn record or has no line.
   */
  private static boolean appendTornLine(Path logDir, Random random) throws IOException {
    List<LogFiles.LogFile> files = LogFiles.list(logDir);
    Path last = files.get(files.size() - 1).path();
    byte[] all = Files.readAllBytes(last);
    if (all.length == 0 || all[all.length - 1] != '\n') {
      return false;
    }
    // all ends with LF (no torn tail): the last line is between the LF before it and that one
    int from = all.length - 1;
    while (from > 0 && all[from - 1] != '\n') {
      from--;
    }
    byte[] line = Arrays.copyOfRange(all, from, all.length - 1);
    int length = 1 + random.nextInt(line.length);
    byte[] cut = Arrays.copyOf(line, length);
    try (FileChannel ch = FileChannel.open(last, StandardOpenOption.APPEND)) {
      ch.write(ByteBuffer.wrap(cut));
    }
    return true;
  }
}
