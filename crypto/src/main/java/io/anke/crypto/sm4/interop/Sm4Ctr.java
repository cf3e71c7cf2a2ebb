package io.anke.crypto.sm4.interop;

import io.anke.crypto.sm4.Sm4Key;
import io.anke.crypto.sm4.internal.Checks;
import io.anke.crypto.sm4.internal.Sm4Streams;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.bouncycastle.crypto.StreamCipher;
import org.bouncycastle.crypto.engines.SM4Engine;
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
 * plaintexts. Prefer {@link io.anke.crypto.sm4.Sm4Gcm}. Immutable and thread-safe; the stream
 * methods work in constant memory.
 */
public final class Sm4Ctr {
  /** Length of the initial counter block in bytes. */
  public static final int IV_LENGTH = 16;

  private final byte[] key;

  private Sm4Ctr(byte[] key) {
    this.key = key;
  }

  /** SM4-CTR under {@code key}. */
  public static Sm4Ctr withKey(Sm4Key key) {
    return new Sm4Ctr(Objects.requireNonNull(key, "key").toBytes());
  }

  /**
   * Encrypts {@code plaintext} starting at counter block {@code iv}.
   *
   * @throws io.anke.crypto.CryptoFormatException if the IV is not 16 bytes
   */
  public byte[] encrypt(byte[] iv, byte[] plaintext) {
    return process(true, iv, Objects.requireNonNull(plaintext, "plaintext"));
  }

  /**
   * Decrypts {@code ciphertext}. CTR cannot detect tampering, so this never fails on the data.
   *
   * @throws io.anke.crypto.CryptoFormatException if the IV is not 16 bytes
   */
  public byte[] decrypt(byte[] iv, byte[] ciphertext) {
    return process(false, iv, Objects.requireNonNull(ciphertext, "ciphertext"));
  }

  /**
   * Encrypts {@code in} to {@code out} in constant memory; closes neither; returns bytes written.
   */
  public long encrypt(byte[] iv, InputStream in, OutputStream out) throws IOException {
    return Sm4Streams.run(
        cipher(true, iv), Objects.requireNonNull(in, "in"), Objects.requireNonNull(out, "out"));
  }

  /**
   * Decrypts {@code in} to {@code out} in constant memory; closes neither; returns bytes written.
   */
  public long decrypt(byte[] iv, InputStream in, OutputStream out) throws IOException {
    return Sm4Streams.run(
        cipher(false, iv), Objects.requireNonNull(in, "in"), Objects.requireNonNull(out, "out"));
  }

  private byte[] process(boolean encrypt, byte[] iv, byte[] input) {
    StreamCipher cipher = cipher(encrypt, iv);
    byte[] out = new byte[input.length];
    cipher.processBytes(input, 0, input.length, out, 0);
    return out;
  }

  private StreamCipher cipher(boolean encrypt, byte[] iv) {
    Checks.length("SM4-CTR IV", iv, IV_LENGTH);
    StreamCipher cipher = SICBlockCipher.newInstance(new SM4Engine());
    cipher.init(encrypt, new ParametersWithIV(new KeyParameter(key), iv));
    return cipher;
  }

  @Override
  public String toString() {
    return "Sm4Ctr[]";
  }
}
