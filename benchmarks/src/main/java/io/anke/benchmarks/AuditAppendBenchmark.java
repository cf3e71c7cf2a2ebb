package io.anke.benchmarks;

import io.anke.core.audit.AuditEvent;
import io.anke.core.audit.AuditLog;
import io.anke.core.audit.AuditReceipt;
import io.anke.core.audit.Durability;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Records per second appended to an {@link AuditLog} on a real disk, with {@link Durability#SYNC}
 * and {@link Durability#GROUP_COMMIT} at 1 and 4 threads, beside the limit: the same line bytes
 * written with a bare {@code FileChannel.write} and {@code force(false)} per line, and without the
 * force. {@code appendAndAwait} is the time from append to acknowledgement for one thread that
 * waits for each record (group commit at the default interval, 50 ms).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar AuditAppendBenchmark}; the log
 * directory is the JVM's temporary directory, or {@code -jvmArgsAppend -Danke.bench.dir=...} (tmpfs
 * is refused).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(3)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AuditAppendBenchmark {

  /** One open log per trial. */
  @State(Scope.Benchmark)
  public static class Log {
    @Param({"SYNC", "GROUP_COMMIT"})
    public Durability durability;

    Path dir;
    AuditLog log;
    AuditEvent event = AuditRecords.dataAccess(1);

    @Setup(Level.Trial)
    public void open() throws IOException {
      dir = AuditRecords.newDirectory("anke-audit-append");
      log = new AuditRecords().log(dir).durability(durability).open();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      log.close();
      AuditRecords.deleteTree(dir);
    }
  }

  /** A bare file and the bytes of one record line as the log writes it. */
  @State(Scope.Benchmark)
  public static class Plain {
    /** A new file after this many bytes, as the log's default rotation does. */
    static final long ROTATE_AT = 64L * 1024 * 1024;

    Path dir;
    FileChannel channel;
    Path file;
    int files;
    long size;
    byte[] line;

    @Setup(Level.Trial)
    public void open() throws IOException {
      dir = AuditRecords.newDirectory("anke-audit-plain");
      Path sample = dir.resolve("sample");
      try (AuditLog log = new AuditRecords().log(sample).open()) {
        log.append(AuditRecords.dataAccess(1));
        byte[] all = Files.readAllBytes(log.currentFile());
        // the second line is the record (the first is the file's start record)
        int first = indexOf(all, 0) + 1;
        line = Arrays.copyOfRange(all, first, indexOf(all, first) + 1);
      }
      AuditRecords.deleteTree(sample);
      System.out.println("record line: " + line.length + " bytes");
      next();
    }

    void next() throws IOException {
      if (channel != null) {
        channel.close();
        Files.delete(file);
      }
      file = dir.resolve("plain-" + files++ + ".jsonl");
      channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      size = 0;
    }

    void write() throws IOException {
      ByteBuffer b = ByteBuffer.wrap(line);
      while (b.hasRemaining()) {
        channel.write(b);
      }
      size += line.length;
      if (size >= ROTATE_AT) {
        next();
      }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      channel.close();
      AuditRecords.deleteTree(dir);
    }

    private static int indexOf(byte[] b, int from) {
      for (int i = from; i < b.length; i++) {
        if (b[i] == '\n') {
          return i;
        }
      }
      throw new IllegalStateException("no line end");
    }
  }

  @Benchmark
  @Threads(1)
  public AuditReceipt append1Thread(Log s) {
    return s.log.append(s.event);
  }

  @Benchmark
  @Threads(4)
  public AuditReceipt append4Threads(Log s) {
    return s.log.append(s.event);
  }

  @Benchmark
  @Threads(1)
  public long plainWriteAndForce(Plain p) throws IOException {
    p.write();
    p.channel.force(false);
    return p.size;
  }

  @Benchmark
  @Threads(1)
  public long plainWrite(Plain p) throws IOException {
    p.write();
    return p.size;
  }

  @Benchmark
  @Threads(1)
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public AuditReceipt appendAndAwait(Log s) {
    AuditReceipt r = s.log.append(s.event);
    r.awaitAcknowledged();
    return r;
  }
}
