package io.anke.crypto.streaming.internal;

import io.anke.crypto.KeyDestroyedException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.HkdfSm3;
import io.anke.crypto.internal.KeyMaterial;
import io.anke.crypto.sm4.internal.Sm4Engine;
import io.anke.crypto.sm4.internal.Sm4GcmCore;
import io.anke.crypto.sm4.internal.Sm4State;
import io.anke.crypto.streaming.StreamAuthenticationException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The per-stream state shared by the encrypting and decrypting streams: the stream key derived from
 * the master key, and SM4-GCM of one segment with nonce = prefix(7) ‖ index(4) ‖ last(1). One
 * instance per stream, not thread-safe.
 */
public final class SegmentCipher {
  /** Format version in the first header byte. */
  public static final int VERSION = 1;

  /** Header: version(1) ‖ segment size(4) ‖ salt(16) ‖ nonce prefix(7). */
  public static final int HEADER_LENGTH = 28;

  /** GCM tag length in bytes, appended to each segment. */
  public static final int TAG_LENGTH = 16;

  static final int SALT_LENGTH = 16;
  static final int PREFIX_LENGTH = 7;
  private static final byte[] CONTEXT =
      "anke/streaming/sm4-gcm-hkdf-sm3/v1".getBytes(StandardCharsets.US_ASCII);

  private final KeyMaterial masterKey;
  private final KeyParameter streamKey;
  private final byte[] noncePrefix;
  private static final byte[] NO_AAD = new byte[0];
  // Anke's engine: the stream key's round keys and GHASH tables; Bouncy Castle's: its GCM cipher.
  private final Sm4State state;
  private final GCMModeCipher gcm;
  private final byte[] nonce = new byte[12];
  private boolean wiped;

  /**
   * @param masterKey the key of the streaming AEAD; every segment checks that it is not destroyed
   * @param header the 28-byte header of this stream (authenticated through the key derivation)
   * @param associatedData the stream's associated data (authenticated the same way)
   */
  public SegmentCipher(KeyMaterial masterKey, byte[] header, byte[] associatedData) {
    this.masterKey = masterKey;
    // Stream key = HKDF-SM3(master, salt, context ‖ version ‖ segment size ‖ AAD): a fresh key per
    // stream makes random 7-byte nonce prefixes safe, and a modified header or AAD yields a
    // different key, so the first segment fails.
    byte[] salt = Arrays.copyOfRange(header, 5, 5 + SALT_LENGTH);
    byte[] aad = associatedData == null ? new byte[0] : associatedData;
    byte[] info = new byte[CONTEXT.length + 5 + aad.length];
    System.arraycopy(CONTEXT, 0, info, 0, CONTEXT.length);
    System.arraycopy(header, 0, info, CONTEXT.length, 5);
    System.arraycopy(aad, 0, info, CONTEXT.length + 5, aad.length);
    byte[] master = masterKey.copy();
    byte[] key = null;
    try {
      key = HkdfSm3.derive(master, salt, info, 16);
      this.streamKey = new KeyParameter(key);
      boolean anke = Sm4Engine.configured() == Sm4Engine.ANKE;
      this.state = anke ? new Sm4State(key, masterKey) : null;
      this.gcm = anke ? null : GCMBlockCipher.newInstance(new SM4Engine());
    } finally {
      KeyMaterial.wipe(master, key);
    }
    this.noncePrefix = Arrays.copyOfRange(header, 5 + SALT_LENGTH, HEADER_LENGTH);
  }

  /** Builds a header for a new stream. */
  public static byte[] newHeader(int segmentSize, java.security.SecureRandom random) {
    byte[] header = new byte[HEADER_LENGTH];
    header[0] = VERSION;
    writeInt(header, 1, segmentSize);
    byte[] rnd = new byte[SALT_LENGTH + PREFIX_LENGTH];
    random.nextBytes(rnd);
    System.arraycopy(rnd, 0, header, 5, rnd.length);
    return header;
  }

  /** Reads the segment size out of a header and checks the version and bounds. */
  public static int segmentSizeOf(byte[] header, int minSegment, int maxSegment)
      throws StreamAuthenticationException {
    if ((header[0] & 0xff) != VERSION) {
      throw new StreamAuthenticationException(
          CryptoMessage.STREAM_HEADER_VERSION.text(header[0] & 0xff));
    }
    int size =
        ((header[1] & 0xff) << 24)
            | ((header[2] & 0xff) << 16)
            | ((header[3] & 0xff) << 8)
            | (header[4] & 0xff);
    if (size < minSegment || size > maxSegment) {
      throw new StreamAuthenticationException(
          CryptoMessage.STREAM_HEADER_SEGMENT_SIZE.text(
              Integer.toUnsignedString(size), minSegment, maxSegment));
    }
    return size;
  }

  /**
   * Encrypts {@code length} bytes of {@code buf} in place-compatible fashion into {@code out}
   * (which must hold {@code length + TAG_LENGTH} bytes) and returns the output length.
   */
  public int encrypt(long index, boolean last, byte[] buf, int length, byte[] out) {
    init(true, index, last);
    if (state != null) {
      Sm4GcmCore.seal(state, nonce, NO_AAD, buf, 0, length, out, 0);
      return length + TAG_LENGTH;
    }
    int n = gcm.processBytes(buf, 0, length, out, 0);
    try {
      return n + gcm.doFinal(out, n);
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException(CryptoMessage.SM4_GCM_ENCRYPTION_FAILED.english(), e);
    }
  }

  /**
   * Decrypts one ciphertext segment of {@code length} bytes into {@code out} and returns the
   * plaintext length, or -1 if the tag does not match.
   */
  public int decrypt(long index, boolean last, byte[] buf, int length, byte[] out) {
    init(false, index, last);
    if (state != null) {
      if (length < TAG_LENGTH) {
        return -1;
      }
      int n = length - TAG_LENGTH;
      return Sm4GcmCore.open(state, nonce, NO_AAD, buf, 0, n, out, 0) ? n : -1;
    }
    int n = gcm.processBytes(buf, 0, length, out, 0);
    try {
      return n + gcm.doFinal(out, n);
    } catch (InvalidCipherTextException e) {
      return -1;
    }
  }

  /**
   * Overwrites the stream key and, with Anke's engine, its round keys and GHASH tables (with Bouncy
   * Castle's, re-keys GCM with zeros, which overwrites its GHASH tables; the SM4 round keys are a
   * fresh array per keying, left to the garbage collector); every later segment fails with {@link
   * KeyDestroyedException}. Idempotent. Called when the stream closes, and by the cipher itself
   * when it finds the master key destroyed.
   */
  public void wipe() {
    if (wiped) {
      return;
    }
    wiped = true;
    KeyMaterial.wipe(streamKey.getKey());
    if (state != null) {
      state.wipe();
    } else {
      gcm.init(false, new AEADParameters(new KeyParameter(new byte[16]), TAG_LENGTH * 8, nonce));
    }
  }

  /** True once {@link #wipe()} has run. */
  boolean isWiped() {
    return wiped;
  }

  private void init(boolean encrypt, long index, boolean last) {
    if (wiped) {
      throw new KeyDestroyedException(CryptoMessage.WHAT_STREAM_KEY.text());
    }
    // A destroyed master key stops the stream at the next segment, and its derived key with it.
    if (masterKey.isDestroyed()) {
      wipe();
      masterKey.requireNotDestroyed();
    }
    System.arraycopy(noncePrefix, 0, nonce, 0, PREFIX_LENGTH);
    writeInt(nonce, PREFIX_LENGTH, (int) index);
    nonce[11] = (byte) (last ? 1 : 0);
    if (gcm != null) {
      gcm.init(encrypt, new AEADParameters(streamKey, TAG_LENGTH * 8, nonce));
    }
  }

  private static void writeInt(byte[] b, int off, int v) {
    b[off] = (byte) (v >>> 24);
    b[off + 1] = (byte) (v >>> 16);
    b[off + 2] = (byte) (v >>> 8);
    b[off + 3] = (byte) v;
  }
}
