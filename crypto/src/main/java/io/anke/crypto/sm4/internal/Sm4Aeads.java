package io.anke.crypto.sm4.internal;

import io.anke.crypto.Bilingual;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.AEADBlockCipher;
import org.bouncycastle.crypto.modes.CCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * One-shot SM4-GCM and SM4-CCM on a key's precomputed {@link Sm4State}: GCM on Anke's engine
 * ({@link Sm4GcmCore}), CCM on Bouncy Castle's mode over Anke's block function; with {@code
 * -Danke.crypto.engine=bouncycastle}, both on Bouncy Castle with a fresh engine per call. Nothing
 * is kept between calls, so callers can be immutable and thread-safe.
 */
public final class Sm4Aeads {
  /** Tag length of every AEAD here, in bytes (the full block; RFC 8998 uses the same). */
  public static final int TAG_LENGTH = 16;

  /** Largest CCM plaintext with a 12-byte nonce: the length field is 15 - 12 = 3 bytes. */
  public static final int CCM_MAX_PLAINTEXT_LENGTH = (1 << 24) - 1;

  /** The AEAD modes of SM4. */
  public enum Mode {
    GCM("SM4-GCM"),
    CCM("SM4-CCM");

    private final String label;

    Mode(String label) {
      this.label = label;
    }

    /** The display name, e.g. {@code SM4-GCM}. */
    public String label() {
      return label;
    }

    /** The one message of every decryption failure of this mode: no oracle. */
    public Bilingual failure() {
      return CryptoMessage.SM4_AEAD_FAILURE.text(label);
    }

    /**
     * A Bouncy Castle cipher for one operation: CCM runs on Anke's engine (through {@link
     * Sm4BlockCipher}) unless Bouncy Castle's was chosen; GCM comes here only then.
     */
    AEADBlockCipher newCipher(Sm4State key) {
      if (Sm4Engine.configured() == Sm4Engine.BOUNCY_CASTLE) {
        return this == GCM
            ? GCMBlockCipher.newInstance(new SM4Engine())
            : CCMBlockCipher.newInstance(new SM4Engine());
      }
      return CCMBlockCipher.newInstance(new Sm4BlockCipher(key));
    }

    /** The key parameter for {@link #newCipher}: a wiped-after-use copy for Bouncy Castle's. */
    KeyParameter keyParameter(Sm4State key) {
      return Sm4Engine.configured() == Sm4Engine.BOUNCY_CASTLE
          ? Sm4Keys.parameter(key.material())
          : Sm4BlockCipher.precomputed();
    }
  }

  private Sm4Aeads() {}

  /**
   * Encrypts into a new array that starts with {@code prefix} free bytes (where the caller puts the
   * nonce, if it travels with the ciphertext), followed by ciphertext ‖ tag.
   *
   * @throws CryptoFormatException if a CCM plaintext is longer than its length field allows
   * @throws io.anke.crypto.KeyDestroyedException if the key is destroyed before the output is
   *     returned
   */
  public static byte[] seal(
      Mode mode, Sm4State key, byte[] nonce, byte[] plaintext, byte[] aad, int prefix) {
    if (mode == Mode.CCM && plaintext.length > CCM_MAX_PLAINTEXT_LENGTH) {
      throw new CryptoFormatException(
          CryptoMessage.SM4_CCM_TOO_LONG.text(CCM_MAX_PLAINTEXT_LENGTH, plaintext.length));
    }
    key.live();
    byte[] out;
    if (mode == Mode.GCM && Sm4Engine.configured() == Sm4Engine.ANKE) {
      out = new byte[prefix + plaintext.length + TAG_LENGTH];
      Sm4GcmCore.seal(key, nonce, aad, plaintext, 0, plaintext.length, out, prefix);
    } else {
      out = sealWithBouncyCastle(mode, key, nonce, plaintext, aad, prefix);
    }
    if (key.isWiped()) {
      KeyMaterial.wipe(out);
      key.live();
    }
    return out;
  }

  private static byte[] sealWithBouncyCastle(
      Mode mode, Sm4State key, byte[] nonce, byte[] plaintext, byte[] aad, int prefix) {
    AEADBlockCipher cipher = mode.newCipher(key);
    KeyParameter k = mode.keyParameter(key);
    try {
      cipher.init(true, new AEADParameters(k, TAG_LENGTH * 8, nonce, aad));
      byte[] out = new byte[prefix + cipher.getOutputSize(plaintext.length)];
      int n = cipher.processBytes(plaintext, 0, plaintext.length, out, prefix);
      try {
        n += cipher.doFinal(out, prefix + n);
      } catch (InvalidCipherTextException e) {
        // Encryption never checks a tag; reaching this is a bug in the engine or here.
        throw new IllegalStateException(CryptoMessage.ENCRYPTION_FAILED.english(mode.label()), e);
      }
      return prefix + n == out.length ? out : Arrays.copyOf(out, prefix + n);
    } finally {
      KeyMaterial.wipe(k.getKey());
    }
  }

  /**
   * Checks and decrypts {@code length} bytes of ciphertext ‖ tag at {@code offset}. The plaintext
   * is released only after the tag has been verified.
   *
   * @throws DecryptionFailedException with the same message for every failure
   * @throws io.anke.crypto.KeyDestroyedException if the key is destroyed before the output is
   *     returned
   */
  public static byte[] open(
      Mode mode, Sm4State key, byte[] nonce, byte[] input, int offset, int length, byte[] aad)
      throws DecryptionFailedException {
    if (length < TAG_LENGTH) {
      throw new DecryptionFailedException(mode.failure());
    }
    key.live();
    byte[] out;
    if (mode == Mode.GCM && Sm4Engine.configured() == Sm4Engine.ANKE) {
      out = new byte[length - TAG_LENGTH];
      if (!Sm4GcmCore.open(key, nonce, aad, input, offset, length - TAG_LENGTH, out, 0)) {
        key.live();
        throw new DecryptionFailedException(mode.failure());
      }
    } else {
      out = openWithBouncyCastle(mode, key, nonce, input, offset, length, aad);
    }
    if (key.isWiped()) {
      KeyMaterial.wipe(out);
      key.live();
    }
    return out;
  }

  private static byte[] openWithBouncyCastle(
      Mode mode, Sm4State key, byte[] nonce, byte[] input, int offset, int length, byte[] aad)
      throws DecryptionFailedException {
    AEADBlockCipher cipher = mode.newCipher(key);
    KeyParameter k = mode.keyParameter(key);
    byte[] out = null;
    try {
      cipher.init(false, new AEADParameters(k, TAG_LENGTH * 8, nonce, aad));
      out = new byte[cipher.getOutputSize(length)];
      int n = cipher.processBytes(input, offset, length, out, 0);
      n += cipher.doFinal(out, n);
      return n == out.length ? out : Arrays.copyOf(out, n);
    } catch (InvalidCipherTextException | RuntimeException e) {
      // Unauthenticated plaintext may sit in the buffer: wipe it before giving up.
      KeyMaterial.wipe(out);
      key.live();
      throw new DecryptionFailedException(mode.failure());
    } finally {
      KeyMaterial.wipe(k.getKey());
    }
  }

  /** Nonce length of the random-nonce AEADs ({@code Sm4Gcm}, {@code Sm4Ccm}). */
  public static final int RANDOM_NONCE_LENGTH = 12;

  /**
   * {@code nonce ‖ ciphertext ‖ tag} with a fresh random 12-byte nonce from the per-thread
   * generator of {@link Nonces}.
   */
  public static byte[] sealWithRandomNonce(
      Mode mode, Sm4State key, byte[] plaintext, byte[] associatedData) {
    Objects.requireNonNull(plaintext, "plaintext");
    byte[] nonce = new byte[RANDOM_NONCE_LENGTH];
    Nonces.next(nonce, 0);
    byte[] out = seal(mode, key, nonce, plaintext, Checks.aad(associatedData), RANDOM_NONCE_LENGTH);
    System.arraycopy(nonce, 0, out, 0, RANDOM_NONCE_LENGTH);
    return out;
  }

  /** Opens what {@link #sealWithRandomNonce} wrote. */
  public static byte[] openWithPrefixedNonce(
      Mode mode, Sm4State key, byte[] ciphertext, byte[] associatedData)
      throws DecryptionFailedException {
    Objects.requireNonNull(ciphertext, "ciphertext");
    if (ciphertext.length < RANDOM_NONCE_LENGTH + TAG_LENGTH) {
      throw new DecryptionFailedException(mode.failure());
    }
    byte[] nonce = Arrays.copyOf(ciphertext, RANDOM_NONCE_LENGTH);
    return open(
        mode,
        key,
        nonce,
        ciphertext,
        RANDOM_NONCE_LENGTH,
        ciphertext.length - RANDOM_NONCE_LENGTH,
        Checks.aad(associatedData));
  }
}
