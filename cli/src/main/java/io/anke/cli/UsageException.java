package io.anke.cli;

/** A usage or configuration error found after parsing: the CLI prints the message and exits 2. */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The message says what is wrong and how to fix it. */
  public UsageException(String message) {
    super(message);
  }
}
