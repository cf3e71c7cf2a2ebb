package io.anke.crypto.sm4.interop;

import io.anke.crypto.Bilingual;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import io.anke.crypto.sm4.Sm4Key;
import io.anke.crypto.sm4.internal.Checks;
import io.anke.crypto.sm4.internal.Sm4CbcCore;
import io.anke.crypto.sm4.internal.Sm4Engine;
import io.anke.crypto.sm4.internal.Sm4Keys;
import io.anke.crypto.sm4.internal.Sm4State;
import io.anke.crypto.sm4.internal.Sm4Streams;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.bouncycastle.crypto.BufferedBlockCipher;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * SM4-CBC with an explicit 16-byte IV, PKCS#7 padding by default: byte-compatible with {@code
 * openssl enc -sm4-cbc -K <key> -iv <iv>}, Java's {@code SM4/CBC/PKCS5Padding}, Hutool and
 * sm-crypto's CBC mode.
 *
 * <p>CBC does not authenticate: an attacker can flip plaintext bits, and a service that reports
 * padding errors becomes a decryption oracle. Use {@link io.anke.crypto.sm4.Sm4Gcm} for new
 * designs; when CBC is imposed, use a fresh random IV per message and add HMAC-SM3 over IV and
 * ciphertext (encrypt-then-MAC). Immutable and thread-safe; the stream methods work in constant
 * memory.
 */
public final class Sm4Cbc {
  /** IV length in bytes: one SM4 block. */
  public static final int IV_LENGTH = 16;

  private static final String NAME = "SM4-CBC";

  private static final Bilingual FAILURE = CryptoMessage.SM4_CBC_FAILURE.text();

  private final Sm4State key;
  private final Padding padding;

  private Sm4Cbc(Sm4State key, Padding padding) {
    this.key = key;
    this.padding = padding;
  }

  /** SM4-CBC with PKCS#7 padding under {@code key}. */
  public static Sm4Cbc withKey(Sm4Key key) {
    return withKey(key, Padding.PKCS7);
  }

  /**
   * SM4-CBC with the given padding under {@code key}. The key is referenced, not copied: once it is
   * destroyed, every call throws {@link io.anke.crypto.KeyDestroyedException}.
   */
  public static Sm4Cbc withKey(Sm4Key key, Padding padding) {
    return new Sm4Cbc(Sm4Keys.state(key), Objects.requireNonNull(padding, "padding"));
  }

  /**
   * Encrypts {@code plaintext}; the output does not contain the IV.
   *
   * @throws CryptoFormatException if the IV is not 16 bytes, or (without padding) the plaintext is
   *     not whole 16-byte blocks
   */
  public byte[] encrypt(byte[] iv, byte[] plaintext) {
    Objects.requireNonNull(plaintext, "plaintext");
    if (Sm4Engine.configured() == Sm4Engine.ANKE) {
      Checks.length("SM4-CBC IV", iv, IV_LENGTH);
      key.live();
      byte[] out = Sm4CbcCore.encrypt(key, iv, plaintext, padding == Padding.PKCS7);
      if (out == null) {
        throw new CryptoFormatException(
            CryptoMessage.SM4_NOT_WHOLE_BLOCKS.text(
                CryptoMessage.VERBATIM.text(NAME), (long) plaintext.length));
      }
      return checked(out);
    }
    KeyParameter k = Sm4Keys.parameter(key.material());
    try {
      return Sm4Streams.encrypt(cipher(true, iv, k), plaintext, NAME);
    } finally {
      KeyMaterial.wipe(k.getKey());
    }
  }

  /**
   * Decrypts {@code ciphertext} and removes the padding.
   *
   * @throws DecryptionFailedException on bad padding or a length that is not whole blocks (one
   *     message for all)
   * @throws CryptoFormatException if the IV is not 16 bytes
   */
  public byte[] decrypt(byte[] iv, byte[] ciphertext) throws DecryptionFailedException {
    Objects.requireNonNull(ciphertext, "ciphertext");
    if (Sm4Engine.configured() == Sm4Engine.ANKE) {
      Checks.length("SM4-CBC IV", iv, IV_LENGTH);
      key.live();
      byte[] out = Sm4CbcCore.decrypt(key, iv, ciphertext, padding == Padding.PKCS7);
      if (out == null) {
        key.live();
        throw new DecryptionFailedException(FAILURE);
      }
      return checked(out);
    }
    KeyParameter k = Sm4Keys.parameter(key.material());
    try {
      return Sm4Streams.decrypt(cipher(false, iv, k), ciphertext, FAILURE);
    } finally {
      KeyMaterial.wipe(k.getKey());
    }
  }

  /**
   * Encrypts everything {@code in} delivers to {@code out}, in constant memory; closes neither.
   *
   * @return the number of bytes written
   */
  public long encrypt(byte[] iv, InputStream in, OutputStream out) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    KeyParameter k = Sm4Keys.parameter(key.material());
    try {
      return Sm4Streams.encrypt(cipher(true, iv, k), in, out, NAME);
    } finally {
      KeyMaterial.wipe(k.getKey());
    }
  }

  /**
   * Decrypts everything {@code in} delivers to {@code out}, in constant memory; closes neither. Bad
   * padding shows only at the end, after most of the plaintext has been written: send the output
   * somewhere you can discard (a temporary file) until this returns.
   *
   * @return the number of bytes written
   * @throws DecryptionFailedException on bad padding or a length that is not whole blocks
   */
  public long decrypt(byte[] iv, InputStream in, OutputStream out)
      throws IOException, DecryptionFailedException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    KeyParameter k = Sm4Keys.parameter(key.material());
    try {
      return Sm4Streams.decrypt(cipher(false, iv, k), in, out, FAILURE);
    } finally {
      KeyMaterial.wipe(k.getKey());
    }
  }

  private BufferedBlockCipher cipher(boolean encrypt, byte[] iv, KeyParameter k) {
    Checks.length("SM4-CBC IV", iv, IV_LENGTH);
    BufferedBlockCipher cipher =
        Sm4Streams.blockCipher(CBCBlockCipher.newInstance(Sm4Streams.engine(key)), padding);
    cipher.init(encrypt, new ParametersWithIV(Sm4Streams.keyParameter(k), iv));
    return cipher;
  }

  /** {@code out}, unless the key was destroyed while it was computed. */
  private byte[] checked(byte[] out) {
    if (key.isWiped()) {
      KeyMaterial.wipe(out);
      key.live();
    }
    return out;
  }

  @Override
  public String toString() {
    return "Sm4Cbc[" + padding + "]";
  }
}
