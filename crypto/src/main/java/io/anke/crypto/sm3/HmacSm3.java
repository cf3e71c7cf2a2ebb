package io.anke.crypto.sm3;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.KeyDestroyedException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import io.anke.crypto.internal.SelfTestGate;
import io.anke.crypto.sm3.internal.Sm3Engine;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.VarHandle;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import javax.security.auth.Destroyable;

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
 *
 * <p>The SM3 states after the inner and outer padded-key blocks are computed once, when the object
 * is made, and every tag starts from them (two compressions fewer per message). They are read-only
 * afterwards, so concurrent calls share them safely; {@link #destroy()} drops and overwrites them
 * together with the key.
 */
public final class HmacSm3 implements Destroyable {
  /** Length of an HMAC-SM3 tag in bytes. */
  public static final int TAG_LENGTH = 32;

  /** Shortest key accepted by {@link #withKey}. */
  public static final int MIN_KEY_LENGTH = 16;

  private final KeyMaterial key;
  private final int keyLength;
  // Chaining values after the inner (0..7) and outer (8..15) padded-key blocks; null once
  // destroyed.
  private volatile int[] pads;

  private HmacSm3(byte[] owned) {
    SelfTestGate.requireNotFailed();
    this.keyLength = owned.length;
    this.pads = pads(owned);
    this.key = new KeyMaterial(CryptoMessage.WHAT_HMAC_KEY.text(), owned);
  }

  /** RFC 2104: K0 = key (hashed first when longer than a block); chains of K0^ipad and K0^opad. */
  private static int[] pads(byte[] key) {
    byte[] block = new byte[Sm3Engine.BLOCK_LENGTH];
    Sm3Engine engine = new Sm3Engine();
    if (key.length > Sm3Engine.BLOCK_LENGTH) {
      engine.update(key, 0, key.length);
      engine.doFinal(block, 0);
    } else {
      System.arraycopy(key, 0, block, 0, key.length);
    }
    int[] pads = new int[16];
    for (int i = 0; i < block.length; i++) {
      block[i] ^= 0x36;
    }
    engine.update(block, 0, block.length);
    engine.chain(pads, 0);
    engine.reset();
    for (int i = 0; i < block.length; i++) {
      block[i] ^= 0x36 ^ 0x5c;
    }
    engine.update(block, 0, block.length);
    engine.chain(pads, 8);
    engine.wipe();
    KeyMaterial.wipe(block);
    return pads;
  }

  /** The tag from the inner state in {@code engine}: finishes it, then runs the outer hash. */
  private static byte[] outer(Sm3Engine engine, int[] pads) {
    byte[] tag = new byte[TAG_LENGTH];
    engine.finishHmac(pads, 8, tag, 0);
    return tag;
  }

  /** The pads, or KeyDestroyedException. */
  private int[] requirePads() {
    int[] p = pads;
    if (p == null) {
      key.requireNotDestroyed();
      throw new IllegalStateException(); // not reached: the pads go only when the key does
    }
    return p;
  }

  /** Returns {@code tag} unless the key was destroyed while it was being computed. */
  private byte[] stillKeyed(byte[] tag) {
    // Keeps the computation's reads of the pads from moving after this read of the field, so a
    // non-null answer means none of them saw destroy()'s zeros.
    VarHandle.acquireFence();
    if (pads == null) {
      KeyMaterial.wipe(tag);
      key.requireNotDestroyed();
    }
    return tag;
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
    int[] p = requirePads();
    Sm3Engine engine = new Sm3Engine();
    engine.restore(p, 0, 1);
    engine.update(data, 0, data.length);
    return stillKeyed(outer(engine, p));
  }

  /**
   * The tag of everything {@code in} delivers until its end, read in constant memory. The stream is
   * not closed.
   *
   * @throws IOException if reading fails
   */
  public byte[] mac(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    int[] p = requirePads();
    Sm3Engine engine = new Sm3Engine();
    engine.restore(p, 0, 1);
    try {
      byte[] buffer = new byte[Sm3.STREAM_BUFFER];
      for (int n; (n = in.read(buffer)) != -1; ) {
        engine.update(buffer, 0, n);
      }
      return stillKeyed(outer(engine, p));
    } finally {
      engine.wipe(); // a stream that fails leaves no keyed state behind
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
    return new Session(key, requirePads().clone());
  }

  /** Overwrites the key and the padded-key states derived from it with zeros; idempotent. */
  @Override
  public void destroy() {
    int[] p = pads;
    pads = null;
    key.destroy();
    VarHandle.fullFence(); // the zeros must not become visible before pads == null
    if (p != null) {
      Arrays.fill(p, 0);
    }
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
    private final Sm3Engine engine = new Sm3Engine();
    private final KeyMaterial key;
    private final int[] pads; // this session's own copy
    private boolean destroyed;

    private Session(KeyMaterial key, int[] pads) {
      this.key = key;
      this.pads = pads;
      engine.restore(pads, 0, 1);
    }

    /** Adds all of {@code data}. */
    public Session update(byte[] data) {
      return update(data, 0, data.length);
    }

    /** Adds {@code length} bytes of {@code data} starting at {@code offset}. */
    public Session update(byte[] data, int offset, int length) {
      Objects.checkFromIndexSize(offset, length, data.length);
      checkKey();
      engine.update(data, offset, length);
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
      byte[] tag = outer(engine, pads);
      engine.restore(pads, 0, 1);
      return tag;
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
        engine.wipe();
        Arrays.fill(pads, 0);
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
