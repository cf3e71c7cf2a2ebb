package io.anke.crypto;

import io.anke.crypto.internal.CryptoMessage;
import java.util.Locale;

/**
 * Thrown when a key, or anything built from it, is used after {@link
 * javax.security.auth.Destroyable#destroy()}: the secret material is gone, so the operation cannot
 * run. An {@link IllegalStateException}: using a destroyed key is a programming error, not bad
 * input.
 */
public class KeyDestroyedException extends IllegalStateException implements Bilingual {
  private static final long serialVersionUID = 1L;

  /** The message in both languages. */
  private final transient Bilingual message;

  /** {@code what} names the key, e.g. "SM4 key"; never its material. */
  public KeyDestroyedException(String what) {
    this(CryptoMessage.KEY_DESTROYED.text(what), 0);
  }

  /** {@code what} names the key in both languages; never its material. */
  public KeyDestroyedException(Bilingual what) {
    this(CryptoMessage.KEY_DESTROYED.text(what), 0);
  }

  private KeyDestroyedException(Bilingual message, int unused) {
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
