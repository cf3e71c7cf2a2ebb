package io.anke.crypto.internal;

import io.anke.crypto.KeyDestroyedException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The secret bytes of one key object, the only copy that lives as long as the key. Operations take
 * a short-lived {@link #copy()} and wipe it when done, so that {@link #destroy()} leaves nothing of
 * the key reachable from the key object or from the primitives built on it, and every later use
 * fails with {@link KeyDestroyedException}. It also remembers the last nonce each nonce-taking mode
 * encrypted with, to refuse an immediate reuse. Thread-safe; the lock is held only for copying.
 */
public final class KeyMaterial {
  private final String what;
  private byte[] bytes;
  private final Map<String, byte[]> lastNonce = new HashMap<>(2);

  /**
   * Takes ownership of {@code secret} (not copied: the caller hands it over and keeps no
   * reference).
   *
   * @param what names the key in messages, e.g. "SM4 key"
   */
  public KeyMaterial(String what, byte[] secret) {
    this.what = what;
    this.bytes = secret;
  }

  /**
   * A fresh copy of the secret for one operation; wipe it with {@link #wipe} when done.
   *
   * @throws KeyDestroyedException if the key has been destroyed
   */
  public synchronized byte[] copy() {
    if (bytes == null) {
      throw new KeyDestroyedException(what);
    }
    return bytes.clone();
  }

  /** Fails unless the key is still usable. */
  public synchronized void requireNotDestroyed() {
    if (bytes == null) {
      throw new KeyDestroyedException(what);
    }
  }

  /**
   * Records {@code nonce} as the latest encryption nonce of {@code mode} under this key.
   *
   * @return false if it equals the previous one of that mode (an immediate reuse), in which case
   *     nothing is recorded
   * @throws KeyDestroyedException if the key has been destroyed
   */
  public synchronized boolean recordNonce(String mode, byte[] nonce) {
    requireNotDestroyed();
    byte[] last = lastNonce.get(mode);
    if (last != null && Arrays.equals(last, nonce)) {
      return false;
    }
    lastNonce.put(mode, nonce.clone());
    return true;
  }

  /** Overwrites the secret with zeros and drops it; idempotent. */
  public synchronized void destroy() {
    if (bytes != null) {
      Arrays.fill(bytes, (byte) 0);
      bytes = null;
    }
    lastNonce.clear();
  }

  /** True once {@link #destroy()} has run. */
  public synchronized boolean isDestroyed() {
    return bytes == null;
  }

  /** Overwrites each array with zeros (null arrays are skipped). */
  public static void wipe(byte[]... arrays) {
    for (byte[] a : arrays) {
      if (a != null) {
        Arrays.fill(a, (byte) 0);
      }
    }
  }

  /** Names the key, never its bytes. */
  @Override
  public String toString() {
    return "KeyMaterial[" + what + (isDestroyed() ? ", destroyed" : "") + "]";
  }
}
