package io.anke.crypto.internal;

import io.anke.crypto.Bilingual;
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
 *
 * <p>A {@linkplain #view view} borrows another key's material for an object that must be
 * destroyable on its own without destroying a key it was given: destroying the view ends its use
 * and leaves the borrowed key intact; destroying the borrowed key ends the view's use too.
 */
public final class KeyMaterial {
  private final Bilingual what;
  private final KeyMaterial borrowed; // non-null for a view
  private volatile boolean released; // a view only: destroy() has run
  private byte[] bytes;
  private final Map<String, byte[]> lastNonce = new HashMap<>(2);

  /**
   * Takes ownership of {@code secret} (not copied: the caller hands it over and keeps no
   * reference).
   *
   * @param what names the key in messages in both languages, e.g. {@code
   *     CryptoMessage.WHAT_SM4_KEY.text()}
   */
  public KeyMaterial(Bilingual what, byte[] secret) {
    this.what = what;
    this.borrowed = null;
    this.bytes = secret;
  }

  private KeyMaterial(Bilingual what, KeyMaterial borrowed) {
    this.what = what;
    this.borrowed = borrowed;
  }

  /**
   * A view of this material that its holder can destroy without wiping this one.
   *
   * @param what names the holder in messages, e.g. "SM4 streaming AEAD"
   */
  public KeyMaterial view(Bilingual what) {
    return new KeyMaterial(what, this);
  }

  /**
   * A fresh copy of the secret for one operation; wipe it with {@link #wipe} when done.
   *
   * @throws KeyDestroyedException if the key has been destroyed
   */
  public synchronized byte[] copy() {
    if (borrowed != null) {
      requireNotReleased();
      return borrowed.copy();
    }
    if (bytes == null) {
      throw new KeyDestroyedException(what);
    }
    return bytes.clone();
  }

  /** Fails unless the key is still usable. */
  public synchronized void requireNotDestroyed() {
    if (borrowed != null) {
      requireNotReleased();
      borrowed.requireNotDestroyed();
      return;
    }
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
    if (borrowed != null) {
      requireNotReleased(); // the nonce history belongs to the key itself
      return borrowed.recordNonce(mode, nonce);
    }
    requireNotDestroyed();
    byte[] last = lastNonce.get(mode);
    if (last != null && Arrays.equals(last, nonce)) {
      return false;
    }
    lastNonce.put(mode, nonce.clone());
    return true;
  }

  /**
   * Overwrites the secret with zeros and drops it; idempotent. A view only ends its own use: the
   * material it borrows is its owner's to destroy.
   */
  public synchronized void destroy() {
    released = true;
    if (bytes != null) {
      Arrays.fill(bytes, (byte) 0);
      bytes = null;
    }
    lastNonce.clear();
  }

  /** True once {@link #destroy()} has run. */
  public synchronized boolean isDestroyed() {
    return borrowed != null ? released || borrowed.isDestroyed() : bytes == null;
  }

  private void requireNotReleased() {
    if (released) {
      throw new KeyDestroyedException(what);
    }
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
