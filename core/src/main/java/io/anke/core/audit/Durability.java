package io.anke.core.audit;

/** When a record counts as kept: the point at which {@link AuditLog} acknowledges it. */
public enum Durability {
  /**
   * {@link AuditLog#append} returns after the record has been written and forced to the storage
   * device ({@code fsync}); the returned receipt is acknowledged. Threads appending at the same
   * time share one force, so throughput grows with concurrency.
   */
  SYNC,

  /**
   * {@link AuditLog#append} returns once the record is written to the operating system; a
   * background thread forces the file every group-commit interval, and only then is the record
   * acknowledged ({@link AuditReceipt#acknowledged()}, {@link AuditReceipt#awaitAcknowledged()}). A
   * crash of the process alone loses nothing written; a crash of the machine can lose the records
   * of the last interval, none of them acknowledged.
   */
  GROUP_COMMIT
}
