package io.anke.crypto.sm2;

import java.security.MessageDigest;

/**
 * The outcome of an SM2 key exchange: the shared key K and the optional confirmation values. The
 * initiator sends S_A (hash tag 0x03) and checks S_B; the responder sends S_B (hash tag 0x02) and
 * checks S_A. Comparisons are constant-time.
 */
public final class Sm2KeyExchangeResult {
  private final byte[] key;
  private final byte[] ownConfirmation;
  private final byte[] expectedPeerConfirmation;

  Sm2KeyExchangeResult(byte[] key, byte[] ownConfirmation, byte[] expectedPeerConfirmation) {
    this.key = key;
    this.ownConfirmation = ownConfirmation;
    this.expectedPeerConfirmation = expectedPeerConfirmation;
  }

  /** The shared key K (a copy). */
  public byte[] key() {
    return key.clone();
  }

  /**
   * The 32-byte confirmation value this side sends: S_B for the responder, S_A for the initiator.
   */
  public byte[] confirmation() {
    return ownConfirmation.clone();
  }

  /**
   * Checks the value the peer sent (S_B at the initiator, where the standard calls the expected
   * value S_1; S_A at the responder, expected S_2).
   */
  public boolean verifyPeerConfirmation(byte[] peerConfirmation) {
    return peerConfirmation != null
        && MessageDigest.isEqual(expectedPeerConfirmation, peerConfirmation);
  }

  /** Does not show the key. */
  @Override
  public String toString() {
    return "Sm2KeyExchangeResult[" + key.length + "-byte key]";
  }
}
