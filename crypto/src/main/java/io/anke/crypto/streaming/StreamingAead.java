package io.anke.crypto.streaming;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Authenticated encryption of streams of any length in constant memory.
 *
 * <p>The plaintext is cut into segments that are encrypted and authenticated one by one; each
 * segment's nonce binds its position and whether it is the last one, so that truncating,
 * reordering, dropping or appending segments is detected. Implementations are immutable and safe to
 * share between threads; each stream they return is for one thread.
 *
 * <p><b>Released plaintext is authentic but may be incomplete.</b> A decrypting stream hands out a
 * segment only after checking its tag, but it can only tell that the stream was truncated when it
 * reaches the end. Do not act on the plaintext (commit a transaction, execute a file) before {@code
 * read} has returned -1 without an exception.
 */
public interface StreamingAead {

  /**
   * Returns a stream that encrypts what is written to it into {@code ciphertext}. The header is
   * written immediately; {@link OutputStream#close()} writes the final segment and closes {@code
   * ciphertext}. Without {@code close()} the ciphertext is incomplete and will not decrypt.
   *
   * @param associatedData authenticated but not encrypted, needed again to decrypt; {@code null}
   *     means empty
   */
  OutputStream newEncryptingStream(OutputStream ciphertext, byte[] associatedData)
      throws IOException;

  /**
   * Returns a stream that reads and checks {@code ciphertext} and yields the plaintext. A read
   * throws {@link StreamAuthenticationException} (an {@link IOException}) when a segment fails its
   * check, the stream ends early, or data follows the final segment.
   *
   * @param associatedData the associated data given at encryption; {@code null} means empty
   */
  InputStream newDecryptingStream(InputStream ciphertext, byte[] associatedData) throws IOException;
}
