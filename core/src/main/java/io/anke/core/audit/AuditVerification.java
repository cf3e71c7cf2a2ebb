package io.anke.core.audit;

import java.util.List;

/**
 * What {@link AuditVerifier} found in a set of files: one entry per chain (per log id), and every
 * problem in the order found.
 *
 * @param chains the chains, in the order their first record was read
 * @param problems tampering, unreadable input and notices
 * @param files how many files were read
 * @param records how many records were read
 * @param macsChecked whether record MACs were checked (a keyset was given)
 * @param signaturesChecked whether checkpoint signatures were checked (public keys were given)
 */
public record AuditVerification(
    List<Chain> chains,
    List<AuditProblem> problems,
    long files,
    long records,
    boolean macsChecked,
    boolean signaturesChecked) {

  /** Copies the lists. */
  public AuditVerification {
    chains = List.copyOf(chains);
    problems = List.copyOf(problems);
  }

  /**
   * One log's chain as read.
   *
   * @param log the log id
   * @param firstSequence the first record's sequence number
   * @param lastSequence the last record's sequence number
   * @param records records read
   * @param checkpoints signed checkpoints read
   * @param lastCheckpoint the last checkpoint's sequence number, 0 if none
   * @param closed whether the chain ends with its closing checkpoint
   * @param files the files it was read from, as given
   */
  public record Chain(
      String log,
      long firstSequence,
      long lastSequence,
      long records,
      long checkpoints,
      long lastCheckpoint,
      boolean closed,
      List<String> files) {
    /** Copies the file list. */
    public Chain {
      files = List.copyOf(files);
    }
  }

  /** True when nothing shows tampering and every file was read. */
  public boolean intact() {
    return problems.stream().allMatch(p -> p.level() == AuditProblem.Level.NOTICE);
  }

  /** True when some problem shows tampering. */
  public boolean tampered() {
    return problems.stream().anyMatch(p -> p.level() == AuditProblem.Level.TAMPERING);
  }

  /** True when some file could not be read. */
  public boolean unreadable() {
    return problems.stream().anyMatch(p -> p.level() == AuditProblem.Level.UNREADABLE);
  }
}
