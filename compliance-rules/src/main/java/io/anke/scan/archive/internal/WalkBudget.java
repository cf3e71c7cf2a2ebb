package io.anke.scan.archive.internal;

import io.anke.core.InputException;
import io.anke.scan.archive.ArchiveLimits;
import io.anke.scan.internal.ScanMessage;

/**
 * The entry and byte counters of one walk, checked against the limits as they grow, and the walk's
 * {@link HashWorker} when it takes digests.
 */
public final class WalkBudget {
  private final ArchiveLimits limits;
  private final HashWorker hashes;
  private long entries;
  private long bytes;

  /** A fresh budget for one walk whose nested archives are hashed by {@code hashes} (or null). */
  public WalkBudget(ArchiveLimits limits, HashWorker hashes) {
    this.limits = limits;
    this.hashes = hashes;
  }

  /** The walk's hash worker, or null. */
  public HashWorker hashes() {
    return hashes;
  }

  /** The limits this budget enforces. */
  public ArchiveLimits limits() {
    return limits;
  }

  /** Counts one more file entry; {@code path} names it in the error. */
  public void countEntry(String path) {
    if (++entries > limits.maxEntries()) {
      throw new InputException(
          path, 0, ScanMessage.ARCHIVE_TOO_MANY_ENTRIES.text(limits.maxEntries()));
    }
  }

  /** Counts uncompressed bytes produced while reading {@code path}. */
  public void countBytes(long n, String path) {
    bytes += n;
    if (bytes > limits.maxTotalBytes()) {
      throw new InputException(
          path, 0, ScanMessage.ARCHIVE_TOO_MANY_BYTES.text(limits.maxTotalBytes()));
    }
  }

  /** Entries counted so far. */
  public long entries() {
    return entries;
  }

  /** Uncompressed bytes counted so far. */
  public long bytes() {
    return bytes;
  }
}
