package io.anke.scan.archive;

import io.anke.scan.archive.internal.SharedWalkVisitor;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Receives what {@link ArchiveWalker} meets, in archive order (directories in sorted order). All
 * calls happen on the walking thread, one at a time.
 */
public interface ArchiveVisitor {

  /**
   * Called for every file entry that is not opened as a nested archive. The stream holds exactly
   * the entry's uncompressed bytes and is valid only during this call; the visitor may read all,
   * part or none of it (the walker skips the rest, still enforcing the limits) and need not close
   * it. Reading may throw {@link io.anke.core.InputException} when a limit is exceeded.
   */
  void visitEntry(ArchiveEntry entry, InputStream content) throws IOException;

  /**
   * Called before the walker opens a container: the walk root (archive or directory, with an empty
   * chain) and every nested archive the walker's predicate selects. Returning false for a nested
   * archive makes the walker pass it to {@link #visitEntry} as an ordinary entry instead; the
   * return value is ignored for the walk root.
   */
  default boolean enterArchive(ArchiveEntry archive) {
    return true;
  }

  /**
   * Called after every entry of a container entered through {@link #enterArchive} was visited.
   *
   * @param sha256 lowercase hex SHA-256 of the archive's bytes when the walker was built with
   *     digests on and the container is an archive, otherwise null
   */
  default void leaveArchive(ArchiveEntry archive, String sha256) {}

  /**
   * One visitor that lets {@code visitors} share a single walk, called in the order given. A nested
   * archive is entered when any of them enters it; one that declines it sees neither it nor its
   * entries (so a visitor sharing a walk should not rely on getting declined archives as entries).
   * Each visitor may read an entry's content in full: the bytes read by earlier visitors are kept
   * in memory and replayed to later ones.
   */
  static ArchiveVisitor all(ArchiveVisitor... visitors) {
    return new SharedWalkVisitor(List.of(visitors));
  }
}
