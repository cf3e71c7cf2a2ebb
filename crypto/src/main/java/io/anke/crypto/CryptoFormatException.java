package io.anke.crypto;

/**
 * Input that is not a valid encoding of what was expected: a key, a ciphertext, a signature, hex
 * text. The message says what was expected and where the input went wrong (offset, length, field)
 * and never contains the input bytes, which may be key material.
 */
public class CryptoFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** A message that says what and where, without the input itself. */
  public CryptoFormatException(String message) {
    super(message);
  }

  /** Same as {@link #CryptoFormatException(String)}, keeping the underlying cause. */
  public CryptoFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
