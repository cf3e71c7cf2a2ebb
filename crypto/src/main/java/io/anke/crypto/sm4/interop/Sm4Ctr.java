package io.anke.crypto.sm4.interop;

import io.anke.crypto.internal.KeyMaterial;
import io.anke.crypto.sm4.Sm4Key;
import io.anke.crypto.sm4.internal.Checks;
import io.anke.crypto.sm4.internal.Sm4Ctr128;
import io.anke.crypto.sm4.internal.Sm4Engine;
import io.anke.crypto.sm4.internal.Sm4Keys;
import io.anke.crypto.sm4.internal.Sm4State;
import io.anke.crypto.sm4.internal.Sm4Streams;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.bouncycastle.crypto.StreamCipher;
import org.bouncycastle.crypto.modes.SICBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * SM4-CTR with a 16-byte initial counter block that is incremented as one 128-bit big-endian number
 * (wrapping to zero): byte-compatible with {@code openssl enc -sm4-ctr -K <key> -iv <iv>} and
 * Java's {@code SM4/CTR/NoPadding}. No padding; the output is as long as the input, and encryption
 * and decryption are the same operation.
 *
 * <p>CTR does not authenticate, and reusing a counter block under one key reveals the XOR of the
 * plaintexts: an encryption that starts at the same counter block as the previous encryption under
 * the same key object is refused ({@link NonceReuseException}); older ones, and overlapping counter
 * ranges, are not detected. Prefer {@link io.anke.crypto.sm4.Sm4Gcm}. Immutable and thread-safe;
 * the stream methods work in constant memory.
 */
public final class Sm4Ctr {
  /** Length of the initial counter block in bytes. */
  public static final int IV_LENGTH = 16;

  private static final String MODE = "SM4-CTR";

  private final Sm4State key;

  private Sm4Ctr(Sm4State key) {
    this.key = key;
  }

  /**
   * SM4-CTR under {@code key}. The key is referenced, not copied: once it is destroyed, every call
   * throws {@link io.anke.crypto.KeyDestroyedException}.
   */
  public static Sm4Ctr withKey(Sm4Key key) {
    return new Sm4Ctr(Sm4Keys.state(key));
  }

  /**
   * Encrypts {@code plaintext} starting at counter block {@code iv}.
   *
   * @throws io.anke.crypto.CryptoFormatException if the IV is not 16 bytes
   * @throws NonceReuseException if the previous SM4-CTR encryption under the same key object
   *     started at the same counter block (only this immediate repetition is detected)
   */
  public byte[] encrypt(byte[] iv, byte[] plaintext) {
    Objects.requireNonNull(plaintext, "plaintext");
    return process(true, fresh(iv), plaintext);
  }

  /**
   * Decrypts {@code ciphertext}. CTR cannot detect tampering, so this never fails on the data.
   *
   * @throws io.anke.crypto.CryptoFormatException if the IV is not 16 bytes
   */
  public byte[] decrypt(byte[] iv, byte[] ciphertext) {
    Objects.requireNonNull(ciphertext, "ciphertext");
    return process(false, iv, ciphertext);
  }

  /**
   * Encrypts {@code in} to {@code out} in constant memory; closes neither; returns bytes written.
   *
   * @throws NonceReuseException as {@link #encrypt(byte[], byte[])}
   */
  public long encrypt(byte[] iv, InputStream in, OutputStream out) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    byte[] counter = fresh(iv);
    KeyParameter k = Sm4Keys.parameter(key.material());
    try {
      return Sm4Streams.run(cipher(true, counter, k), in, out);
    } finally {
      KeyMaterial.wipe(k.getKey());
    }
  }

  /**
   * Decrypts {@code in} to {@code out} in constant memory; closes neither; returns bytes written.
   */
  public long decrypt(byte[] iv, InputStream in, OutputStream out) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Checks.length(MODE + " IV", iv, IV_LENGTH);
    KeyParameter k = Sm4Keys.parameter(key.material());
    try {
      return Sm4Streams.run(cipher(false, iv, k), in, out);
    } finally {
      KeyMaterial.wipe(k.getKey());
    }
  }

  // Encryption only: decrypting the same data twice is harmless, encrypting twice is not.
  private byte[] fresh(byte[] iv) {
    Checks.length(MODE + " IV", iv, IV_LENGTH);
    byte[] counter = iv.clone();
    NonceReuseException.requireFresh(key.material(), MODE, counter);
    return counter;
  }

  private byte[] process(boolean encrypt, byte[] iv, byte[] input) {
    Checks.length(MODE + " IV", iv, IV_LENGTH);
    if (Sm4Engine.configured() == Sm4Engine.ANKE) {
      key.live();
      byte[] out = new byte[input.length];
      new Sm4Ctr128(key, iv).process(input, 0, input.length, out, 0);
      if (key.isWiped()) {
        KeyMaterial.wipe(out);
        key.live();
      }
      return out;
    }
    KeyParameter k = Sm4Keys.parameter(key.material());
    try {
      StreamCipher cipher = cipher(encrypt, iv, k);
      byte[] out = new byte[input.length];
      cipher.processBytes(input, 0, input.length, out, 0);
      return out;
    } finally {
      KeyMaterial.wipe(k.getKey());
    }
  }

  private StreamCipher cipher(boolean encrypt, byte[] iv, KeyParameter k) {
    StreamCipher cipher = SICBlockCipher.newInstance(Sm4Streams.engine(key));
    cipher.init(encrypt, new ParametersWithIV(Sm4Streams.keyParameter(k), iv));
    return cipher;
  }

  @Override
  public String toString() {
    return "Sm4Ctr[]";
  }
}
