package io.anke.crypto.sm4.interop;

import io.anke.crypto.Bilingual;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import java.util.Locale;

/**
 * Thrown by the modes whose nonce or counter block the caller chooses ({@link Sm4GcmWithNonce},
 * {@link Sm4CcmWithNonce}, {@link Sm4Ctr}) when an encryption uses the same nonce as the previous
 * encryption of that mode under the same {@link io.anke.crypto.sm4.Sm4Key} object. Reusing a nonce
 * under one key reveals the XOR of the two plaintexts and, for GCM, lets an attacker forge tags.
 *
 * <p>Only this immediate repetition can be caught: an older nonce used again after another one, the
 * same key bytes in two key objects, or another process are not detected. The caller still owns
 * nonce uniqueness; prefer {@link io.anke.crypto.sm4.Sm4Gcm}, which chooses nonces itself.
 */
public class NonceReuseException extends IllegalArgumentException implements Bilingual {
  private static final long serialVersionUID = 1L;

  /** The message in both languages. */
  private final transient Bilingual message;

  /** {@code mode} names the mode, e.g. "SM4-GCM"; the message never contains the nonce. */
  public NonceReuseException(String mode) {
    this(CryptoMessage.NONCE_REUSED.text(mode), 0);
  }

  private NonceReuseException(Bilingual message, int unused) {
    super(message.messageIn(Locale.ENGLISH));
    this.message = message;
  }

  /** Records {@code nonce} as the latest of {@code mode} under the key, or throws. */
  static void requireFresh(KeyMaterial key, String mode, byte[] nonce) {
    if (!key.recordNonce(mode, nonce)) {
      throw new NonceReuseException(mode);
    }
  }

  /**
   * The message in the language of {@code locale}; Chinese for any {@code zh} locale. The English
   * text after deserialization (the bilingual message is transient), where it would otherwise fail
   * in {@code toString()}.
   */
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
