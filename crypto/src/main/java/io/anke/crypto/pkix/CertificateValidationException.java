package io.anke.crypto.pkix;

import io.anke.crypto.Bilingual;
import java.security.GeneralSecurityException;
import java.util.Locale;

/**
 * A certificate chain is not valid. The message names the certificate (position in the chain and
 * subject) and the reason: expired, not yet valid, bad signature, issuer not a CA, path too long,
 * unknown critical extension, or no path to a trust anchor.
 */
public class CertificateValidationException extends GeneralSecurityException implements Bilingual {
  private static final long serialVersionUID = 1L;

  /** The message in both languages; null when made from a plain string. */
  private final transient Bilingual message;

  private final int index;

  /** {@code index} is the position in the chain (0 = leaf), or -1 for the chain as a whole. */
  public CertificateValidationException(int index, String message) {
    super(message);
    this.index = index;
    this.message = null;
  }

  /** Same, with a message in both languages; {@link #getMessage()} is its English text. */
  public CertificateValidationException(int index, Bilingual message) {
    super(message.messageIn(Locale.ENGLISH));
    this.index = index;
    this.message = message;
  }

  /** The position of the failing certificate in the chain (0 = leaf), or -1. */
  public int index() {
    return index;
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
