package io.anke.crypto.keyset;

import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import io.anke.crypto.sm3.HmacSm3;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.security.auth.Destroyable;

/**
 * The secret of one key of an hmac-sm3 keyset: {@value #LENGTH} bytes. Package-private, so that the
 * bytes leave only through the keyset codec (an encrypted or an explicitly cleartext keyset).
 *
 * <p>The bytes live in one {@link KeyMaterial}, the only long-lived copy: each tag is made by an
 * {@link HmacSm3} built for that call from a short-lived copy and destroyed afterwards, so that
 * {@link #destroy()} leaves nothing of the key reachable and every later call throws {@link
 * io.anke.crypto.KeyDestroyedException}. Thread-safe.
 */
final class MacKey implements Destroyable {
  /** Length of a key in bytes (256 bits, the SM3 output length). */
  static final int LENGTH = 32;

  private final KeyMaterial material;

  private MacKey(byte[] owned) {
    this.material = new KeyMaterial(CryptoMessage.WHAT_HMAC_KEYSET_KEY.text(), owned);
  }

  /** A new random key. */
  static MacKey generate(SecureRandom random) {
    byte[] k = new byte[LENGTH];
    random.nextBytes(k);
    return new MacKey(k);
  }

  /**
   * A key with a copy of {@code key}, which the caller has checked to be {@value #LENGTH} bytes.
   */
  static MacKey fromBytes(byte[] key) {
    if (key.length != LENGTH) {
      throw new IllegalArgumentException(CryptoMessage.KEYSET_MAC_KEY_LENGTH.english(LENGTH));
    }
    return new MacKey(key.clone());
  }

  /** A copy of the key bytes, for the keyset codec; the caller wipes it. */
  byte[] toBytes() {
    return material.copy();
  }

  /** An independent key object with the same bytes (destroying one leaves the other intact). */
  MacKey copy() {
    return new MacKey(material.copy());
  }

  /** The HMAC-SM3 tag of {@code length} bytes of {@code data} from {@code offset}. */
  byte[] tag(byte[] data, int offset, int length) {
    HmacSm3 hmac = hmac();
    HmacSm3.Session session = null;
    try {
      session = hmac.newSession();
      return session.update(data, offset, length).mac();
    } finally {
      if (session != null) {
        session.destroy();
      }
      hmac.destroy();
    }
  }

  /**
   * True when {@code tag} is the tag of the data, compared in constant time; false for a tag of any
   * other length.
   */
  boolean verify(byte[] tag, byte[] data, int offset, int length) {
    byte[] expected = tag(data, offset, length);
    try {
      return MessageDigest.isEqual(expected, tag);
    } finally {
      Arrays.fill(expected, (byte) 0);
    }
  }

  /** Fails with {@link io.anke.crypto.KeyDestroyedException} once the key is destroyed. */
  void requireNotDestroyed() {
    material.requireNotDestroyed();
  }

  private HmacSm3 hmac() {
    byte[] k = material.copy();
    try {
      return HmacSm3.withKey(k);
    } finally {
      KeyMaterial.wipe(k);
    }
  }

  /** Overwrites the key with zeros; idempotent. */
  @Override
  public void destroy() {
    material.destroy();
  }

  @Override
  public boolean isDestroyed() {
    return material.isDestroyed();
  }

  /** Describes the key without revealing it. */
  @Override
  public String toString() {
    return "MacKey[256 bits" + (isDestroyed() ? ", destroyed" : "") + "]";
  }
}
