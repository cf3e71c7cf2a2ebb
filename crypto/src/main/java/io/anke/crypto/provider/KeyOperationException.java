package io.anke.crypto.provider;

import io.anke.crypto.Bilingual;
import java.util.Locale;

/**
 * A key held outside this process (a device, a token) could not perform an operation: the device is
 * unreachable, access was denied, the key is missing. Unchecked, because {@link
 * Sm2SigningKeyHandle} operations on in-memory keys cannot fail this way. The message names the
 * device and key, never secrets.
 */
public class KeyOperationException extends RuntimeException implements Bilingual {
  private static final long serialVersionUID = 1L;

  /** The message in both languages; null when made from a plain string. */
  private final transient Bilingual message;

  /** A message that says which key on which device failed, and why. */
  public KeyOperationException(String message, Throwable cause) {
    super(message, cause);
    this.message = null;
  }

  /** A message in both languages; {@link #getMessage()} is its English text. */
  public KeyOperationException(Bilingual message, Throwable cause) {
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
