package io.anke.core.audit;

import io.anke.core.rule.Text;
import java.util.Objects;

/**
 * One thing {@link AuditVerifier} found: where (file, line, sequence number, log), what, and how
 * grave.
 *
 * @param kind what was found
 * @param level whether it shows tampering, input that could not be read, or is a notice
 * @param file the file as given to the verifier
 * @param line the 1-based line, 0 when the problem is not about one line
 * @param sequence the record's sequence number, 0 when unknown
 * @param log the log id of the chain, or null when unknown
 * @param message what it means, in Chinese and English
 */
public record AuditProblem(
    Kind kind, Level level, String file, long line, long sequence, String log, Text message) {

  /** Requires kind, level and message. */
  public AuditProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(message, "message");
  }

  /** How grave a problem is; it decides the exit code of {@code anke audit verify}. */
  public enum Level {
    /** The log was changed after it was written (exit 1). */
    TAMPERING,
    /** A file could not be read (exit 3). */
    UNREADABLE,
    /** Worth knowing, not a sign of tampering: a torn last record, a log still open. */
    NOTICE
  }

  /** What was found; the id is what {@code --format json} prints. */
  public enum Kind {
    /** A line that is not a well-formed record. */
    MALFORMED("malformed"),
    /** A record whose MAC does not verify: it was changed. */
    MAC_MISMATCH("mac-mismatch"),
    /** A record whose MAC names a key the given keyset holds but cannot use (disabled). */
    KEY_UNAVAILABLE("key-unavailable"),
    /** A record whose prev is not the chain hash of the record before it. */
    CHAIN_BROKEN("chain-broken"),
    /** Sequence numbers missing: records or files removed. */
    MISSING("missing"),
    /** A record found after records that follow it: records or files moved. */
    REORDERED("reordered"),
    /** A sequence number seen again: a record repeated or inserted. */
    DUPLICATE("duplicate"),
    /** A checkpoint whose signature does not verify. */
    BAD_SIGNATURE("bad-signature"),
    /** A checkpoint signed by a key that is not among the trusted ones. */
    UNKNOWN_SIGNER("unknown-signer"),
    /** The log does not start at its first record, and no retention record says why. */
    MISSING_BEGINNING("missing-beginning"),
    /** Bytes after the last line of a file that a later record does not account for. */
    UNEXPLAINED_BYTES("unexplained-bytes"),
    /** The last record was cut short by a crash; it was never acknowledged. */
    INCOMPLETE_FINAL_RECORD("incomplete-final-record"),
    /** A record cut short by a crash, accounted for by the file that followed it. */
    RECOVERED_TORN_RECORD("recovered-torn-record"),
    /** A file created and never written: a crash right after the log made it. */
    EMPTY_FILE("empty-file"),
    /** The log does not end with its closing checkpoint. */
    NOT_CLOSED("not-closed"),
    /** The log begins after files that retention removed, as a retention record says. */
    RETAINED("retained"),
    /** A check that could not be made for lack of a key. */
    UNCHECKED("unchecked"),
    /** A file that could not be read, or holds no audit record. */
    UNREADABLE("unreadable");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    /** The stable id used in JSON output. */
    public String id() {
      return id;
    }
  }

  /** {@code file:line: } as compilers write it, for text output. */
  public String location() {
    if (file == null) {
      return "";
    }
    return line > 0 ? file + ":" + line : file;
  }
}
