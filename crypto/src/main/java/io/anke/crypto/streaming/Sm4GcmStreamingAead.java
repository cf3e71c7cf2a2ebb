package io.anke.crypto.streaming;

import io.anke.crypto.Bilingual;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import io.anke.crypto.internal.SelfTestGate;
import io.anke.crypto.sm4.Sm4Key;
import io.anke.crypto.sm4.internal.Sm4Keys;
import io.anke.crypto.streaming.internal.DecryptingStream;
import io.anke.crypto.streaming.internal.EncryptingStream;
import io.anke.crypto.streaming.internal.SegmentCipher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * Segmented SM4-GCM for streams of any size in constant memory (the design of Tink's AES-GCM-HKDF
 * streaming AEAD, with SM4 and SM3).
 *
 * <h2>Ciphertext layout (version 1)</h2>
 *
 * <pre>
 * header   = 0x01 ‖ segmentSize (uint32 BE) ‖ salt (16 random bytes) ‖ noncePrefix (7 random bytes)
 * segment  = SM4-GCM(streamKey, nonce, plaintext segment) = ciphertext ‖ tag (16 bytes)
 * stream   = header ‖ segment_0 ‖ segment_1 ‖ … ‖ segment_last
 *
 * streamKey = HKDF-SM3(ikm = key, salt = salt,
 *                      info = "anke/streaming/sm4-gcm-hkdf-sm3/v1" ‖ header[0..5) ‖ associatedData)
 * nonce_i   = noncePrefix (7) ‖ i (uint32 BE) ‖ (i is last ? 0x01 : 0x00)
 * </pre>
 *
 * Every segment but the last holds exactly {@code segmentSize} plaintext bytes; the last holds 0 to
 * {@code segmentSize}. An empty plaintext is a header and one empty final segment (44 bytes).
 * Because the index and the "last" flag are in the nonce, reordering, dropping, truncating at a
 * segment boundary and appending are all detected; the header and the associated data are bound
 * through the stream key. A stream holds at most 2^32 segments (256 TiB at 64 KiB).
 *
 * <p>Instances are thread-safe; each returned stream is for one thread. An instance made from key
 * bytes keeps its own copy of the key; one made from an {@link Sm4Key} references that key. {@link
 * #destroy()} ends the instance: it overwrites its own key copy with zeros (an {@link Sm4Key} it
 * references is the caller's to destroy and is left intact). Once the instance or its {@link
 * Sm4Key} is destroyed, new streams cannot be made and open streams fail at their next segment,
 * with {@link io.anke.crypto.KeyDestroyedException}, wiping their derived stream key as they fail;
 * an open stream also wipes it when closed.
 */
public final class Sm4GcmStreamingAead implements StreamingAead, Destroyable {

  /** Key length in bytes (an SM4 key). */
  public static final int KEY_LENGTH = 16;

  /** Default plaintext bytes per segment: 64 KiB. */
  public static final int DEFAULT_SEGMENT_SIZE = 64 * 1024;

  /** Smallest segment size accepted. */
  public static final int MIN_SEGMENT_SIZE = 64;

  /** Largest segment size accepted (bounds the memory a forged header can demand). */
  public static final int MAX_SEGMENT_SIZE = 8 * 1024 * 1024;

  /** Header length in bytes. */
  public static final int HEADER_LENGTH = SegmentCipher.HEADER_LENGTH;

  /** Tag bytes added to every segment. */
  public static final int TAG_LENGTH = SegmentCipher.TAG_LENGTH;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Bilingual WHAT = CryptoMessage.WHAT_STREAMING_AEAD.text();

  private final KeyMaterial key;
  private final int segmentSize;

  private Sm4GcmStreamingAead(KeyMaterial key, int segmentSize) {
    this.key = key;
    this.segmentSize = segmentSize;
  }

  /**
   * A streaming AEAD under an SM4 key (referenced, not copied), 64 KiB segments.
   *
   * @throws io.anke.crypto.KeyDestroyedException if the key has been destroyed
   */
  public static Sm4GcmStreamingAead create(Sm4Key key) {
    return create(key, DEFAULT_SEGMENT_SIZE);
  }

  /**
   * A streaming AEAD under an SM4 key (referenced, not copied) and the given plaintext segment size
   * for new streams.
   *
   * @throws IllegalArgumentException if the segment size is outside {@value #MIN_SEGMENT_SIZE} to
   *     {@value #MAX_SEGMENT_SIZE}
   * @throws io.anke.crypto.KeyDestroyedException if the key has been destroyed
   */
  public static Sm4GcmStreamingAead create(Sm4Key key, int segmentSize) {
    checkSegmentSize(segmentSize);
    return new Sm4GcmStreamingAead(Sm4Keys.material(key).view(WHAT), segmentSize);
  }

  /**
   * A streaming AEAD with a 16-byte key (copied) and 64 KiB segments.
   *
   * @throws CryptoFormatException if the key is not 16 bytes
   */
  public static Sm4GcmStreamingAead create(byte[] key) {
    return create(key, DEFAULT_SEGMENT_SIZE);
  }

  /**
   * A streaming AEAD with a 16-byte key (copied) and the given plaintext segment size for new
   * streams. Decryption reads the segment size from the header, so streams written with any allowed
   * size decrypt with any instance of the same key.
   *
   * @throws CryptoFormatException if the key is not 16 bytes
   * @throws IllegalArgumentException if the segment size is outside {@value #MIN_SEGMENT_SIZE} to
   *     {@value #MAX_SEGMENT_SIZE}
   */
  public static Sm4GcmStreamingAead create(byte[] key, int segmentSize) {
    Objects.requireNonNull(key, "key");
    if (key.length != KEY_LENGTH) {
      throw new CryptoFormatException(CryptoMessage.STREAM_KEY_LENGTH.text(KEY_LENGTH, key.length));
    }
    checkSegmentSize(segmentSize);
    // Key bytes do not pass through Sm4Keys.material, so the self-test gate is checked here.
    SelfTestGate.requireNotFailed();
    return new Sm4GcmStreamingAead(new KeyMaterial(WHAT, key.clone()), segmentSize);
  }

  private static void checkSegmentSize(int segmentSize) {
    if (segmentSize < MIN_SEGMENT_SIZE || segmentSize > MAX_SEGMENT_SIZE) {
      throw new IllegalArgumentException(
          CryptoMessage.STREAM_SEGMENT_SIZE.english(
              MIN_SEGMENT_SIZE, MAX_SEGMENT_SIZE, segmentSize));
    }
  }

  /** The plaintext segment size of new streams. */
  public int segmentSize() {
    return segmentSize;
  }

  /** The exact ciphertext length of a plaintext of {@code plaintextLength} bytes. */
  public long ciphertextLength(long plaintextLength) {
    if (plaintextLength < 0) {
      throw new IllegalArgumentException(CryptoMessage.NEGATIVE_LENGTH.english());
    }
    long segments = Math.max(1, (plaintextLength + segmentSize - 1) / segmentSize);
    return HEADER_LENGTH + plaintextLength + segments * TAG_LENGTH;
  }

  @Override
  public OutputStream newEncryptingStream(OutputStream ciphertext, byte[] associatedData)
      throws IOException {
    Objects.requireNonNull(ciphertext, "ciphertext");
    key.requireNotDestroyed();
    return new EncryptingStream(ciphertext, key, segmentSize, associatedData, RANDOM);
  }

  @Override
  public InputStream newDecryptingStream(InputStream ciphertext, byte[] associatedData) {
    Objects.requireNonNull(ciphertext, "ciphertext");
    key.requireNotDestroyed();
    return new DecryptingStream(
        ciphertext, key, associatedData, MIN_SEGMENT_SIZE, MAX_SEGMENT_SIZE);
  }

  /**
   * Encrypts everything from {@code plaintext} into {@code ciphertext} and closes {@code
   * ciphertext} (not {@code plaintext}). Returns the number of plaintext bytes.
   */
  public long encrypt(InputStream plaintext, OutputStream ciphertext, byte[] associatedData)
      throws IOException {
    try (OutputStream enc = newEncryptingStream(ciphertext, associatedData)) {
      return plaintext.transferTo(enc);
    }
  }

  /**
   * Decrypts everything from {@code ciphertext} into {@code plaintext} (closing neither). Returns
   * the number of plaintext bytes; throws {@link StreamAuthenticationException} on any tampering,
   * after having written the authentic segments before it.
   */
  public long decrypt(InputStream ciphertext, OutputStream plaintext, byte[] associatedData)
      throws IOException {
    InputStream dec = newDecryptingStream(ciphertext, associatedData);
    return dec.transferTo(plaintext);
  }

  /**
   * Ends this instance: overwrites the key copy it made from key bytes with zeros, or, for an
   * instance made from an {@link Sm4Key}, gives up its use of that key without destroying it.
   * Idempotent. From now on {@link #newEncryptingStream}, {@link #newDecryptingStream}, {@link
   * #encrypt}, {@link #decrypt} and every open stream of this instance (at its next segment) throw
   * {@link io.anke.crypto.KeyDestroyedException}.
   */
  @Override
  public void destroy() {
    key.destroy();
  }

  /** True once {@link #destroy()} has run, or the {@link Sm4Key} it references was destroyed. */
  @Override
  public boolean isDestroyed() {
    return key.isDestroyed();
  }

  @Override
  public String toString() {
    // Never the key.
    return "Sm4GcmStreamingAead[segmentSize="
        + segmentSize
        + (isDestroyed() ? ", destroyed" : "")
        + "]";
  }
}
