package io.anke.core;

/** Process exit codes of {@code anke} and of every scripted entry point (a stable contract). */
public enum ExitCode {
  /** Nothing at or above the fail-on threshold. */
  OK(0),
  /** Findings at or above the fail-on threshold (or: a signature did not verify). */
  FINDINGS(1),
  /** Usage or configuration error. */
  USAGE(2),
  /** Unreadable or invalid input. */
  INVALID_INPUT(3),
  /** Internal error: a bug in Anke. */
  INTERNAL_ERROR(4);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /** The numeric process exit status. */
  public int code() {
    return code;
  }
}
