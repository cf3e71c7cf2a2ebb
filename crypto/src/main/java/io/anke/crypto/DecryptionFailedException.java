package io.anke.crypto;

import java.security.GeneralSecurityException;

/**
 * The one exception for every decryption failure: wrong key, tampered or truncated ciphertext, bad
 * tag, bad padding. The message is deliberately the same for all of them, so that it cannot serve
 * as a padding or tag oracle. Checked, so that callers decide what tampered data means.
 */
public class DecryptionFailedException extends GeneralSecurityException {
  private static final long serialVersionUID = 1L;

  /** The fixed message; callers may add context that does not depend on the secret data. */
  public DecryptionFailedException(String context) {
    super(context == null ? "decryption failed" : "decryption failed: " + context);
  }
}
