package io.anke.crypto.streaming;

import io.anke.crypto.Bilingual;
import java.io.IOException;
import java.util.Locale;

/**
 * A ciphertext stream failed authentication: a segment was modified, removed, reordered or added,
 * the stream was cut short, the key or associated data is wrong, or the header is malformed. The
 * message names the segment or header field, never plaintext or key bytes.
 */
public class StreamAuthenticationException extends IOException implements Bilingual {
  private static final long serialVersionUID = 1L;

  /** The message in both languages; null when made from a plain string. */
  private final transient Bilingual message;

  /** A message that says where the stream failed. */
  public StreamAuthenticationException(String message) {
    super(message);
    this.message = null;
  }

  /** A message in both languages; {@link #getMessage()} is its English text. */
  public StreamAuthenticationException(Bilingual message) {
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
