package io.anke.cli;

/** Input that cannot be read or is not valid: the CLI prints the message and exits 3. */
public final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The message must say what and where, and must never contain key material. */
  public InvalidInputException(String message) {
    super(message);
  }

  /** Same as {@link #InvalidInputException(String)}, keeping the cause for debugging. */
  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
