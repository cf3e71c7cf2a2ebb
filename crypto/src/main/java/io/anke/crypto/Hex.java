package io.anke.crypto;

import io.anke.crypto.internal.CryptoMessage;
import java.util.Arrays;

/**
 * Strict hexadecimal encoding: lowercase on output; on input upper or lower case, optional
 * whitespace between bytes, and a clear error that names the offending position.
 */
public final class Hex {
  private static final char[] DIGITS = "0123456789abcdef".toCharArray();

  private Hex() {}

  /** Lowercase hex of {@code bytes}, two characters per byte. */
  public static String encode(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = DIGITS[(bytes[i] >>> 4) & 0xf];
      out[2 * i + 1] = DIGITS[bytes[i] & 0xf];
    }
    return new String(out);
  }

  /**
   * Decodes hex text. Whitespace is ignored; a {@code 0x} prefix is accepted.
   *
   * @throws CryptoFormatException if a character is not a hex digit or the digit count is odd; the
   *     message gives the position but never the input itself, which may be key material
   */
  public static byte[] decode(CharSequence text) {
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (end - start >= 2
        && text.charAt(start) == '0'
        && (text.charAt(start + 1) == 'x' || text.charAt(start + 1) == 'X')) {
      start += 2;
    }
    byte[] out = new byte[(end - start) / 2];
    int n = 0;
    int high = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      int v = Character.digit(c, 16);
      if (v < 0) {
        throw new CryptoFormatException(CryptoMessage.HEX_NOT_A_DIGIT.text(i + 1));
      }
      if (high < 0) {
        high = v;
      } else {
        out[n++] = (byte) ((high << 4) | v);
        high = -1;
      }
    }
    if (high >= 0) {
      throw new CryptoFormatException(CryptoMessage.HEX_ODD_DIGITS.text());
    }
    if (n == out.length) {
      return out;
    }
    // Whitespace made the first buffer too long; wipe it, since the bytes may be key material.
    byte[] exact = Arrays.copyOf(out, n);
    Arrays.fill(out, (byte) 0);
    return exact;
  }
}
