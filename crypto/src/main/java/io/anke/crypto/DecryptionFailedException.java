package io.anke.crypto;

import io.anke.crypto.internal.CryptoMessage;
import java.security.GeneralSecurityException;
import java.util.Locale;

/**
 * The one exception for every decryption failure: wrong key, tampered or truncated ciphertext, bad
 * tag, bad padding. The message is deliberately the same for all of them, so that it cannot serve
 * as a padding or tag oracle. Checked, so that callers decide what tampered data means.
 */
public class DecryptionFailedException extends GeneralSecurityException implements Bilingual {
  private static final long serialVersionUID = 1L;

  /** The message in both languages; null when made from a plain string. */
  private final transient Bilingual message;

  /** The fixed message; callers may add context that does not depend on the secret data. */
  public DecryptionFailedException(String context) {
    this(context == null ? null : (Bilingual) locale -> context);
  }

  /** The fixed message alone. */
  public DecryptionFailedException() {
    this((Bilingual) null);
  }

  /** The fixed message with context in both languages (none when {@code context} is null). */
  public DecryptionFailedException(Bilingual context) {
    this(
        context == null
            ? CryptoMessage.DECRYPTION_FAILED.text()
            : CryptoMessage.DECRYPTION_FAILED_CONTEXT.text(context),
        0);
  }

  private DecryptionFailedException(Bilingual message, int unused) {
    super(message.messageIn(Locale.ENGLISH));
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
