package io.anke.crypto.pkix;

import java.security.GeneralSecurityException;

/**
 * A certificate chain is not valid. The message names the certificate (position in the chain and
 * subject) and the reason: expired, not yet valid, bad signature, issuer not a CA, path too long,
 * unknown critical extension, or no path to a trust anchor.
 */
public class CertificateValidationException extends GeneralSecurityException {
  private static final long serialVersionUID = 1L;

  private final int index;

  /** {@code index} is the position in the chain (0 = leaf), or -1 for the chain as a whole. */
  public CertificateValidationException(int index, String message) {
    super(message);
    this.index = index;
  }

  /** The position of the failing certificate in the chain (0 = leaf), or -1. */
  public int index() {
    return index;
  }
}
