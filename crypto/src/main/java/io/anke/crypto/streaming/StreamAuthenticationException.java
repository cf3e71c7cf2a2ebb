package io.anke.crypto.streaming;

import java.io.IOException;

/**
 * A ciphertext stream failed authentication: a segment was modified, removed, reordered or added,
 * the stream was cut short, the key or associated data is wrong, or the header is malformed. The
 * message names the segment or header field, never plaintext or key bytes.
 */
public class StreamAuthenticationException extends IOException {
  private static final long serialVersionUID = 1L;

  /** A message that says where the stream failed. */
  public StreamAuthenticationException(String message) {
    super(message);
  }
}
