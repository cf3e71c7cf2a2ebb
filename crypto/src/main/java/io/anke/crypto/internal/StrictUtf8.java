package io.anke.crypto.internal;

import io.anke.crypto.Bilingual;
import io.anke.crypto.CryptoFormatException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * UTF-8 that refuses instead of replacing. {@link String#getBytes} turns an unpaired surrogate into
 * {@code '?'} and {@code new String(bytes, UTF_8)} turns a malformed sequence into U+FFFD, so two
 * different inputs would hash, index or encrypt alike and the original would be lost; every text
 * this module turns into key-dependent bytes goes through here instead.
 */
public final class StrictUtf8 {
  private StrictUtf8() {}

  /**
   * The UTF-8 bytes of {@code text}.
   *
   * @param what names the text in the message, e.g. the password
   * @throws IllegalArgumentException if the text holds an unpaired UTF-16 surrogate
   */
  public static byte[] encode(CharSequence text, Bilingual what) {
    return encode(CharBuffer.wrap(text), what);
  }

  /**
   * The UTF-8 bytes of {@code text}; the encoder's intermediate buffer is overwritten, so that only
   * the returned array holds the bytes (for secrets such as passwords).
   *
   * @throws IllegalArgumentException if the text holds an unpaired UTF-16 surrogate
   */
  public static byte[] encode(char[] text, Bilingual what) {
    return encode(CharBuffer.wrap(text), what);
  }

  private static byte[] encode(CharBuffer chars, Bilingual what) {
    ByteBuffer bytes;
    try {
      bytes =
          StandardCharsets.UTF_8
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(chars);
    } catch (CharacterCodingException e) {
      // A CryptoFormatException is an IllegalArgumentException that also reads in Chinese.
      throw new CryptoFormatException(CryptoMessage.UNPAIRED_SURROGATE.text(what), e);
    }
    byte[] out = new byte[bytes.remaining()];
    bytes.get(out);
    if (bytes.hasArray()) {
      Arrays.fill(bytes.array(), (byte) 0);
    }
    return out;
  }

  /**
   * The text that {@code bytes} encode in UTF-8.
   *
   * @throws CharacterCodingException if they are not well-formed UTF-8
   */
  public static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
