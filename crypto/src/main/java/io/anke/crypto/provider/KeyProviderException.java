package io.anke.crypto.provider;

import java.security.GeneralSecurityException;

/**
 * A key provider could not deliver a key: the store is unreadable or malformed, the password or PIN
 * is wrong, the alias does not exist or holds another kind of key, the device is unavailable. The
 * message names the provider and the alias, never secret values.
 */
public class KeyProviderException extends GeneralSecurityException {
  private static final long serialVersionUID = 1L;

  /** A message that says which provider, which alias and what went wrong. */
  public KeyProviderException(String message) {
    super(message);
  }

  /** Same, keeping the underlying cause for debugging. */
  public KeyProviderException(String message, Throwable cause) {
    super(message, cause);
  }
}
