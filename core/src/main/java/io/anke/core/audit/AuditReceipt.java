package io.anke.core.audit;

import java.time.Duration;

/**
 * What {@link AuditLog#append} gives back: the record's sequence number and whether it is
 * acknowledged, that is forced to storage so that it survives a crash. With {@link Durability#SYNC}
 * a receipt is acknowledged when it is returned.
 */
public final class AuditReceipt {
  private final AuditLog log;
  private final long sequence;

  AuditReceipt(AuditLog log, long sequence) {
    this.log = log;
    this.sequence = sequence;
  }

  /** The record's sequence number in its log (the {@code seq} field). */
  public long sequence() {
    return sequence;
  }

  /** True once the record is on storage. */
  public boolean acknowledged() {
    return log.acknowledgedSequence() >= sequence;
  }

  /**
   * Waits until the record is on storage.
   *
   * @throws AuditException if the log failed or was closed before the record could be forced
   */
  public void awaitAcknowledged() {
    log.awaitAcknowledged(sequence, null);
  }

  /**
   * Waits at most {@code timeout} for the record to reach storage.
   *
   * @return true when acknowledged, false when the time ran out
   * @throws AuditException if the log failed before the record could be forced
   */
  public boolean awaitAcknowledged(Duration timeout) {
    return log.awaitAcknowledged(sequence, timeout);
  }

  @Override
  public String toString() {
    return "AuditReceipt[seq=" + sequence + (acknowledged() ? ", acknowledged]" : ", pending]");
  }
}
