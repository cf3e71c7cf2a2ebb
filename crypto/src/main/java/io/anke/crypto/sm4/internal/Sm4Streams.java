package io.anke.crypto.sm4.internal;

import io.anke.crypto.Bilingual;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.KeyDestroyedException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.sm4.interop.Padding;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.BufferedBlockCipher;
import org.bouncycastle.crypto.DefaultBufferedBlockCipher;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.StreamCipher;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Constant-memory loops that push a stream through a Bouncy Castle mode (over Anke's block function
 * unless Bouncy Castle's engine was chosen).
 */
public final class Sm4Streams {
  /** Chunk size: large enough to amortise call overhead, small enough to keep memory flat. */
  public static final int CHUNK = 64 * 1024;

  private Sm4Streams() {}

  /**
   * The block cipher for a Bouncy Castle mode over a stream: Anke's engine on the key's round keys,
   * or a fresh Bouncy Castle {@code SM4Engine} if that was chosen ({@link Sm4Engine}).
   */
  public static BlockCipher engine(Sm4State key) {
    return Sm4Engine.configured() == Sm4Engine.ANKE
        ? new Sm4BlockCipher(key)
        : new org.bouncycastle.crypto.engines.SM4Engine();
  }

  /** The key parameter that goes with {@link #engine}: {@code copy} for Bouncy Castle's engine. */
  public static KeyParameter keyParameter(KeyParameter copy) {
    return Sm4Engine.configured() == Sm4Engine.ANKE ? Sm4BlockCipher.precomputed() : copy;
  }

  /**
   * A padded (PKCS#7) or unpadded block-cipher mode over {@code mode}: the bare SM4 engine for ECB,
   * or a chaining mode such as CBC.
   */
  public static BufferedBlockCipher blockCipher(BlockCipher mode, Padding padding) {
    return padding == Padding.PKCS7
        ? new PaddedBufferedBlockCipher(mode, new PKCS7Padding())
        : new DefaultBufferedBlockCipher(mode);
  }

  /**
   * Encrypts a whole array with a block-cipher mode initialised for encryption.
   *
   * @param name the mode in messages, e.g. {@code "SM4-CBC"}
   * @throws CryptoFormatException if there is no padding and the input is not whole blocks
   */
  public static byte[] encrypt(BufferedBlockCipher cipher, byte[] input, String name) {
    try {
      return once(cipher, true, input, CryptoMessage.VERBATIM.text(name));
    } catch (DecryptionFailedException e) {
      throw unreachable(e);
    }
  }

  /**
   * Decrypts a whole array with a block-cipher mode initialised for decryption.
   *
   * @throws DecryptionFailedException with {@code failure} as the only message, on bad padding or a
   *     length that is not whole blocks
   */
  public static byte[] decrypt(BufferedBlockCipher cipher, byte[] input, Bilingual failure)
      throws DecryptionFailedException {
    return once(cipher, false, input, failure);
  }

  /**
   * Encrypts everything {@code in} delivers to {@code out} in constant memory and returns the
   * number of bytes written; failures as for {@link #encrypt(BufferedBlockCipher, byte[], String)}.
   */
  public static long encrypt(
      BufferedBlockCipher cipher, InputStream in, OutputStream out, String name)
      throws IOException {
    try {
      return run(cipher, true, in, out, CryptoMessage.VERBATIM.text(name));
    } catch (DecryptionFailedException e) {
      throw unreachable(e);
    }
  }

  /**
   * Decrypts everything {@code in} delivers to {@code out} in constant memory and returns the
   * number of bytes written; failures as for {@link #decrypt(BufferedBlockCipher, byte[], String)}.
   */
  public static long decrypt(
      BufferedBlockCipher cipher, InputStream in, OutputStream out, Bilingual failure)
      throws IOException, DecryptionFailedException {
    return run(cipher, false, in, out, failure);
  }

  /**
   * {@code text} is the mode's name when encrypting (for the not-whole-blocks message) and the
   * failure message when decrypting.
   */
  private static long run(
      BufferedBlockCipher cipher,
      boolean encrypting,
      InputStream in,
      OutputStream out,
      Bilingual text)
      throws IOException, DecryptionFailedException {
    byte[] inBuf = new byte[CHUNK];
    byte[] outBuf = new byte[cipher.getUpdateOutputSize(CHUNK) + cipher.getBlockSize()];
    long written = 0;
    long read = 0;
    try {
      for (int n; (n = in.read(inBuf)) != -1; ) {
        read += n;
        int m = cipher.processBytes(inBuf, 0, n, outBuf, 0);
        out.write(outBuf, 0, m);
        written += m;
      }
      int m;
      try {
        m = cipher.doFinal(outBuf, 0);
      } catch (KeyDestroyedException e) {
        throw e;
      } catch (InvalidCipherTextException | RuntimeException e) {
        throw failure(encrypting, text, read);
      }
      out.write(outBuf, 0, m);
      return written + m;
    } finally {
      Arrays.fill(inBuf, (byte) 0);
      Arrays.fill(outBuf, (byte) 0);
    }
  }

  private static byte[] once(
      BufferedBlockCipher cipher, boolean encrypting, byte[] input, Bilingual text)
      throws DecryptionFailedException {
    byte[] out = new byte[cipher.getOutputSize(input.length)];
    try {
      int n = cipher.processBytes(input, 0, input.length, out, 0);
      n += cipher.doFinal(out, n);
      if (n == out.length) {
        return out;
      }
      byte[] exact = Arrays.copyOf(out, n);
      Arrays.fill(out, (byte) 0);
      return exact;
    } catch (InvalidCipherTextException | RuntimeException e) {
      Arrays.fill(out, (byte) 0);
      throw failure(encrypting, text, input.length);
    }
  }

  /**
   * Only an unpadded mode can refuse to encrypt: the input is not whole blocks. Any decryption
   * failure (bad padding, a length that is not whole blocks) gets the one fixed message.
   */
  private static DecryptionFailedException failure(
      boolean encrypting, Bilingual text, long length) {
    if (encrypting) {
      throw new CryptoFormatException(CryptoMessage.SM4_NOT_WHOLE_BLOCKS.text(text, length));
    }
    return new DecryptionFailedException(text);
  }

  private static IllegalStateException unreachable(DecryptionFailedException e) {
    return new IllegalStateException(CryptoMessage.UNREACHABLE_DECRYPTION_FAILURE.english(), e);
  }

  /** Runs a stream cipher (CTR) over the stream and returns the number of bytes written. */
  public static long run(StreamCipher cipher, InputStream in, OutputStream out) throws IOException {
    byte[] inBuf = new byte[CHUNK];
    byte[] outBuf = new byte[CHUNK];
    long written = 0;
    try {
      for (int n; (n = in.read(inBuf)) != -1; ) {
        cipher.processBytes(inBuf, 0, n, outBuf, 0);
        out.write(outBuf, 0, n);
        written += n;
      }
      return written;
    } finally {
      Arrays.fill(inBuf, (byte) 0);
      Arrays.fill(outBuf, (byte) 0);
    }
  }
}
