package io.anke.scan.archive;

import io.anke.scan.internal.ScanMessage;

/**
 * Limits that keep a walk over an untrusted archive bounded. Exceeding one ends the walk with an
 * {@link io.anke.core.InputException} naming the archive path.
 *
 * @param maxDepth how many archives may be nested inside the target (the target itself is depth 0,
 *     {@code app.jar!/BOOT-INF/lib/x.jar} is depth 1)
 * @param maxEntries file entries over the whole walk, all nesting levels together
 * @param maxTotalBytes uncompressed bytes produced over the whole walk, counted at every level (a
 *     nested jar's bytes count once as an entry of its parent and again as its own entries)
 * @param maxCompressionRatio largest accepted ratio of uncompressed to compressed bytes of one
 *     entry, checked while the entry streams once it is larger than {@code ratioThresholdBytes}
 * @param ratioThresholdBytes entries smaller than this are never judged by their ratio (small files
 *     of repeated bytes compress legitimately well)
 * @param maxEntryBytes uncompressed bytes of one entry (a nested archive is one entry of its
 *     parent), checked while the entry streams, whatever size its header declares
 */
public record ArchiveLimits(
    int maxDepth,
    long maxEntries,
    long maxTotalBytes,
    long maxCompressionRatio,
    long ratioThresholdBytes,
    long maxEntryBytes) {

  /** The default size of one entry: 1 GiB. */
  public static final long DEFAULT_MAX_ENTRY_BYTES = 1L << 30;

  /** Depth 8, one million entries, 4 GiB, ratio 100:1 for entries above 1 MiB, 1 GiB per entry. */
  public static final ArchiveLimits DEFAULT =
      new ArchiveLimits(8, 1_000_000, 4L << 30, 100, 1L << 20, DEFAULT_MAX_ENTRY_BYTES);

  /** Rejects non-positive limits. */
  public ArchiveLimits {
    if (maxDepth < 0
        || maxEntries < 1
        || maxTotalBytes < 1
        || maxCompressionRatio < 1
        || ratioThresholdBytes < 0
        || maxEntryBytes < 1) {
      throw new IllegalArgumentException(ScanMessage.ARCHIVE_LIMITS_POSITIVE.english());
    }
  }

  /**
   * The limits as they were before the size of one entry had its own: that size is {@link
   * #DEFAULT_MAX_ENTRY_BYTES}.
   */
  public ArchiveLimits(
      int maxDepth,
      long maxEntries,
      long maxTotalBytes,
      long maxCompressionRatio,
      long ratioThresholdBytes) {
    this(
        maxDepth,
        maxEntries,
        maxTotalBytes,
        maxCompressionRatio,
        ratioThresholdBytes,
        DEFAULT_MAX_ENTRY_BYTES);
  }

  /** A copy with another nesting depth. */
  public ArchiveLimits withMaxDepth(int value) {
    return new ArchiveLimits(
        value, maxEntries, maxTotalBytes, maxCompressionRatio, ratioThresholdBytes, maxEntryBytes);
  }

  /** A copy with another entry count. */
  public ArchiveLimits withMaxEntries(long value) {
    return new ArchiveLimits(
        maxDepth, value, maxTotalBytes, maxCompressionRatio, ratioThresholdBytes, maxEntryBytes);
  }

  /** A copy with another total of uncompressed bytes. */
  public ArchiveLimits withMaxTotalBytes(long value) {
    return new ArchiveLimits(
        maxDepth, maxEntries, value, maxCompressionRatio, ratioThresholdBytes, maxEntryBytes);
  }

  /** A copy with another compression ratio and the entry size from which it applies. */
  public ArchiveLimits withCompressionRatio(long ratio, long thresholdBytes) {
    return new ArchiveLimits(
        maxDepth, maxEntries, maxTotalBytes, ratio, thresholdBytes, maxEntryBytes);
  }

  /** A copy with another size of one entry. */
  public ArchiveLimits withMaxEntryBytes(long value) {
    return new ArchiveLimits(
        maxDepth, maxEntries, maxTotalBytes, maxCompressionRatio, ratioThresholdBytes, value);
  }
}
