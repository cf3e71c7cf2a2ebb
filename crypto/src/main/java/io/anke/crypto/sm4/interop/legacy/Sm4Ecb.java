package io.anke.crypto.sm4.interop.legacy;

import io.anke.crypto.Bilingual;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import io.anke.crypto.sm4.Sm4Key;
import io.anke.crypto.sm4.internal.Sm4Keys;
import io.anke.crypto.sm4.internal.Sm4Streams;
import io.anke.crypto.sm4.interop.Padding;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.bouncycastle.crypto.BufferedBlockCipher;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * SM4-ECB, only to exchange data with systems that already use it: what Bouncy Castle's and Kona's
 * JCA {@code "SM4"} and Hutool's {@code SmUtil.sm4(key)} silently give you. Matches {@code openssl
 * enc -sm4-ecb -K <key>} with {@link Padding#PKCS7}.
 *
 * <p><b>Do not use ECB for new data.</b> Every 16-byte block is encrypted on its own under the same
 * key, so equal plaintext blocks give equal ciphertext blocks: patterns, repeated fields and whole
 * repeated records show through, blocks can be cut, reordered and replayed without detection, and
 * nothing authenticates the data. GB/T 39786 assessors flag it. Use {@link
 * io.anke.crypto.sm4.Sm4Gcm}. Immutable and thread-safe.
 */
public final class Sm4Ecb {
  private static final String NAME = "SM4-ECB";

  private static final Bilingual FAILURE = CryptoMessage.SM4_ECB_FAILURE.text();

  private final KeyMaterial key;
  private final Padding padding;

  private Sm4Ecb(KeyMaterial key, Padding padding) {
    this.key = key;
    this.padding = padding;
  }

  /**
   * SM4-ECB with the given padding under {@code key}. There is no default: choose deliberately. The
   * key is referenced, not copied: once it is destroyed, every call throws {@link
   * io.anke.crypto.KeyDestroyedException}.
   */
  public static Sm4Ecb withKey(Sm4Key key, Padding padding) {
    return new Sm4Ecb(Sm4Keys.material(key), Objects.requireNonNull(padding, "padding"));
  }

  /**
   * Encrypts {@code plaintext}.
   *
   * @throws CryptoFormatException without padding, if the plaintext is not whole 16-byte blocks
   */
  public byte[] encrypt(byte[] plaintext) {
    Objects.requireNonNull(plaintext, "plaintext");
    KeyParameter k = Sm4Keys.parameter(key);
    try {
      return Sm4Streams.encrypt(cipher(true, k), plaintext, NAME);
    } finally {
      KeyMaterial.wipe(k.getKey());
    }
  }

  /**
   * Decrypts {@code ciphertext} and removes the padding.
   *
   * @throws DecryptionFailedException on bad padding or a length that is not whole blocks
   */
  public byte[] decrypt(byte[] ciphertext) throws DecryptionFailedException {
    Objects.requireNonNull(ciphertext, "ciphertext");
    KeyParameter k = Sm4Keys.parameter(key);
    try {
      return Sm4Streams.decrypt(cipher(false, k), ciphertext, FAILURE);
    } finally {
      KeyMaterial.wipe(k.getKey());
    }
  }

  /**
   * Encrypts {@code in} to {@code out} in constant memory; closes neither; returns bytes written.
   */
  public long encrypt(InputStream in, OutputStream out) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    KeyParameter k = Sm4Keys.parameter(key);
    try {
      return Sm4Streams.encrypt(cipher(true, k), in, out, NAME);
    } finally {
      KeyMaterial.wipe(k.getKey());
    }
  }

  /**
   * Decrypts {@code in} to {@code out} in constant memory; closes neither; returns bytes written.
   * Bad padding shows only at the end, after most of the output has been written.
   *
   * @throws DecryptionFailedException on bad padding or a length that is not whole blocks
   */
  public long decrypt(InputStream in, OutputStream out)
      throws IOException, DecryptionFailedException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    KeyParameter k = Sm4Keys.parameter(key);
    try {
      return Sm4Streams.decrypt(cipher(false, k), in, out, FAILURE);
    } finally {
      KeyMaterial.wipe(k.getKey());
    }
  }

  private BufferedBlockCipher cipher(boolean encrypt, KeyParameter k) {
    BufferedBlockCipher cipher = Sm4Streams.blockCipher(new SM4Engine(), padding);
    cipher.init(encrypt, k);
    return cipher;
  }

  @Override
  public String toString() {
    return "Sm4Ecb[" + padding + "]";
  }
}
