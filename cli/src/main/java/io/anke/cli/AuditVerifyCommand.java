package io.anke.cli;

import static io.anke.cli.CommandGroup.text;

import com.fasterxml.jackson.core.JsonGenerator;
import io.anke.cli.AuditCommand.Format;
import io.anke.core.ExitCode;
import io.anke.core.audit.AuditProblem;
import io.anke.core.audit.AuditProblem.Level;
import io.anke.core.audit.AuditVerification;
import io.anke.core.audit.AuditVerifier;
import io.anke.core.manifest.DeliveryManifest;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.sm2.Sm2PublicKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code anke audit verify LOG...}: checks audit log files and names every record changed, removed,
 * inserted or moved (see {@link AuditCommand}).
 */
@Command(
    name = "verify",
    resourceBundle = "io.anke.cli.AuditMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class AuditVerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "LOG", descriptionKey = "verify.logs")
  List<Path> logs = new ArrayList<>();

  @Option(names = "--key", paramLabel = "FILE", descriptionKey = "verify.key")
  Path keyFile;

  @Option(names = "--kek", paramLabel = "FILE", descriptionKey = "verify.kek")
  Path kekFile;

  @Option(names = "--pubkey", paramLabel = "FILE", descriptionKey = "verify.pubkey")
  List<Path> pubkeys = new ArrayList<>();

  @Option(names = "--closed", descriptionKey = "verify.closed")
  boolean closed;

  @Option(names = "--collected", descriptionKey = "verify.collected")
  boolean collected;

  @Option(names = "--format", paramLabel = "text|json", descriptionKey = "verify.format")
  Format format = Format.text;

  private boolean progressShown;

  @Override
  public Integer call() {
    if (logs.isEmpty()) {
      throw new UsageException(t("error.noLogs"));
    }
    if (keyFile != null && kekFile == null) {
      throw new UsageException(t("error.kekRequired"));
    }
    if (keyFile == null && kekFile != null) {
      throw new UsageException(t("error.kekWithoutKey"));
    }
    // Keys first: a wrong key file is reported before any log is read.
    AuditVerifier.Builder verifier =
        AuditVerifier.builder().requireClosed(closed).collectedLogs(collected);
    if (keyFile != null) {
      verifier.macKeys(macKeys());
    }
    List<Sm2PublicKey> trusted = new ArrayList<>();
    for (Path p : pubkeys) {
      CliIo.readNonEmpty(spec, p); // an empty file is said to be empty, not malformed
      trusted.addAll(DeliveryManifest.readTrustedKeys(p));
    }
    verifier.checkpointKeys(trusted);
    List<Path> files = files();
    if (CliIo.personWatching()) {
      verifier.progress(this::progress);
    }
    AuditVerification v = verifier.build().verify(files);
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.json ? json(v) : text(v));
    out.flush();
    if (v.tampered()) {
      return ExitCode.FINDINGS.code();
    }
    return v.unreadable() ? ExitCode.INVALID_INPUT.code() : ExitCode.OK.code();
  }

  /** The hmac-sm3 keyset of --key, opened with --kek as {@code anke keyset} opens it. */
  private KeysetHandle macKeys() {
    KeysetHandle keys =
        KeysetCommand.readKeyset(spec, keyFile, KeysetCommand.loadKek(spec, kekFile));
    if (keys.type() != KeyType.HMAC_SM3) {
      throw new UsageException(t("error.notHmacKeyset", keyFile, keys.type().cliName()));
    }
    return keys;
  }

  /**
   * The files to read: each LOG file in the order given, and for each directory every {@code
   * *.jsonl} file below it, sorted by path. A file named twice (or through a link) is read once.
   */
  private List<Path> files() {
    List<Path> files = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Path log : logs) {
      List<Path> found;
      if (Files.isDirectory(log)) {
        found = jsonLines(log);
        if (found.isEmpty()) {
          throw new InvalidInputException(t("error.noJsonl", log));
        }
      } else if (Files.exists(log)) {
        found = List.of(log);
      } else {
        throw new InvalidInputException(t("error.noSuchLog", log));
      }
      for (Path f : found) {
        if (seen.add(identity(f))) {
          files.add(f);
        }
      }
    }
    return files;
  }

  /** The file itself, whatever link or relative path names it. */
  private static Path identity(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize(); // reported when it is read
    }
  }

  private List<Path> jsonLines(Path dir) {
    // Following links: /var/log/app/audit is often one, and so are rotated-away archives.
    try (Stream<Path> all = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
      // A platform's collected logs have its own names; the log's own files end in .jsonl.
      return all.filter(p -> collected || p.getFileName().toString().endsWith(".jsonl"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      throw new InvalidInputException(
          t("error.unreadableDirectory", dir, CliIo.reason(spec, dir, cause)), e);
    }
  }

  /** One line on standard error about once a second, only for verifications that take a while. */
  private void progress(long bytesDone, long bytesTotal, long records) {
    boolean last = bytesDone >= bytesTotal;
    if (last && !progressShown) {
      return;
    }
    progressShown = true;
    long percent = bytesTotal == 0 ? 100 : bytesDone * 100 / bytesTotal;
    PrintWriter err = spec.commandLine().getErr();
    err.print(
        "anke: "
            + t(
                "progress",
                String.valueOf(percent),
                String.valueOf(bytesDone >> 20),
                String.valueOf(bytesTotal >> 20),
                String.valueOf(records))
            + "\n");
    err.flush();
  }

  // ---- text ----

  private String text(AuditVerification v) {
    Locale locale = Lang.of(spec);
    StringBuilder s = new StringBuilder();
    for (AuditProblem p : v.problems()) {
      String where = p.location();
      s.append(where.isEmpty() ? "" : where + ": ")
          .append(t("level." + p.level().name().toLowerCase(Locale.ROOT)))
          .append(": ")
          .append(p.message().in(locale))
          .append('\n');
    }
    for (AuditVerification.Chain c : v.chains()) {
      s.append(
              t(
                  "text.chain",
                  c.log(),
                  String.valueOf(c.files().size()),
                  String.valueOf(c.firstSequence()),
                  String.valueOf(c.lastSequence()),
                  String.valueOf(c.records()),
                  String.valueOf(c.checkpoints()),
                  t(c.closed() ? "text.closed" : "text.open")))
          .append('\n');
    }
    String read =
        t(
            "text.read",
            String.valueOf(v.files()),
            String.valueOf(v.records()),
            String.valueOf(v.chains().size()),
            t(v.macsChecked() ? "text.macsChecked" : "text.macsNotChecked"),
            t(v.signaturesChecked() ? "text.signaturesChecked" : "text.signaturesNotChecked"));
    String verdict;
    if (v.tampered()) {
      verdict = t("verdict.tampered", String.valueOf(count(v, Level.TAMPERING)), read);
    } else if (v.unreadable()) {
      verdict = t("verdict.unreadable", String.valueOf(count(v, Level.UNREADABLE)), read);
    } else {
      verdict = t("verdict.intact", read);
    }
    return s.append(verdict).append('\n').toString();
  }

  private static long count(AuditVerification v, Level level) {
    return v.problems().stream().filter(p -> p.level() == level).count();
  }

  // ---- json ----

  private static String json(AuditVerification v) {
    return JsonOutput.render(g -> json(g, v));
  }

  private static void json(JsonGenerator g, AuditVerification v) throws IOException {
    g.writeStartObject();
    g.writeNumberField("schemaVersion", 1);
    g.writeBooleanField("intact", v.intact());
    g.writeBooleanField("tampered", v.tampered());
    g.writeBooleanField("unreadable", v.unreadable());
    g.writeNumberField("files", v.files());
    g.writeNumberField("records", v.records());
    g.writeBooleanField("macsChecked", v.macsChecked());
    g.writeBooleanField("signaturesChecked", v.signaturesChecked());
    g.writeArrayFieldStart("chains");
    for (AuditVerification.Chain c : v.chains()) {
      g.writeStartObject();
      g.writeStringField("log", c.log());
      g.writeNumberField("firstSeq", c.firstSequence());
      g.writeNumberField("lastSeq", c.lastSequence());
      g.writeNumberField("records", c.records());
      g.writeNumberField("checkpoints", c.checkpoints());
      g.writeNumberField("lastCheckpoint", c.lastCheckpoint());
      g.writeBooleanField("closed", c.closed());
      g.writeArrayFieldStart("files");
      for (String f : c.files()) {
        g.writeString(f);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("problems");
    for (AuditProblem p : v.problems()) {
      g.writeStartObject();
      g.writeStringField("kind", p.kind().id());
      g.writeStringField("level", p.level().name().toLowerCase(Locale.ROOT));
      g.writeStringField("file", p.file());
      number(g, "line", p.line());
      number(g, "seq", p.sequence());
      g.writeStringField("log", p.log());
      JsonOutput.text(g, "message", p.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** A positive number, or null where the problem is not about one line or record. */
  private static void number(JsonGenerator g, String field, long value) throws IOException {
    if (value > 0) {
      g.writeNumberField(field, value);
    } else {
      g.writeNullField(field);
    }
  }

  private String t(String key, Object... args) {
    return CommandGroup.text(spec, key, args);
  }
}
