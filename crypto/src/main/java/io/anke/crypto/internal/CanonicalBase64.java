package io.anke.crypto.internal;

import io.anke.crypto.Bilingual;
import io.anke.crypto.CryptoFormatException;
import java.util.Base64;

/**
 * Base64 (RFC 4648 §4) read back only in the one spelling the encoder writes. Java's decoder
 * accepts non-zero unused bits in the last character, so several texts decode to the same bytes: a
 * changed character of a stored value would go unnoticed. Every Base64 reader of this module that
 * must notice such a change checks here that decoding and encoding again gives the input.
 */
public final class CanonicalBase64 {
  private static final Base64.Encoder PADDED = Base64.getEncoder();
  private static final Base64.Encoder UNPADDED = Base64.getEncoder().withoutPadding();

  private CanonicalBase64() {}

  /** Standard alphabet, with {@code =} padding, no line breaks. */
  public static String encode(byte[] bytes) {
    return PADDED.encodeToString(bytes);
  }

  /**
   * The bytes of {@code text}, which must be exactly what the standard encoder writes ({@code
   * padded}: with {@code =} padding; otherwise without).
   *
   * @param invalid the message when the text is not Base64 at all (a character outside the
   *     alphabet, a misplaced {@code =}, an impossible length)
   * @param notCanonical the message when it is Base64 but not in the encoder's spelling (padding
   *     missing or superfluous, non-zero unused bits)
   * @throws CryptoFormatException with one of the two messages
   */
  public static byte[] decode(
      CharSequence text, boolean padded, Bilingual invalid, Bilingual notCanonical) {
    String s = text.toString();
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(s);
    } catch (IllegalArgumentException e) {
      throw new CryptoFormatException(invalid);
    }
    if (!(padded ? PADDED : UNPADDED).encodeToString(bytes).equals(s)) {
      throw new CryptoFormatException(notCanonical);
    }
    return bytes;
  }
}
