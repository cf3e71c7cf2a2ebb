package io.anke.crypto.sm4.internal;

import io.anke.crypto.DecryptionFailedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import org.bouncycastle.crypto.BufferedBlockCipher;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.StreamCipher;

/** Constant-memory loops that push a stream through a Bouncy Castle cipher. */
public final class Sm4Streams {
  /** Chunk size: large enough to amortise call overhead, small enough to keep memory flat. */
  public static final int CHUNK = 64 * 1024;

  private Sm4Streams() {}

  /**
   * Runs a padded or unpadded block-cipher mode over the stream and returns the number of bytes
   * written. A decryption failure (bad padding, a length that is not whole blocks) becomes {@link
   * DecryptionFailedException} with {@code failure} as the only message; an encryption input that
   * is not whole blocks when there is no padding becomes {@code lengthError}.
   */
  public static long run(
      BufferedBlockCipher cipher,
      boolean encrypting,
      InputStream in,
      OutputStream out,
      String failure,
      LengthError lengthError)
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
      } catch (InvalidCipherTextException | RuntimeException e) {
        if (encrypting) {
          // Only an unpadded mode can refuse to encrypt: the input is not whole blocks.
          throw lengthError.of(read);
        }
        throw new DecryptionFailedException(failure);
      }
      out.write(outBuf, 0, m);
      return written + m;
    } finally {
      Arrays.fill(inBuf, (byte) 0);
      Arrays.fill(outBuf, (byte) 0);
    }
  }

  /**
   * Runs a block-cipher mode over a whole array; failures as for {@link #run(BufferedBlockCipher,
   * boolean, InputStream, OutputStream, String, LengthError)}.
   */
  public static byte[] once(
      BufferedBlockCipher cipher,
      boolean encrypting,
      byte[] input,
      String failure,
      LengthError lengthError)
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
      if (encrypting) {
        throw lengthError.of(input.length);
      }
      throw new DecryptionFailedException(failure);
    }
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

  /** Makes the exception for an unpadded encryption input of the given total length. */
  @FunctionalInterface
  public interface LengthError {
    /** The exception to throw for an input of {@code length} bytes. */
    RuntimeException of(long length);
  }
}
