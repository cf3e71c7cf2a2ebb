package io.anke.crypto.keyset;

import io.anke.crypto.DecryptionFailedException;

/**
 * Data was made with a keyset key that can no longer be used: it is disabled or destroyed. The
 * message names the key ID and its status, which are not secret; {@link #keyId()} and {@link
 * #status()} give them to programs.
 */
public class KeyUnavailableException extends DecryptionFailedException {
  private static final long serialVersionUID = 1L;

  private final int keyId;
  private final KeyStatus status;

  KeyUnavailableException(int keyId, KeyStatus status) {
    super(
        "key "
            + KeyInfo.formatId(keyId)
            + (status == KeyStatus.DESTROYED
                ? " was destroyed; data made with it can no longer be read or verified"
                : " is disabled; enable it again to use data made with it"));
    this.keyId = keyId;
    this.status = status;
  }

  /** The ID of the key the data was made with. */
  public int keyId() {
    return keyId;
  }

  /** {@link KeyStatus#DISABLED} or {@link KeyStatus#DESTROYED}. */
  public KeyStatus status() {
    return status;
  }
}
