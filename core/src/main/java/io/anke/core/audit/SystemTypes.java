package io.anke.core.audit;

import java.util.Set;

/**
 * The record types the log writes itself (application events may not start with {@code audit.}).
 */
final class SystemTypes {
  /** First record of every file: names the file and what came before it. */
  static final String FILE_START = "audit.file.start";

  /** Signed checkpoint in the middle of a file. */
  static final String CHECKPOINT = "audit.checkpoint";

  /** Signed checkpoint that ends a file at rotation. */
  static final String FILE_END = "audit.file.end";

  /** Signed checkpoint that ends the log when the writer closes it. */
  static final String CLOSE = "audit.close";

  /** Files removed by retention. */
  static final String RETENTION = "audit.retention";

  private static final Set<String> SIGNED = Set.of(CHECKPOINT, FILE_END, CLOSE);

  private SystemTypes() {}

  static boolean signed(String type) {
    return SIGNED.contains(type);
  }
}
