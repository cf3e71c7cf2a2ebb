package io.anke.core.audit;

import io.anke.core.audit.AuditProblem.Kind;
import io.anke.core.audit.AuditProblem.Level;
import io.anke.core.audit.internal.LineReader;
import io.anke.core.audit.internal.ParsedRecord;
import io.anke.core.audit.internal.RecordFormat;
import io.anke.core.internal.CoreMessage;
import io.anke.core.rule.Text;
import io.anke.crypto.keyset.KeyInfo;
import io.anke.crypto.keyset.KeyUnavailableException;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.keyset.KeysetMac;
import io.anke.crypto.sm2.Sm2;
import io.anke.crypto.sm2.Sm2PublicKey;
import io.anke.crypto.sm2.Sm2SignatureEncoding;
import io.anke.crypto.sm2.Sm2Verifier;
import io.anke.crypto.sm3.Sm3;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Checks audit log files written by {@link AuditLog}: every record's MAC (with the hmac-sm3
 * keyset), every checkpoint's signature (with the trusted SM2 public keys), and the chain and
 * sequence numbers across records and files. It names the file, line and sequence number of each
 * record changed, removed, inserted or moved, of each file removed or moved, and tells a record
 * torn by a crash (never acknowledged) from tampering.
 *
 * <pre>{@code
 * AuditVerification v = AuditVerifier.builder()
 *     .macKeys(auditKeyset)
 *     .checkpointKeys(List.of(publicKey))
 *     .build()
 *     .verify(files);
 * if (!v.intact()) { v.problems().forEach(p -> System.out.println(p.location() + " " + p.message().en())); }
 * }</pre>
 *
 * <p>Give the files of a log in the order they were written (their names sort that way). Files of
 * several logs, gathered from several instances, may be mixed: each log id is a chain of its own.
 * Records collected through SLF4J by a platform's log pipeline are read with {@link
 * Builder#collectedLogs(boolean)}.
 *
 * <p>Without the keyset the MACs are not checked, and without public keys the checkpoints are not;
 * the chain still is, and the result says what was not checked. Without either, a forger who
 * rewrites every record after a point goes unnoticed; with the public keys only, after the last
 * checkpoint; with the keyset, never without the key. Removing records from the end of a log that
 * is still being written cannot be told from a writer that has not written them yet; {@link
 * Builder#requireClosed(boolean)} makes a log that does not end with its closing checkpoint a
 * failure, for logs whose writers have stopped. Immutable and thread-safe.
 */
public final class AuditVerifier {
  /** Receives progress while large inputs are read. */
  @FunctionalInterface
  public interface Progress {
    /**
     * Called about once a second and at the end.
     *
     * @param bytesDone bytes read so far
     * @param bytesTotal bytes to read in all
     * @param records records read so far
     */
    void update(long bytesDone, long bytesTotal, long records);
  }

  private static final String ZEROS = "0".repeat(64);
  private static final int THREADS = Runtime.getRuntime().availableProcessors();

  /** Hashing and MAC checks of many lines run on every core; the threads idle out when unused. */
  private static final ExecutorService POOL = pool();

  private static final long PROGRESS_NANOS = 1_000_000_000L;

  private final KeysetMac mac;
  private final Map<String, Sm2Verifier> signers;
  private final boolean requireClosed;
  private final boolean collected;
  private final Progress progress;

  private AuditVerifier(Builder b) {
    this.mac = b.macKeys == null ? null : b.macKeys.mac();
    Map<String, Sm2Verifier> s = new HashMap<>();
    for (Sm2PublicKey k : b.checkpointKeys) {
      s.put(
          RecordFormat.signerId(k),
          new Sm2Verifier(k).withId(Sm2.defaultId()).withEncoding(Sm2SignatureEncoding.RAW));
    }
    this.signers = Map.copyOf(s);
    this.requireClosed = b.requireClosed;
    this.collected = b.collected;
    this.progress = b.progress;
  }

  private static ExecutorService pool() {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            THREADS,
            THREADS,
            10,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "anke-audit-verify");
              t.setDaemon(true);
              return t;
            });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /** A builder; with no keys, only the chain is checked. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies {@code files}, in the order given.
   *
   * @return what was found; a file that cannot be read is a problem of level {@link
   *     Level#UNREADABLE}, not an exception
   */
  public AuditVerification verify(List<Path> files) {
    Run run = new Run(files);
    for (Path f : files) {
      run.file(f);
    }
    return run.finish();
  }

  /** The state of one verification. */
  private final class Run {
    private final List<AuditProblem> problems = new ArrayList<>();
    private final Map<String, ChainState> chains = new LinkedHashMap<>();
    private final Map<String, Torn> torn = new HashMap<>();
    private final long total;
    private long done;
    private long records;
    private long files;
    private long lastProgress = System.nanoTime();
    private boolean anyRecord;

    Run(List<Path> paths) {
      long t = 0;
      for (Path p : paths) {
        try {
          t += Files.size(p);
        } catch (IOException e) {
          // reported when the file is read
        }
      }
      this.total = t;
    }

    void file(Path path) {
      String name = path.toString();
      files++;
      long recordsBefore = records;
      long doneBefore = done;
      int problemsBefore = problems.size();
      List<Prepared> batch = new ArrayList<>(BATCH);
      try (InputStream in = Files.newInputStream(path)) {
        LineReader r = new LineReader(in);
        long base = done;
        while (r.next()) {
          done = base + r.bytesRead();
          byte[] line = r.line();
          int length = r.length();
          if (!r.terminated() && !collected) {
            check(name, batch);
            fragment(name, r.number(), line, length, r.tooLong(), lastChainOf(name));
            break;
          }
          int from = 0;
          int end = length;
          if (collected && !r.tooLong()) {
            from = indexOf(line, length, RecordFormat.PREFIX);
            if (from < 0) {
              continue;
            }
            while (end > from && (line[end - 1] == '\r' || line[end - 1] == ' ')) {
              end--;
            }
          } else if (r.tooLong() && collected) {
            continue;
          }
          batch.add(
              new Prepared(r.number(), r.tooLong() ? null : Arrays.copyOfRange(line, from, end)));
          if (batch.size() == BATCH) {
            check(name, batch);
            progress(false);
          }
        }
        check(name, batch);
        done = base + r.bytesRead();
      } catch (IOException e) {
        check(name, batch);
        problem(Kind.UNREADABLE, Level.UNREADABLE, name, 0, 0, null, "unreadable", e.toString());
        return;
      }
      if (records == recordsBefore) {
        Torn cut = torn.get(baseName(name));
        if (done == doneBefore) {
          // Created and never written: a crash right after a new file was made.
          problem(Kind.EMPTY_FILE, Level.NOTICE, name, 0, 0, null, "emptyFile");
        } else if (cut == null || !cut.file.equals(name) || problems.size() != problemsBefore) {
          // Not one record: this is not an audit log (or not one any more), rather than a log
          // with damaged lines; its lines are not reported one by one.
          problems.subList(problemsBefore, problems.size()).clear();
          torn.remove(baseName(name));
          problem(Kind.UNREADABLE, Level.UNREADABLE, name, 0, 0, null, "noRecords");
        }
        // else: only the beginning of a first record, cut short by a crash; judged at the end.
      }
    }

    /** The chain whose last record was read from {@code file}, if any. */
    private ChainState lastChainOf(String file) {
      ChainState found = null;
      for (ChainState c : chains.values()) {
        if (file.equals(c.lastFile)) {
          found = c;
        }
      }
      return found;
    }

    /**
     * Checks a batch of lines: what each line holds on its own (parse, digest, MAC, signature) on
     * every core, then, in order, what ties the lines together (sequence and chain).
     */
    private void check(String file, List<Prepared> batch) {
      if (batch.isEmpty()) {
        return;
      }
      prepareAll(batch);
      for (Prepared x : batch) {
        if (x.line == null) {
          problem(Kind.MALFORMED, Level.TAMPERING, file, x.number, 0, null, "tooLong");
        } else if (x.malformed != null) {
          damaged(file, x.number, x.malformed);
        } else {
          record(file, x);
        }
      }
      batch.clear();
    }

    /** Bytes after the last LF of a file: a torn record, or tampering. */
    private void fragment(
        String file, long line, byte[] bytes, int length, boolean tooLong, ChainState chain) {
      byte[] b = Arrays.copyOf(bytes, length);
      if (tooLong || !ParsedRecord.isTruncatedRecord(b)) {
        problem(
            Kind.UNEXPLAINED_BYTES,
            Level.TAMPERING,
            file,
            line,
            chain == null ? 0 : chain.lastSeq + 1,
            chain == null ? null : chain.log,
            "notTorn");
        return;
      }
      torn.put(
          baseName(file),
          new Torn(
              file,
              line,
              length,
              chain,
              chain == null ? 0 : chain.records,
              chain == null ? 0 : chain.lastSeq + 1));
    }

    /** Checks one prepared record line against the chain so far. */
    private void record(String file, Prepared x) {
      ParsedRecord rec = x.record;
      long lineNo = x.number;
      records++;
      anyRecord = true;
      ChainState c = chains.computeIfAbsent(rec.log(), ChainState::new);
      c.file(file);
      boolean macFailed = !checkMac(c, file, x);
      boolean advance = sequence(c, file, lineNo, rec, macFailed);
      if (advance) {
        if (!file.equals(c.movedFile)) {
          c.movedFile = null;
        }
        c.lastHash = x.chain;
        c.lastFile = file;
        c.lastLine = lineNo;
        c.lastMacFailed = macFailed;
        c.closed = SystemTypes.CLOSE.equals(rec.type());
      }
      c.records++;
      if (SystemTypes.signed(rec.type())) {
        checkpoint(c, file, x);
      } else if (SystemTypes.FILE_START.equals(rec.type())) {
        fileStart(c, file, lineNo, rec);
      } else if (SystemTypes.RETENTION.equals(rec.type())) {
        c.retainedThrough = Math.max(c.retainedThrough, parseLong(rec.attrs().get("throughSeq")));
      }
    }

    /** A line that is not a record: the next record resumes the chain without a second report. */
    private void damaged(String file, long lineNo, Text why) {
      problem(Kind.MALFORMED, Level.TAMPERING, file, lineNo, 0, null, "malformed", why);
      for (ChainState c : chains.values()) {
        if (file.equals(c.lastFile)) {
          c.resync = true;
        }
      }
    }

    /** False only when the MAC was checked and is wrong (a notice when it cannot be checked). */
    private boolean checkMac(ChainState c, String file, Prepared x) {
      switch (x.mac) {
        case MISMATCH -> {
          problem(
              Kind.MAC_MISMATCH,
              Level.TAMPERING,
              file,
              x.number,
              x.record.seq(),
              c.log,
              "macMismatch",
              KeyInfo.formatId(x.keyId));
          return false;
        }
        case UNAVAILABLE -> {
          problem(
              Kind.KEY_UNAVAILABLE,
              Level.NOTICE,
              file,
              x.number,
              x.record.seq(),
              c.log,
              "keyUnavailable",
              KeyInfo.formatId(x.keyId));
          return true;
        }
        default -> {
          return true;
        }
      }
    }

    /**
     * Checks the sequence number and chain link of a record against the chain so far.
     *
     * @return whether the chain now stands at this record (false for a record found out of order,
     *     so that one moved record makes one report)
     */
    private boolean sequence(
        ChainState c, String file, long lineNo, ParsedRecord rec, boolean macFailed) {
      long seq = rec.seq();
      if (c.lastSeq < 0) {
        c.firstSeq = seq;
        c.firstFile = file;
        c.firstLine = lineNo;
        if (seq == 1 && !ZEROS.equals(rec.prev())) {
          problem(Kind.CHAIN_BROKEN, Level.TAMPERING, file, lineNo, seq, c.log, "badGenesis");
        } else if (seq > 1) {
          // Judged at the end: removed by retention, missing, or (if they turn up) moved.
          c.missing.put(1L, new Gap(seq - 1, file, lineNo, new Found(null, seq - 1)));
        }
        c.lastSeq = seq;
        return true;
      }
      if (c.resync || macFailed) {
        // The line before was damaged, or this one is forged: its fields prove nothing, and the
        // change is reported already. Assume it stands where the next record belongs.
        c.resync = false;
        c.lastSeq = macFailed ? c.lastSeq + 1 : Math.max(c.lastSeq, seq);
        return true;
      }
      long expected = c.lastSeq + 1;
      if (seq == expected) {
        if (!rec.prev().equals(c.lastHash) && !c.lastMacFailed) {
          problem(
              Kind.CHAIN_BROKEN,
              Level.TAMPERING,
              file,
              lineNo,
              seq,
              c.log,
              Objects.equals(file, c.lastFile) ? "chainBroken" : "chainBrokenFiles",
              location(c.lastFile, c.lastLine),
              String.valueOf(c.lastSeq));
        }
        c.lastSeq = seq;
        return true;
      }
      if (seq > expected) {
        boolean boundary = !Objects.equals(file, c.lastFile);
        AuditProblem p =
            problem(
                Kind.MISSING,
                Level.TAMPERING,
                file,
                lineNo,
                seq,
                c.log,
                boundary ? "missingFiles" : "missing",
                range(expected, seq - 1),
                location(c.lastFile, c.lastLine),
                String.valueOf(c.lastSeq));
        c.missing.put(expected, new Gap(seq - 1, file, lineNo, new Found(p, seq - expected)));
        c.lastSeq = seq;
        return true;
      }
      Map.Entry<Long, Gap> entry = c.missing.floorEntry(seq);
      Gap gap = entry == null ? null : entry.getValue();
      boolean inGap = gap != null && gap.last >= seq;
      if (inGap) {
        c.missing.remove(entry.getKey());
        if (entry.getKey() < seq) {
          c.missing.put(entry.getKey(), new Gap(seq - 1, gap.file, gap.line, gap.found));
        }
        if (gap.last > seq) {
          c.missing.put(seq + 1, gap);
        }
        if (--gap.found.remaining == 0 && gap.found.problem != null) {
          // Every record missing at the gap turned up later: a move, not a removal.
          problems.remove(gap.found.problem);
        }
      }
      if (file.equals(c.movedFile)) {
        // The rest of a file already reported as out of order or repeated.
        return false;
      }
      boolean wholeFile = !file.equals(c.lastFile);
      if (wholeFile) {
        c.movedFile = file;
      }
      if (inGap) {
        problem(
            Kind.REORDERED,
            Level.TAMPERING,
            file,
            lineNo,
            seq,
            c.log,
            wholeFile ? "reorderedFiles" : "reordered",
            location(gap.file, gap.line),
            String.valueOf(c.lastSeq));
      } else {
        problem(
            Kind.DUPLICATE,
            Level.TAMPERING,
            file,
            lineNo,
            seq,
            c.log,
            wholeFile ? "duplicateFile" : "duplicate",
            String.valueOf(c.lastSeq),
            location(c.lastFile, c.lastLine));
      }
      return false;
    }

    private void checkpoint(ChainState c, String file, Prepared x) {
      ParsedRecord rec = x.record;
      c.checkpoints++;
      c.lastCheckpoint = rec.seq();
      c.lastCheckpointFile = file;
      c.lastCheckpointLine = x.number;
      switch (x.signature) {
        case MALFORMED ->
            problem(
                Kind.MALFORMED,
                Level.TAMPERING,
                file,
                x.number,
                rec.seq(),
                c.log,
                "malformed",
                AuditLog.TEXT.text("damaged.unsignedCheckpoint"));
        case UNKNOWN_SIGNER ->
            problem(
                Kind.UNKNOWN_SIGNER,
                Level.TAMPERING,
                file,
                x.number,
                rec.seq(),
                c.log,
                "unknownSigner",
                rec.signer());
        case BAD ->
            problem(
                Kind.BAD_SIGNATURE,
                Level.TAMPERING,
                file,
                x.number,
                rec.seq(),
                c.log,
                "badSignature");
        default -> {
          // verified, or no trusted key given
        }
      }
    }

    private void fileStart(ChainState c, String file, long lineNo, ParsedRecord rec) {
      String tornFile = rec.attrs().get("tornFile");
      if (tornFile == null) {
        return;
      }
      Torn t = torn.remove(tornFile);
      long declared = parseLong(rec.attrs().get("tornBytes"));
      if (t == null) {
        // The crashed file was not given: nothing to compare.
        return;
      }
      if (t.length != declared) {
        problem(
            Kind.UNEXPLAINED_BYTES,
            Level.TAMPERING,
            t.file,
            t.line,
            0,
            c.log,
            "tornMismatch",
            String.valueOf(t.length),
            String.valueOf(declared),
            location(file, lineNo));
      } else {
        problem(
            Kind.RECOVERED_TORN_RECORD,
            Level.NOTICE,
            t.file,
            t.line,
            t.seq,
            c.log,
            "recoveredTorn",
            String.valueOf(t.length),
            location(file, lineNo));
      }
    }

    AuditVerification finish() {
      progress(true);
      for (Torn t : torn.values()) {
        boolean laterRecords = t.chain != null && t.chain.records > t.chainRecords;
        if (laterRecords) {
          problem(
              Kind.UNEXPLAINED_BYTES,
              Level.TAMPERING,
              t.file,
              t.line,
              0,
              t.chain.log,
              "tornInMiddle",
              String.valueOf(t.length));
        } else {
          problem(
              Kind.INCOMPLETE_FINAL_RECORD,
              Level.NOTICE,
              t.file,
              t.line,
              t.seq,
              t.chain == null ? null : t.chain.log,
              "incompleteFinal",
              String.valueOf(t.length));
        }
      }
      List<AuditVerification.Chain> out = new ArrayList<>();
      for (ChainState c : chains.values()) {
        Gap beginning = c.missing.get(1L);
        if (beginning != null) {
          if (c.retainedThrough >= beginning.last) {
            problem(
                Kind.RETAINED,
                Level.NOTICE,
                c.firstFile,
                c.firstLine,
                c.firstSeq,
                c.log,
                "retained",
                String.valueOf(beginning.last));
          } else {
            problem(
                Kind.MISSING_BEGINNING,
                Level.TAMPERING,
                c.firstFile,
                c.firstLine,
                c.firstSeq,
                c.log,
                "missingBeginning",
                String.valueOf(beginning.last));
          }
        }
        if (!c.closed) {
          long after = c.lastSeq - c.lastCheckpoint;
          problem(
              Kind.NOT_CLOSED,
              requireClosed ? Level.TAMPERING : Level.NOTICE,
              c.lastFile,
              c.lastLine,
              c.lastSeq,
              c.log,
              c.lastCheckpoint == 0
                  ? "notClosedNoCheckpoint"
                  : after == 0 ? "notClosedAtCheckpoint" : "notClosed",
              String.valueOf(after),
              String.valueOf(c.lastCheckpoint),
              location(c.lastCheckpointFile, c.lastCheckpointLine));
        }
        out.add(
            new AuditVerification.Chain(
                c.log,
                c.firstSeq,
                c.lastSeq,
                c.records,
                c.checkpoints,
                c.lastCheckpoint,
                c.closed,
                c.files));
      }
      if (anyRecord && mac == null) {
        problems.add(notice("noMacKeys"));
      }
      if (anyRecord && signers.isEmpty()) {
        problems.add(notice("noCheckpointKeys"));
      }
      return new AuditVerification(out, problems, files, records, mac != null, !signers.isEmpty());
    }

    private AuditProblem notice(String key) {
      return new AuditProblem(
          Kind.UNCHECKED, Level.NOTICE, null, 0, 0, null, AuditLog.TEXT.text(key));
    }

    private void progress(boolean last) {
      if (progress == null) {
        return;
      }
      long now = System.nanoTime();
      if (last || now - lastProgress >= PROGRESS_NANOS) {
        lastProgress = now;
        progress.update(done, total, records);
      }
    }

    private AuditProblem problem(
        Kind kind,
        Level level,
        String file,
        long line,
        long seq,
        String log,
        String key,
        Object... args) {
      Object[] all = new Object[args.length + 3];
      all[0] = location(file, line);
      all[1] = seq == 0 ? "?" : String.valueOf(seq);
      all[2] = log == null ? "?" : log;
      System.arraycopy(args, 0, all, 3, args.length);
      Text text = AuditLog.TEXT.text("verify." + key, all);
      AuditProblem p = new AuditProblem(kind, level, file, line, seq, log, text);
      problems.add(p);
      return p;
    }
  }

  /** How many lines are read before they are checked together. */
  private static final int BATCH = 4096;

  private enum MacResult {
    UNCHECKED,
    VALID,
    MISMATCH,
    UNAVAILABLE
  }

  private enum SignatureResult {
    UNCHECKED,
    VALID,
    BAD,
    UNKNOWN_SIGNER,
    MALFORMED
  }

  /** One line and what can be known of it on its own. */
  private static final class Prepared {
    final long number;
    final byte[] line;
    Text malformed;
    ParsedRecord record;
    int keyId;
    String chain;
    MacResult mac = MacResult.UNCHECKED;
    SignatureResult signature = SignatureResult.UNCHECKED;

    Prepared(long number, byte[] line) {
      this.number = number;
      this.line = line;
    }
  }

  /** Prepares every line of a batch, split over the verifier's threads. */
  private void prepareAll(List<Prepared> batch) {
    int threads = Math.min(THREADS, Math.max(1, batch.size() / 256));
    if (threads == 1) {
      batch.forEach(this::prepare);
      return;
    }
    List<Callable<Void>> parts = new ArrayList<>(threads);
    int per = (batch.size() + threads - 1) / threads;
    for (int from = 0; from < batch.size(); from += per) {
      List<Prepared> part = batch.subList(from, Math.min(batch.size(), from + per));
      parts.add(
          () -> {
            part.forEach(this::prepare);
            return null;
          });
    }
    try {
      for (Future<Void> f : POOL.invokeAll(parts)) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(CoreMessage.AUDIT_VERIFY_INTERRUPTED.english(), e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Parses, hashes and authenticates one line; nothing here depends on other lines. */
  private void prepare(Prepared x) {
    byte[] line = x.line;
    if (line == null) {
      return;
    }
    int bodyEnd = RecordFormat.bodyEnd(line, line.length);
    if (bodyEnd < 0) {
      x.malformed = AuditLog.TEXT.text("damaged.noKeyIdAndMac");
      return;
    }
    try {
      x.record = ParsedRecord.parse(line, line.length);
    } catch (ParsedRecord.MalformedException e) {
      x.malformed = Text.messageOf(e);
      return;
    }
    byte[] digest = Sm3.newHasher().update(line, 0, bodyEnd).digest();
    x.keyId = RecordFormat.keyId(line, bodyEnd);
    byte[] tag = RecordFormat.tag(line, bodyEnd);
    x.chain = RecordFormat.hex(RecordFormat.chainHash(digest, x.keyId, tag));
    if (mac != null) {
      try {
        x.mac =
            mac.verifyMac(RecordFormat.prefixed(x.keyId, tag), digest)
                ? MacResult.VALID
                : MacResult.MISMATCH;
      } catch (KeyUnavailableException e) {
        x.mac = MacResult.UNAVAILABLE;
      }
    }
    if (SystemTypes.signed(x.record.type()) && !signers.isEmpty()) {
      int signedEnd = RecordFormat.signedEnd(line, bodyEnd);
      if (signedEnd < 0 || x.record.signer() == null) {
        x.signature = SignatureResult.MALFORMED;
      } else {
        Sm2Verifier v = signers.get(x.record.signer());
        if (v == null) {
          x.signature = SignatureResult.UNKNOWN_SIGNER;
        } else {
          x.signature =
              v.verify(Arrays.copyOf(line, signedEnd), RecordFormat.signature(line, signedEnd))
                  ? SignatureResult.VALID
                  : SignatureResult.BAD;
        }
      }
    }
  }

  /** Where a chain stands while its records are read. */
  private static final class ChainState {
    final String log;
    final List<String> files = new ArrayList<>();
    final TreeMap<Long, Gap> missing = new TreeMap<>();
    long firstSeq;
    String firstFile;
    long firstLine;
    long lastSeq = -1;
    boolean lastMacFailed;
    String lastHash;
    String lastFile;
    long lastLine;
    long records;
    long checkpoints;
    long lastCheckpoint;
    String lastCheckpointFile;
    long lastCheckpointLine;
    long retainedThrough;
    boolean closed;
    boolean resync;
    String movedFile;

    ChainState(String log) {
      this.log = log;
    }

    void file(String file) {
      if (files.isEmpty() || !files.get(files.size() - 1).equals(file)) {
        files.add(file);
      }
    }
  }

  /** Sequence numbers found missing at a line, still expected to turn up (moved). */
  private record Gap(long last, String file, long line, Found found) {}

  /** A gap as reported: its problem, and how many of its records have not turned up yet. */
  private static final class Found {
    final AuditProblem problem;
    long remaining;

    Found(AuditProblem problem, long remaining) {
      this.problem = problem;
      this.remaining = remaining;
    }
  }

  /** The unfinished last line of a file. */
  private record Torn(
      String file, long line, long length, ChainState chain, long chainRecords, long seq) {}

  private static String location(String file, long line) {
    if (file == null) {
      return "?";
    }
    return line > 0 ? file + ":" + line : file;
  }

  private static String range(long from, long to) {
    return from == to ? String.valueOf(from) : from + ".." + to;
  }

  private static String baseName(String file) {
    Path p = Path.of(file).getFileName();
    return p == null ? file : p.toString();
  }

  private static long parseLong(String s) {
    try {
      return s == null ? 0 : Long.parseLong(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static int indexOf(byte[] line, int length, String piece) {
    outer:
    for (int i = 0; i + piece.length() <= length; i++) {
      for (int j = 0; j < piece.length(); j++) {
        if (line[i + j] != piece.charAt(j)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Configures an {@link AuditVerifier}. */
  public static final class Builder {
    private KeysetHandle macKeys;
    private final List<Sm2PublicKey> checkpointKeys = new ArrayList<>();
    private boolean requireClosed;
    private boolean collected;
    private Progress progress;

    private Builder() {}

    /** The hmac-sm3 keyset the records were authenticated with (all keys that were used). */
    public Builder macKeys(KeysetHandle value) {
      this.macKeys = Objects.requireNonNull(value, "macKeys");
      return this;
    }

    /** The SM2 public keys trusted to have signed checkpoints. */
    public Builder checkpointKeys(List<Sm2PublicKey> values) {
      for (Sm2PublicKey k : values) {
        checkpointKeys.add(Objects.requireNonNull(k, "checkpoint key"));
      }
      return this;
    }

    /**
     * Whether a log that does not end with its closing checkpoint counts as truncated; default
     * false (a running or crashed writer leaves a log open).
     */
    public Builder requireClosed(boolean value) {
      this.requireClosed = value;
      return this;
    }

    /**
     * Whether the files are collected log output (the records that {@link AuditLog} sent through
     * SLF4J, each inside a line after the logger's prefix) rather than the log's own files: records
     * are then found inside lines, and lines without one are skipped. Default false: every line
     * must be a record.
     */
    public Builder collectedLogs(boolean value) {
      this.collected = value;
      return this;
    }

    /** Receives progress about once a second. */
    public Builder progress(Progress value) {
      this.progress = value;
      return this;
    }

    /** The verifier. */
    public AuditVerifier build() {
      return new AuditVerifier(this);
    }
  }
}
