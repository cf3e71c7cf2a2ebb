package io.anke.crypto.provider;

import io.anke.crypto.Bilingual;
import java.security.GeneralSecurityException;
import java.util.Locale;

/**
 * A key provider could not deliver a key: the store is unreadable or malformed, the password or PIN
 * is wrong, the alias does not exist or holds another kind of key, the device is unavailable. The
 * message names the provider and the alias, never secret values.
 */
public class KeyProviderException extends GeneralSecurityException implements Bilingual {
  private static final long serialVersionUID = 1L;

  /** The message in both languages; null when made from a plain string. */
  private final transient Bilingual message;

  /** A message that says which provider, which alias and what went wrong. */
  public KeyProviderException(String message) {
    super(message);
    this.message = null;
  }

  /** Same, keeping the underlying cause for debugging. */
  public KeyProviderException(String message, Throwable cause) {
    super(message, cause);
    this.message = null;
  }

  /** A message in both languages; {@link #getMessage()} is its English text. */
  public KeyProviderException(Bilingual message) {
    super(message.messageIn(Locale.ENGLISH));
    this.message = message;
  }

  /** Same as {@link #KeyProviderException(Bilingual)}, keeping the underlying cause. */
  public KeyProviderException(Bilingual message, Throwable cause) {
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
