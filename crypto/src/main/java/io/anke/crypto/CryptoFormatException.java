package io.anke.crypto;

import java.util.Locale;

/**
 * Input that is not a valid encoding of what was expected: a key, a ciphertext, a signature, hex
 * text. The message says what was expected and where the input went wrong (offset, length, field)
 * and never contains the input bytes, which may be key material.
 */
public class CryptoFormatException extends IllegalArgumentException implements Bilingual {
  private static final long serialVersionUID = 1L;

  /** The message in both languages; null when made from a plain string. */
  private final transient Bilingual message;

  /** A message that says what and where, without the input itself. */
  public CryptoFormatException(String message) {
    super(message);
    this.message = null;
  }

  /** Same as {@link #CryptoFormatException(String)}, keeping the underlying cause. */
  public CryptoFormatException(String message, Throwable cause) {
    super(message, cause);
    this.message = null;
  }

  /** A message in both languages; {@link #getMessage()} is its English text. */
  public CryptoFormatException(Bilingual message) {
    super(message.messageIn(Locale.ENGLISH));
    this.message = message;
  }

  /** Same as {@link #CryptoFormatException(Bilingual)}, keeping the underlying cause. */
  public CryptoFormatException(Bilingual message, Throwable cause) {
    super(message.messageIn(Locale.ENGLISH), cause);
    this.message = message;
  }

  /** The message in the language of {@code locale}; Chinese for any {@code zh} locale. */
  @Override
  public String messageIn(Locale locale) {
    return message == null ? getMessage() : message.messageIn(locale);
  }

  /** {@link #messageIn(Locale)} of the default locale. */
  @Override
  public String getLocalizedMessage() {
    return messageIn(Locale.getDefault());
  }
}
