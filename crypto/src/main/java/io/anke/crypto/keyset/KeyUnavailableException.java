package io.anke.crypto.keyset;

import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.internal.CryptoMessage;

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
        (status == KeyStatus.DESTROYED
                ? CryptoMessage.KEYSET_KEY_DESTROYED
                : CryptoMessage.KEYSET_KEY_DISABLED)
            .text(KeyInfo.formatId(keyId)));
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
