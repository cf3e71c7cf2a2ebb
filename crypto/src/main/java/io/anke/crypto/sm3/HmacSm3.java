package io.anke.crypto.sm3;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.KeyDestroyedException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import io.anke.crypto.internal.SelfTestGate;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import javax.security.auth.Destroyable;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * HMAC-SM3 (RFC 2104 construction over SM3), 32-byte tags.
 *
 * <p>Immutable and thread-safe: the key is copied in, and every call works on its own MAC state.
 * {@link #verify} compares tags in constant time. {@link #withKey} demands at least {@value
 * #MIN_KEY_LENGTH} bytes of key (128 bits, as GB/T 39786 expects of a symmetric key); to check tags
 * made by a system that uses shorter keys, use {@link #withInteropKey}.
 *
 * <pre>{@code
 * HmacSm3 mac = HmacSm3.withKey(key);          // 16 bytes or more
 * byte[] tag = mac.mac(message);
 * boolean ok = mac.verify(message, tag);
 * }</pre>
 *
 * <p>{@link #destroy()} overwrites the key copy with zeros; afterwards every method that needs the
 * key throws {@link io.anke.crypto.KeyDestroyedException}, and so does each open {@link Session} at
 * its next call (which also overwrites the key-derived pads the session holds).
 */
public final class HmacSm3 implements Destroyable {
  /** Length of an HMAC-SM3 tag in bytes. */
  public static final int TAG_LENGTH = 32;

  /** Shortest key accepted by {@link #withKey}. */
  public static final int MIN_KEY_LENGTH = 16;

  private final KeyMaterial key;
  private final int keyLength;

  private HmacSm3(byte[] owned) {
    SelfTestGate.requireNotFailed();
    this.keyLength = owned.length;
    this.key = new KeyMaterial(CryptoMessage.WHAT_HMAC_KEY.text(), owned);
  }

  /**
   * An HMAC-SM3 with a copy of {@code key}.
   *
   * @throws CryptoFormatException if the key is shorter than {@value #MIN_KEY_LENGTH} bytes
   */
  public static HmacSm3 withKey(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < MIN_KEY_LENGTH) {
      throw new CryptoFormatException(
          CryptoMessage.HMAC_KEY_TOO_SHORT.text(MIN_KEY_LENGTH, key.length));
    }
    return new HmacSm3(key.clone());
  }

  /**
   * An HMAC-SM3 that accepts a key of any non-zero length, for interoperating with systems and test
   * vectors (the RFC 4231 "Jefe" case) that use short keys. Prefer {@link #withKey} for keys you
   * choose.
   *
   * @throws CryptoFormatException if the key is empty
   */
  public static HmacSm3 withInteropKey(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length == 0) {
      throw new CryptoFormatException(CryptoMessage.HMAC_KEY_EMPTY.text());
    }
    return new HmacSm3(key.clone());
  }

  /** The tag of {@code data}. */
  public byte[] mac(byte[] data) {
    Objects.requireNonNull(data, "data");
    Session session = newSession();
    try {
      return session.update(data).mac();
    } finally {
      session.destroy(); // the pads of a one-shot session are not left behind
    }
  }

  /**
   * The tag of everything {@code in} delivers until its end, read in constant memory. The stream is
   * not closed.
   *
   * @throws IOException if reading fails
   */
  public byte[] mac(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    Session session = newSession();
    try {
      byte[] buffer = new byte[Sm3.STREAM_BUFFER];
      for (int n; (n = in.read(buffer)) != -1; ) {
        session.update(buffer, 0, n);
      }
      return session.mac();
    } finally {
      session.destroy();
    }
  }

  /**
   * True when {@code tag} is the tag of {@code data}. The comparison takes the same time wherever
   * the tags differ; a tag of the wrong length is simply false.
   */
  public boolean verify(byte[] data, byte[] tag) {
    Objects.requireNonNull(tag, "tag");
    return MessageDigest.isEqual(mac(data), tag);
  }

  /**
   * A new streaming session under this key.
   *
   * @throws io.anke.crypto.KeyDestroyedException if the key has been destroyed
   */
  public Session newSession() {
    return new Session(key);
  }

  /** Overwrites the key with zeros; idempotent. */
  @Override
  public void destroy() {
    key.destroy();
  }

  /** True once {@link #destroy()} has run. */
  @Override
  public boolean isDestroyed() {
    return key.isDestroyed();
  }

  @Override
  public String toString() {
    // Never the key: only what kind of object this is.
    return "HmacSm3[key " + keyLength + " bytes]";
  }

  /**
   * Streaming HMAC-SM3 over data that arrives in pieces. Not thread-safe: one session belongs to
   * one caller at a time.
   *
   * <p>A session holds its own key-derived state (the inner and outer pads, from which tags under
   * the key can be made) for as long as it lives. {@link #destroy()} overwrites it when the session
   * is no longer needed, without touching the {@link HmacSm3} key; afterwards the session's methods
   * throw {@link io.anke.crypto.KeyDestroyedException}, as they do once the key itself is
   * destroyed.
   */
  public static final class Session implements Destroyable {
    private final HMac hmac = new HMac(new SM3Digest());
    private final KeyMaterial key;
    private boolean destroyed;

    private Session(KeyMaterial key) {
      this.key = key;
      byte[] k = key.copy();
      KeyParameter p = new KeyParameter(k);
      try {
        hmac.init(p); // copies the key into its pads
      } finally {
        KeyMaterial.wipe(k, p.getKey());
      }
    }

    /** Adds all of {@code data}. */
    public Session update(byte[] data) {
      return update(data, 0, data.length);
    }

    /** Adds {@code length} bytes of {@code data} starting at {@code offset}. */
    public Session update(byte[] data, int offset, int length) {
      Objects.checkFromIndexSize(offset, length, data.length);
      checkKey();
      hmac.update(data, offset, length);
      return this;
    }

    /**
     * Finishes: the tag of everything added since creation or the last {@code mac()}/{@code
     * verify()}; the session then starts over under the same key.
     *
     * @throws io.anke.crypto.KeyDestroyedException if the key was destroyed meanwhile
     */
    public byte[] mac() {
      checkKey();
      byte[] out = new byte[TAG_LENGTH];
      hmac.doFinal(out, 0);
      return out;
    }

    private void checkKey() {
      if (destroyed) {
        throw new KeyDestroyedException(CryptoMessage.WHAT_HMAC_SESSION.text());
      }
      if (key.isDestroyed()) {
        // Overwrite the key-derived pads this session holds before refusing.
        destroy();
        key.requireNotDestroyed();
      }
    }

    /**
     * Overwrites the key-derived pads and any data added so far; idempotent. The {@link HmacSm3}
     * this session came from stays usable.
     */
    @Override
    public void destroy() {
      if (!destroyed) {
        destroyed = true;
        hmac.init(new KeyParameter(new byte[MIN_KEY_LENGTH]));
      }
    }

    /** True once {@link #destroy()} has run or the key was destroyed (its pads are then wiped). */
    @Override
    public boolean isDestroyed() {
      if (!destroyed && key.isDestroyed()) {
        destroy();
      }
      return destroyed;
    }

    /** Finishes like {@link #mac()} and compares with {@code tag} in constant time. */
    public boolean verify(byte[] tag) {
      Objects.requireNonNull(tag, "tag");
      byte[] expected = mac();
      boolean equal = MessageDigest.isEqual(expected, tag);
      Arrays.fill(expected, (byte) 0);
      return equal;
    }
  }
}
