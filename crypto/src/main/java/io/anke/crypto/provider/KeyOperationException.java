package io.anke.crypto.provider;

/**
 * A key held outside this process (a device, a token) could not perform an operation: the device is
 * unreachable, access was denied, the key is missing. Unchecked, because {@link
 * Sm2SigningKeyHandle} operations on in-memory keys cannot fail this way. The message names the
 * device and key, never secrets.
 */
public class KeyOperationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A message that says which key on which device failed, and why. */
  public KeyOperationException(String message, Throwable cause) {
    super(message, cause);
  }
}
