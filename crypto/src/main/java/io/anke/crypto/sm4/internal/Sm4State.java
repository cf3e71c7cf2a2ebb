package io.anke.crypto.sm4.internal;

import io.anke.crypto.internal.KeyMaterial;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * What one SM4 key precomputes once and every operation under it reuses: the encryption and
 * decryption round keys and, when GCM first needs them, the GHASH multiplication tables of H =
 * SM4(K, 0¹²⁸). Read-only after construction (the tables are built once and published through a
 * volatile field), so one instance serves any number of threads; per-call state lives on the
 * caller's stack.
 *
 * <p>Destruction: {@link #wipe()} overwrites every array with zeros and marks the state wiped; the
 * key that owns the state calls it from its {@code destroy()}. Operations check {@link #live()}
 * before they start and again before they return their output, so an operation that raced with the
 * wipe throws {@link io.anke.crypto.KeyDestroyedException} rather than return output computed from
 * zeroed tables.
 */
public final class Sm4State {
  private final KeyMaterial key;
  final int[] encrypt;
  final int[] decrypt;
  private volatile long[] ghash; // hi[256] ‖ lo[256], built on first use
  private volatile boolean wiped;

  /**
   * The state of {@code key}'s current bytes (taken from a short-lived copy that is wiped here).
   *
   * @throws io.anke.crypto.KeyDestroyedException if the key has been destroyed
   */
  public Sm4State(KeyMaterial key) {
    this.key = key;
    byte[] k = key.copy();
    try {
      this.encrypt = Sm4Core.expandKey(k);
    } finally {
      KeyMaterial.wipe(k);
    }
    this.decrypt = Sm4Core.reverse(encrypt);
  }

  /**
   * State for raw key bytes that belong to no key object (a derived stream key); {@code rawKey} is
   * not kept (the caller wipes it), {@code owner} is the key whose destruction {@link #live()}
   * reports.
   */
  public Sm4State(byte[] rawKey, KeyMaterial owner) {
    this.key = owner;
    this.encrypt = Sm4Core.expandKey(rawKey);
    this.decrypt = Sm4Core.reverse(encrypt);
  }

  /**
   * Fails unless the state and its key are usable.
   *
   * @throws io.anke.crypto.KeyDestroyedException if the key (or this state) has been destroyed
   */
  public void live() {
    if (wiped) {
      key.requireNotDestroyed();
      throw new io.anke.crypto.KeyDestroyedException(
          io.anke.crypto.internal.CryptoMessage.WHAT_SM4_KEY.text());
    }
  }

  /** The key material this state was computed from. */
  public KeyMaterial material() {
    return key;
  }

  /**
   * True once {@link #wipe()} has run. Callers ask this after an operation to refuse output that
   * may have been computed from zeroed tables: the fence keeps the operation's (plain) table reads
   * from being reordered after this read of the flag, so a false answer means no read saw the wipe.
   */
  public boolean isWiped() {
    VarHandle.acquireFence();
    return wiped;
  }

  /** The GHASH tables of H, built on first use. */
  long[] ghash() {
    long[] t = ghash;
    if (t == null) {
      synchronized (this) {
        t = ghash;
        if (t == null) {
          int[] h = new int[4];
          Sm4Core.crypt(encrypt, 0, 0, 0, 0, h);
          t =
              Ghash.table(
                  ((long) h[0] << 32) | (h[1] & 0xffffffffL),
                  ((long) h[2] << 32) | (h[3] & 0xffffffffL));
          Arrays.fill(h, 0);
          if (wiped) {
            Arrays.fill(t, 0);
          } else {
            ghash = t;
          }
        }
      }
    }
    return t;
  }

  /** Overwrites the round keys and tables with zeros; idempotent. */
  public void wipe() {
    wiped = true;
    // The zeros must not become visible before the flag (see isWiped).
    VarHandle.fullFence();
    Arrays.fill(encrypt, 0);
    Arrays.fill(decrypt, 0);
    synchronized (this) {
      long[] t = ghash;
      if (t != null) {
        Arrays.fill(t, 0);
      }
    }
  }
}
