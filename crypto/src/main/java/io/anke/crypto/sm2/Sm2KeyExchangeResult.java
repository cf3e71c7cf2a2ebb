package io.anke.crypto.sm2;

import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import java.security.MessageDigest;
import javax.security.auth.Destroyable;

/**
 * The outcome of an SM2 key exchange: the shared key K and the optional confirmation values. The
 * initiator sends S_A (hash tag 0x03) and checks S_B; the responder sends S_B (hash tag 0x02) and
 * checks S_A. Comparisons are constant-time.
 *
 * <p>{@link #destroy()} overwrites K and both confirmation values with zeros; afterwards {@link
 * #key()}, {@link #confirmation()} and {@link #verifyPeerConfirmation} throw {@link
 * io.anke.crypto.KeyDestroyedException}. Thread-safe.
 */
public final class Sm2KeyExchangeResult implements Destroyable {
  private static final int TAG = 32;

  /** K ‖ own confirmation (32) ‖ expected peer confirmation (32). */
  private final KeyMaterial material;

  private final int keyLength;

  Sm2KeyExchangeResult(byte[] key, byte[] ownConfirmation, byte[] expectedPeerConfirmation) {
    byte[] all = new byte[key.length + 2 * TAG];
    System.arraycopy(key, 0, all, 0, key.length);
    System.arraycopy(ownConfirmation, 0, all, key.length, TAG);
    System.arraycopy(expectedPeerConfirmation, 0, all, key.length + TAG, TAG);
    KeyMaterial.wipe(key, ownConfirmation, expectedPeerConfirmation);
    this.keyLength = key.length;
    this.material = new KeyMaterial(CryptoMessage.WHAT_KEX_RESULT.text(), all);
  }

  /** The shared key K (a copy). */
  public byte[] key() {
    return part(0, keyLength);
  }

  /**
   * The 32-byte confirmation value this side sends: S_B for the responder, S_A for the initiator.
   */
  public byte[] confirmation() {
    return part(keyLength, TAG);
  }

  /**
   * Checks the value the peer sent (S_B at the initiator, where the standard calls the expected
   * value S_1; S_A at the responder, expected S_2).
   */
  public boolean verifyPeerConfirmation(byte[] peerConfirmation) {
    byte[] expected = part(keyLength + TAG, TAG);
    try {
      return peerConfirmation != null && MessageDigest.isEqual(expected, peerConfirmation);
    } finally {
      KeyMaterial.wipe(expected);
    }
  }

  /** Overwrites K and the confirmation values with zeros; idempotent. */
  @Override
  public void destroy() {
    material.destroy();
  }

  /** True once {@link #destroy()} has run. */
  @Override
  public boolean isDestroyed() {
    return material.isDestroyed();
  }

  /** Does not show the key. */
  @Override
  public String toString() {
    return "Sm2KeyExchangeResult[" + keyLength + "-byte key]";
  }

  private byte[] part(int from, int length) {
    byte[] all = material.copy();
    try {
      return java.util.Arrays.copyOfRange(all, from, from + length);
    } finally {
      KeyMaterial.wipe(all);
    }
  }
}
