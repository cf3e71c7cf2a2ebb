package io.anke.core.audit;

import io.anke.core.audit.internal.LogFiles;
import io.anke.core.audit.internal.ParsedRecord;
import io.anke.core.audit.internal.RecordFormat;
import io.anke.core.internal.CoreMessage;
import io.anke.core.policy.AccessAuditor;
import io.anke.core.policy.AccessEvent;
import io.anke.core.policy.Decision;
import io.anke.core.policy.Reason;
import io.anke.core.rule.TextBundle;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeyUnavailableException;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.keyset.KeysetMac;
import io.anke.crypto.keyset.OutputPrefix;
import io.anke.crypto.provider.Sm2SigningKeyHandle;
import io.anke.crypto.sm2.Sm2;
import io.anke.crypto.sm2.Sm2SignatureEncoding;
import io.anke.crypto.sm3.Sm3;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tamper-evident audit trail: an append-only directory of JSON Lines files, one record per
 * event, each record chained to the one before it with SM3 and authenticated with HMAC-SM3 under a
 * keyset key, with periodic checkpoints signed with SM2 that commit to the whole chain so far.
 * {@code anke audit verify} (or {@link AuditVerifier}) finds any record changed, removed, inserted
 * or moved, and any file removed or moved. See {@code docs/audit.md} for the record schema.
 *
 * <pre>{@code
 * try (AuditLog audit = AuditLog.builder(Path.of("/var/log/app/audit"))
 *         .macKeys(auditKeyset)                 // an hmac-sm3 keyset
 *         .checkpointKey(Sm2KeyHandle.of(sm2))  // or a key provider's handle (HSM)
 *         .open()) {
 *   DataAccessGuard guard = DataAccessGuard.builder(policy).auditor(audit).build();
 *   audit.append(AuditEvent.builder("login").user("u-1").decision("allow").build());
 * }
 * }</pre>
 *
 * <p><b>Acknowledged records survive.</b> With {@link Durability#SYNC} (the default) {@link
 * #append} returns after the record is forced to storage. With {@link Durability#GROUP_COMMIT} it
 * returns at once and the record is acknowledged by the next periodic force; the {@link
 * AuditReceipt} says which. As an {@link AccessAuditor} the log always waits for the
 * acknowledgement before the guard releases data.
 *
 * <p><b>Files.</b> Every {@code open} starts a new file, and so does rotation (by size, and when
 * the day changes); each file begins with a record naming the file before it, and ends, when
 * rotated or closed, with a signed checkpoint, so a removed or reordered file breaks the chain.
 * Files are never rewritten. Retention removes whole files whose last change is older than the
 * retention period (at least 184 days: six calendar months, the Cybersecurity Law's minimum, can
 * last that long), never the current one, and records what it removed.
 *
 * <p><b>Threads and processes.</b> Any number of threads may append: records get consecutive
 * sequence numbers in one chain, each written whole. A second process (or a second {@code AuditLog}
 * in this one) that opens the same directory is refused: a lock file keeps it out.
 *
 * <p><b>Failures.</b> If a write or a force fails, the log stops: that and every later append
 * throws {@link AuditException}, and so does every wait for an acknowledgement not yet given. Key
 * material is never written to a log line, an exception or SLF4J.
 */
public final class AuditLog implements AccessAuditor, Closeable {
  /** The SLF4J logger that receives every record when {@link Builder#slf4j(boolean)} is on. */
  public static final String SLF4J_LOGGER = "io.anke.audit";

  /**
   * The shortest retention accepted, and the default: 184 days, the longest that six calendar
   * months can last (1 July to 1 January), so that no record younger than the Cybersecurity Law's
   * six months is ever removed, whichever months they are.
   */
  public static final Duration MIN_RETENTION = Duration.ofDays(184);

  static final TextBundle TEXT =
      TextBundle.of("io.anke.core.audit.Messages", AuditLog.class.getClassLoader());
  private static final Logger RECORDS = LoggerFactory.getLogger(SLF4J_LOGGER);
  private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final byte[] GENESIS = new byte[Sm3.DIGEST_LENGTH];

  private final Path directory;
  private final Durability durability;
  private final Duration groupCommit;
  private final int checkpointEvery;
  private final Duration checkpointInterval;
  private final long rotateBytes;
  private final boolean rotateDaily;
  private final ZoneId zone;
  private final Duration retention;
  private final boolean slf4j;
  private final Clock clock;
  private final Sm2SigningKeyHandle signer;
  private final String signerId;
  private final String logId;
  private final FileChannel lockChannel;
  private final FileLock lock;

  private final ReentrantLock writeLock = new ReentrantLock();
  private final Object syncLock = new Object();
  private final Object ackMonitor = new Object();

  // Guarded by writeLock (the channel also by syncLock while it is replaced).
  private KeysetMac mac;
  private FileChannel channel;
  private String fileName;
  private long fileNumber;
  private LocalDate fileDay;
  private long fileSize;
  private long sequence;
  private byte[] lastHash;
  private long sinceCheckpoint;
  private Instant lastCheckpoint;

  private volatile long written;
  private volatile long durable;
  private volatile AuditException failure;
  private volatile boolean closed;
  private final Thread background;

  private AuditLog(Builder b, FileChannel lockChannel, FileLock lock, Recovered r)
      throws IOException {
    this.directory = b.directory;
    this.durability = b.durability;
    this.groupCommit = b.groupCommit;
    this.checkpointEvery = b.checkpointEvery;
    this.checkpointInterval = b.checkpointInterval;
    this.rotateBytes = b.rotateBytes;
    this.rotateDaily = b.rotateDaily;
    this.zone = b.zone;
    this.retention = b.retention;
    this.slf4j = b.slf4j;
    this.clock = b.clock;
    this.signer = b.checkpointKey;
    this.signerId = RecordFormat.signerId(signer.publicKey());
    this.mac = b.macKeys.mac();
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.logId = r.logId;
    this.sequence = r.sequence;
    this.lastHash = r.hash;
    this.written = r.sequence;
    this.durable = r.sequence;
    this.lastCheckpoint = clock.instant();
    Instant now = now();
    startFile(r.lastNumber + 1, now, r.startAttributes);
    retain(now);
    force();
    this.background = new Thread(this::background, "anke-audit-" + logId);
    background.setDaemon(true);
    background.start();
  }

  /** A builder for a log in {@code directory} (created if missing). */
  public static Builder builder(Path directory) {
    return new Builder(directory);
  }

  // ---- appending ----

  /**
   * Appends one record. With {@link Durability#SYNC} it returns once the record is on storage; with
   * {@link Durability#GROUP_COMMIT} once it is written, acknowledged later.
   *
   * @throws AuditException if the record cannot be kept (the log failed or is closed, or the record
   *     is longer than 64 KiB)
   */
  public AuditReceipt append(AuditEvent event) {
    Objects.requireNonNull(event, "event");
    long seq;
    writeLock.lock();
    try {
      ensureOpen();
      Instant now = now();
      rotateIfDue(now);
      seq = write(now, event.type(), event, event.attributes(), false);
      if (++sinceCheckpoint >= checkpointEvery) {
        write(now, SystemTypes.CHECKPOINT, null, Map.of(), true);
      }
    } finally {
      writeLock.unlock();
    }
    if (durability == Durability.SYNC) {
      sync(seq);
    }
    return new AuditReceipt(this, seq);
  }

  /**
   * Records an access the data-access guard decided and waits until it is on storage, so that no
   * data is released without its record.
   *
   * @throws AuditException if the record cannot be kept; the guard then refuses the access
   */
  @Override
  public void record(AccessEvent event) {
    append(toAuditEvent(event)).awaitAcknowledged();
  }

  /** The record an access becomes: who, what, the effect, the reasons and the fields. */
  static AuditEvent toAuditEvent(AccessEvent e) {
    Decision d = e.decision();
    AuditEvent.Builder b =
        AuditEvent.builder(AuditEvent.DATA_ACCESS)
            .user(e.subject().id())
            .department(e.subject().department())
            .action(d.action().id())
            .resource(d.resource())
            .decision(d.effect().id());
    for (Reason r : d.reasons()) {
      b.reason(r.code() + ": " + r.text().en());
    }
    b.attribute("decidedAt", e.time().toString());
    if (e.subject().purpose() != null) {
      b.attribute("purpose", e.subject().purpose());
    }
    if (e.subject().authentication() != null) {
      b.attribute("authentication", e.subject().authentication().id());
    }
    b.attribute("records", Integer.toString(e.records()));
    putFields(b, "clear", d.clear());
    putFields(b, "masked", d.masked());
    putFields(b, "withheld", d.withheld());
    if (!d.agreements().isEmpty()) {
      b.attribute("agreements", String.join(",", d.agreements()));
    }
    return b.build();
  }

  private static void putFields(AuditEvent.Builder b, String name, java.util.Set<String> fields) {
    if (!fields.isEmpty()) {
      b.attribute(name, String.join(",", new TreeSet<>(fields)));
    }
  }

  /**
   * Authenticates records from now on with the primary key of {@code keys} (an hmac-sm3 keyset),
   * for example after {@link KeysetHandle#rotate()}. Records carry the key id, so a verifier that
   * has the whole keyset checks old and new records alike.
   *
   * @throws IllegalArgumentException if the keyset is not an hmac-sm3 keyset with a key-id prefix
   */
  public void useMacKeys(KeysetHandle keys) {
    KeysetMac next = checkMacKeys(keys);
    writeLock.lock();
    try {
      mac = next;
    } finally {
      writeLock.unlock();
    }
  }

  /** The sequence number of the newest record on storage (0 before the first). */
  public long acknowledgedSequence() {
    return durable;
  }

  /** The log's id: 16 hex digits in every record, naming this chain among those of other hosts. */
  public String logId() {
    return logId;
  }

  /** The file records are appended to now. */
  public Path currentFile() {
    writeLock.lock();
    try {
      return directory.resolve(fileName);
    } finally {
      writeLock.unlock();
    }
  }

  /**
   * Writes a signed checkpoint now and forces it to storage.
   *
   * @throws AuditException if the log failed or is closed
   */
  public void checkpoint() {
    long seq;
    writeLock.lock();
    try {
      ensureOpen();
      seq = write(now(), SystemTypes.CHECKPOINT, null, Map.of(), true);
    } finally {
      writeLock.unlock();
    }
    sync(seq);
  }

  /**
   * Ends the log: a signed closing checkpoint, forced to storage, then the lock is released.
   * Records appended after this are refused. Closing twice does nothing.
   *
   * @throws AuditException if the closing checkpoint cannot be written (the lock is released all
   *     the same)
   */
  @Override
  public void close() {
    writeLock.lock();
    try {
      if (closed) {
        return;
      }
      try {
        if (failure == null) {
          long seq = write(now(), SystemTypes.CLOSE, null, Map.of(), true);
          sync(seq);
        }
      } finally {
        closed = true;
        background.interrupt();
        synchronized (syncLock) {
          closeQuietly(channel);
        }
        releaseLock();
        synchronized (ackMonitor) {
          ackMonitor.notifyAll();
        }
      }
    } finally {
      writeLock.unlock();
    }
  }

  // ---- record writing (writeLock held) ----

  private long write(
      Instant now, String type, AuditEvent e, Map<String, String> attrs, boolean signed) {
    StringBuilder sb = new StringBuilder(384);
    sb.append(RecordFormat.PREFIX).append("\"seq\":").append(sequence + 1);
    sb.append(",\"time\":\"").append(now).append("\",\"log\":\"").append(logId);
    sb.append("\",\"type\":");
    RecordFormat.appendString(sb, type);
    if (e != null) {
      if (e.user() != null || e.department() != null) {
        sb.append(",\"subject\":{");
        field(sb, "user", e.user());
        field(sb, "department", e.department());
        sb.append('}');
      }
      field(sb, "action", e.action());
      field(sb, "resource", e.resource());
      field(sb, "decision", e.decision());
      if (!e.reasons().isEmpty()) {
        sb.append(",\"reasons\":[");
        for (int i = 0; i < e.reasons().size(); i++) {
          if (i > 0) {
            sb.append(',');
          }
          RecordFormat.appendString(sb, e.reasons().get(i));
        }
        sb.append(']');
      }
    }
    if (!attrs.isEmpty()) {
      sb.append(",\"attrs\":{");
      for (Map.Entry<String, String> a : attrs.entrySet()) {
        field(sb, a.getKey(), a.getValue());
      }
      sb.append('}');
    }
    sb.append(",\"prev\":\"").append(RecordFormat.hex(lastHash)).append('"');
    byte[] body;
    if (signed) {
      sb.append(",\"signer\":\"").append(signerId).append('"');
      byte[] toSign = sb.toString().getBytes(StandardCharsets.UTF_8);
      byte[] sig;
      try {
        sig = signer.sign(toSign, Sm2.defaultId(), Sm2SignatureEncoding.RAW);
      } catch (RuntimeException ex) {
        throw fail(TEXT.text("signFailed", directory.resolve(fileName)), ex);
      }
      sb.append(RecordFormat.sigField(sig));
    }
    body = sb.toString().getBytes(StandardCharsets.UTF_8);
    if (body.length + RecordFormat.SUFFIX_LENGTH > RecordFormat.MAX_LINE) {
      throw new AuditException(
          TEXT.text("tooLong", type, String.valueOf(RecordFormat.MAX_LINE)), null);
    }
    byte[] digest = Sm3.digest(body);
    int keyId = mac.primaryKeyId();
    byte[] prefixed;
    try {
      prefixed = mac.computeMac(digest);
    } catch (RuntimeException ex) {
      // The keyset was destroyed under the log: no record can be authenticated any more.
      throw fail(
          TEXT.text("macFailed", directory.resolve(fileName), ex.getClass().getSimpleName()), ex);
    }
    byte[] tag = Arrays.copyOfRange(prefixed, prefixed.length - 32, prefixed.length);
    byte[] line = RecordFormat.line(body, keyId, tag);
    try {
      ByteBuffer buf = ByteBuffer.wrap(line);
      while (buf.hasRemaining()) {
        channel.write(buf);
      }
    } catch (IOException ex) {
      throw fail(TEXT.text("writeFailed", directory.resolve(fileName), ex.toString()), ex);
    }
    sequence++;
    lastHash = RecordFormat.chainHash(digest, keyId, tag);
    fileSize += line.length;
    written = sequence;
    if (signed) {
      sinceCheckpoint = 0;
      lastCheckpoint = now;
    }
    if (slf4j) {
      RECORDS.info(new String(line, 0, line.length - 1, StandardCharsets.UTF_8));
    }
    return sequence;
  }

  /** Appends {@code ,"name":"value"} (no comma right after an opening brace); null is left out. */
  private static void field(StringBuilder sb, String name, String value) {
    if (value == null) {
      return;
    }
    if (sb.charAt(sb.length() - 1) != '{') {
      sb.append(',');
    }
    RecordFormat.appendString(sb, name);
    sb.append(':');
    RecordFormat.appendString(sb, value);
  }

  private void rotateIfDue(Instant now) {
    boolean bySize = fileSize >= rotateBytes;
    boolean byDay = rotateDaily && !LocalDate.ofInstant(now, zone).equals(fileDay);
    if (!bySize && !byDay) {
      return;
    }
    String previous = fileName;
    write(
        now,
        SystemTypes.FILE_END,
        null,
        Map.of("next", LogFiles.name(fileNumber + 1, day(now))),
        true);
    Map<String, String> start = new LinkedHashMap<>();
    start.put("previous", previous);
    start.put("previousEnd", "rotated");
    startFile(fileNumber + 1, now, start);
    retain(now);
  }

  /** Opens file {@code number} and writes its first record (the old file, if any, is forced). */
  private void startFile(long number, Instant now, Map<String, String> attrs) {
    LocalDate day = day(now);
    String name = LogFiles.name(number, day);
    FileChannel next;
    try {
      next =
          FileChannel.open(
              directory.resolve(name), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (IOException ex) {
      throw fail(TEXT.text("createFailed", directory.resolve(name), ex.toString()), ex);
    }
    LogFiles.forceDirectory(directory);
    synchronized (syncLock) {
      if (channel != null) {
        try {
          channel.force(false);
          durable = written;
        } catch (IOException ex) {
          closeQuietly(next);
          throw fail(TEXT.text("writeFailed", directory.resolve(fileName), ex.toString()), ex);
        } finally {
          closeQuietly(channel);
        }
      }
      channel = next;
    }
    notifyAcknowledged();
    fileName = name;
    fileNumber = number;
    fileDay = day;
    fileSize = 0;
    Map<String, String> all = new LinkedHashMap<>();
    all.put("file", name);
    all.putAll(attrs);
    write(now, SystemTypes.FILE_START, null, all, false);
  }

  /** Removes whole files older than the retention period and records what it removed. */
  private void retain(Instant now) {
    List<LogFiles.LogFile> files;
    try {
      files = LogFiles.list(directory);
    } catch (IOException ex) {
      LOG.warn(TEXT.text("retentionFailed", directory, ex.toString()).bothLanguages());
      return;
    }
    Instant limit = now.minus(retention);
    List<String> removed = new ArrayList<>();
    long throughSeq = 0;
    for (int i = 0; i < files.size(); i++) {
      LogFiles.LogFile f = files.get(i);
      if (f.number() >= fileNumber) {
        break;
      }
      try {
        FileTime changed = Files.getLastModifiedTime(f.path());
        if (!changed.toInstant().isBefore(limit)) {
          break;
        }
        byte[] first = LogFiles.firstLine(files.get(i + 1).path());
        ParsedRecord next = first == null ? null : ParsedRecord.parse(first, first.length);
        Files.delete(f.path());
        removed.add(f.path().getFileName().toString());
        if (next != null) {
          throughSeq = next.seq() - 1;
        }
      } catch (IOException | ParsedRecord.MalformedException ex) {
        LOG.warn(TEXT.text("retentionFailed", f.path(), ex.toString()).bothLanguages());
        break;
      }
    }
    if (!removed.isEmpty()) {
      LogFiles.forceDirectory(directory);
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("removed", String.join(",", removed));
      attrs.put("throughSeq", Long.toString(throughSeq));
      attrs.put("retentionDays", Long.toString(retention.toDays()));
      write(now, SystemTypes.RETENTION, null, attrs, false);
      LOG.info(
          TEXT.text(
                  "retained", String.valueOf(removed.size()), directory, String.valueOf(throughSeq))
              .bothLanguages());
    }
  }

  // ---- durability ----

  /** Forces the current file if {@code seq} is not yet on storage; threads share one force. */
  private void sync(long seq) {
    synchronized (syncLock) {
      if (durable >= seq) {
        return;
      }
      AuditException failed = failure;
      if (failed != null) {
        throw failed;
      }
      long target = written;
      try {
        channel.force(false);
      } catch (IOException ex) {
        throw fail(TEXT.text("writeFailed", directory.resolve(fileName), ex.toString()), ex);
      }
      durable = target;
    }
    notifyAcknowledged();
  }

  private void force() {
    sync(written);
  }

  private void notifyAcknowledged() {
    synchronized (ackMonitor) {
      ackMonitor.notifyAll();
    }
  }

  boolean awaitAcknowledged(long seq, Duration timeout) {
    long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
    synchronized (ackMonitor) {
      while (durable < seq) {
        AuditException failed = failure;
        if (failed != null) {
          throw failed;
        }
        if (closed) {
          throw new AuditException(TEXT.text("closed", directory), null);
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(ackMonitor, Math.min(left, 50_000_000L));
        } catch (InterruptedException ex) {
          Thread.currentThread().interrupt();
          throw new AuditException(TEXT.text("interrupted", String.valueOf(seq)), ex);
        }
      }
    }
    return true;
  }

  /** Group commit and timed checkpoints. */
  private void background() {
    long period =
        durability == Durability.GROUP_COMMIT
            ? groupCommit.toNanos()
            : Math.min(checkpointInterval.toNanos(), TimeUnit.SECONDS.toNanos(1));
    while (!closed && failure == null) {
      LockSupport.parkNanos(period);
      if (closed || Thread.interrupted()) {
        return;
      }
      try {
        if (durable < written) {
          sync(written);
        }
        if (sinceCheckpointDue()) {
          long seq = -1;
          writeLock.lock();
          try {
            if (!closed && sinceCheckpoint > 0) {
              seq = write(now(), SystemTypes.CHECKPOINT, null, Map.of(), true);
            }
          } finally {
            writeLock.unlock();
          }
          if (seq > 0) {
            sync(seq);
          }
        }
      } catch (AuditException ex) {
        // The failure is kept and thrown to every caller; nothing more to do here.
        return;
      }
    }
  }

  private boolean sinceCheckpointDue() {
    writeLock.lock();
    try {
      return sinceCheckpoint > 0
          && !clock.instant().isBefore(lastCheckpoint.plus(checkpointInterval));
    } finally {
      writeLock.unlock();
    }
  }

  // ---- state ----

  private void ensureOpen() {
    AuditException failed = failure;
    if (failed != null) {
      throw failed;
    }
    if (closed) {
      throw new AuditException(TEXT.text("closed", directory), null);
    }
  }

  private AuditException fail(io.anke.core.rule.Text text, Throwable cause) {
    AuditException e = new AuditException(text, cause);
    if (failure == null) {
      failure = e;
      LOG.error(text.bothLanguages());
    }
    notifyAcknowledged();
    return e;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private LocalDate day(Instant now) {
    return LocalDate.ofInstant(now, zone);
  }

  private void releaseLock() {
    try {
      lock.release();
    } catch (IOException ex) {
      // The lock goes with the channel below.
    }
    closeQuietly(lockChannel);
  }

  private static void closeQuietly(FileChannel ch) {
    if (ch == null) {
      return;
    }
    try {
      ch.close();
    } catch (IOException ex) {
      // Nothing is lost: everything acknowledged was forced before.
    }
  }

  @Override
  public String toString() {
    return "AuditLog[" + directory + ", log " + logId + ", " + durability + "]";
  }

  // ---- opening ----

  private static KeysetMac checkMacKeys(KeysetHandle keys) {
    Objects.requireNonNull(keys, "macKeys");
    if (keys.type() != KeyType.HMAC_SM3) {
      throw new IllegalArgumentException(
          TEXT.text("notHmacKeyset", keys.type().cliName()).bothLanguages());
    }
    KeysetMac mac = keys.mac();
    if (mac.primaryPrefix() != OutputPrefix.KEY_ID) {
      throw new IllegalArgumentException(TEXT.text("rawPrefix").bothLanguages());
    }
    return mac;
  }

  /** Where the chain stands in an existing directory. */
  private record Recovered(
      String logId,
      long sequence,
      byte[] hash,
      long lastNumber,
      Map<String, String> startAttributes) {}

  private static Recovered recover(Path directory, KeysetMac mac) throws IOException {
    List<LogFiles.LogFile> files = LogFiles.list(directory);
    Map<String, String> attrs = new LinkedHashMap<>();
    if (files.isEmpty()) {
      byte[] id = new byte[8];
      RANDOM.nextBytes(id);
      return new Recovered(RecordFormat.hex(id), 0, GENESIS, 0, attrs);
    }
    long lastNumber = files.get(files.size() - 1).number();
    for (int i = files.size() - 1; i >= 0; i--) {
      LogFiles.LogFile f = files.get(i);
      LogFiles.Tail tail = LogFiles.tail(f.path());
      String name = f.path().getFileName().toString();
      if (tail.tornBytes() > 0 && !attrs.containsKey("tornFile")) {
        // Only the newest file can end in a record the last writer did not finish.
        attrs.put("tornFile", name);
        attrs.put("tornBytes", Long.toString(tail.tornBytes()));
      }
      if (tail.lastLine() == null) {
        continue;
      }
      byte[] line = tail.lastLine();
      int bodyEnd = RecordFormat.bodyEnd(line, line.length);
      ParsedRecord last;
      try {
        if (bodyEnd < 0) {
          throw new ParsedRecord.MalformedException(CoreMessage.AUDIT_NOT_A_RECORD_LINE.text());
        }
        last = ParsedRecord.parse(line, line.length);
      } catch (ParsedRecord.MalformedException ex) {
        throw new AuditException(TEXT.text("lastUnreadable", f.path(), ex), ex);
      }
      byte[] digest = Sm3.digest(Arrays.copyOf(line, bodyEnd));
      int keyId = RecordFormat.keyId(line, bodyEnd);
      byte[] tag = RecordFormat.tag(line, bodyEnd);
      try {
        if (!mac.verifyMac(RecordFormat.prefixed(keyId, tag), digest)) {
          throw new AuditException(
              TEXT.text("lastForged", f.path(), String.valueOf(last.seq())), null);
        }
      } catch (KeyUnavailableException ex) {
        // The key of the last record has been retired from this keyset; the verifier checks it.
      }
      attrs.put("previous", name);
      attrs.put("previousEnd", SystemTypes.CLOSE.equals(last.type()) ? "closed" : "interrupted");
      return new Recovered(
          last.log(), last.seq(), RecordFormat.chainHash(digest, keyId, tag), lastNumber, attrs);
    }
    throw new AuditException(TEXT.text("noRecords", directory), null);
  }

  /** Configures and opens an {@link AuditLog}. */
  public static final class Builder {
    private final Path directory;
    private KeysetHandle macKeys;
    private Sm2SigningKeyHandle checkpointKey;
    private Durability durability = Durability.SYNC;
    private Duration groupCommit = Duration.ofMillis(50);
    private int checkpointEvery = 1000;
    private Duration checkpointInterval = Duration.ofMinutes(1);
    private long rotateBytes = 64L * 1024 * 1024;
    private boolean rotateDaily = true;
    private ZoneId zone = ZoneId.systemDefault();
    private Duration retention = MIN_RETENTION;
    private boolean slf4j;
    private Clock clock = Clock.systemUTC();

    private Builder(Path directory) {
      this.directory = Objects.requireNonNull(directory, "directory");
    }

    /** The hmac-sm3 keyset whose primary key authenticates each record (required). */
    public Builder macKeys(KeysetHandle value) {
      this.macKeys = Objects.requireNonNull(value, "macKeys");
      return this;
    }

    /**
     * The SM2 key that signs checkpoints (required); a key provider's handle keeps it in an HSM.
     */
    public Builder checkpointKey(Sm2SigningKeyHandle value) {
      this.checkpointKey = Objects.requireNonNull(value, "checkpointKey");
      return this;
    }

    /** When a record counts as kept; default {@link Durability#SYNC}. */
    public Builder durability(Durability value) {
      this.durability = Objects.requireNonNull(value, "durability");
      return this;
    }

    /** How often group commit forces the file; default 50 ms, between 1 ms and 10 s. */
    public Builder groupCommitInterval(Duration value) {
      this.groupCommit = within(value, Duration.ofMillis(1), Duration.ofSeconds(10), "interval");
      return this;
    }

    /** A signed checkpoint after this many records; default 1,000. */
    public Builder checkpointEvery(int records) {
      if (records < 1) {
        throw new IllegalArgumentException(CoreMessage.AUDIT_CHECKPOINT_EVERY.english(records));
      }
      this.checkpointEvery = records;
      return this;
    }

    /** A signed checkpoint at least this often while records arrive; default one minute. */
    public Builder checkpointInterval(Duration value) {
      this.checkpointInterval =
          within(value, Duration.ofMillis(10), Duration.ofDays(1), "checkpointInterval");
      return this;
    }

    /** Starts a new file once the current one reaches this size; default 64 MiB, at least 4 KiB. */
    public Builder rotateAtBytes(long value) {
      if (value < 4096) {
        throw new IllegalArgumentException(CoreMessage.AUDIT_ROTATE_AT_BYTES.english(value));
      }
      this.rotateBytes = value;
      return this;
    }

    /** Whether to start a new file when the day changes in {@link #zone}; default true. */
    public Builder rotateDaily(boolean value) {
      this.rotateDaily = value;
      return this;
    }

    /** The time zone whose days name the files and drive daily rotation; default the system's. */
    public Builder zone(ZoneId value) {
      this.zone = Objects.requireNonNull(value, "zone");
      return this;
    }

    /**
     * How long files are kept after their last change; default and minimum {@link #MIN_RETENTION}
     * (184 days, the longest six calendar months).
     */
    public Builder retention(Duration value) {
      Objects.requireNonNull(value, "retention");
      if (value.compareTo(MIN_RETENTION) < 0) {
        throw new IllegalArgumentException(
            TEXT.text("retentionTooShort", String.valueOf(value.toDays())).bothLanguages());
      }
      this.retention = value;
      return this;
    }

    /**
     * Also sends each record, one line as written, to the SLF4J logger {@value #SLF4J_LOGGER} at
     * INFO, for a platform's log pipeline; default off.
     */
    public Builder slf4j(boolean value) {
      this.slf4j = value;
      return this;
    }

    /** The clock for record times, rotation and retention (tests); default the system's, UTC. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Opens the log: takes the directory's lock, finds where an earlier run left the chain, and
     * starts a new file that continues it.
     *
     * @throws IllegalStateException if the MAC keys or the checkpoint key are missing
     * @throws IllegalArgumentException if the MAC keyset is not an hmac-sm3 keyset with key ids
     * @throws AuditException if another process holds the directory, it cannot be written, or its
     *     last record does not verify under the MAC keys
     */
    public AuditLog open() {
      if (macKeys == null || checkpointKey == null) {
        throw new IllegalStateException(TEXT.text("keysRequired").bothLanguages());
      }
      KeysetMac mac = checkMacKeys(macKeys);
      FileChannel lockChannel = null;
      FileLock lock = null;
      try {
        Files.createDirectories(directory);
        Path lockFile = directory.resolve(LogFiles.LOCK);
        lockChannel =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
          lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException ex) {
          lock = null;
        }
        if (lock == null) {
          throw new AuditException(TEXT.text("locked", directory, holder(lockFile)), null);
        }
        lockChannel.truncate(0);
        lockChannel.write(
            ByteBuffer.wrap(
                (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
        return new AuditLog(this, lockChannel, lock, recover(directory, mac));
      } catch (IOException ex) {
        closeQuietly(lockChannel);
        throw new AuditException(TEXT.text("openFailed", directory, ex.toString()), ex);
      } catch (RuntimeException ex) {
        if (lock != null) {
          try {
            lock.release();
          } catch (IOException ignored) {
            // closing the channel releases it too
          }
        }
        closeQuietly(lockChannel);
        throw ex;
      }
    }

    private static String holder(Path lockFile) {
      try {
        String pid = Files.readString(lockFile, StandardCharsets.US_ASCII).trim();
        return pid.matches("\\d{1,10}") ? pid : "?";
      } catch (IOException ex) {
        return "?";
      }
    }

    private static Duration within(Duration v, Duration min, Duration max, String what) {
      Objects.requireNonNull(v, what);
      if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
        throw new IllegalArgumentException(
            CoreMessage.AUDIT_DURATION_RANGE.english(what, min, max));
      }
      return v;
    }
  }
}
