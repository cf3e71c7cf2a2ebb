package io.anke.core.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text files as the readers of configuration, inventories and settings read them: strict UTF-8 (a
 * malformed byte is an error, never a silent replacement character that would change what a rule or
 * a parser sees) and without the byte order mark that editors on Windows put first, which is legal
 * UTF-8 but trips parsers.
 */
public final class Utf8Text {
  private Utf8Text() {}

  /**
   * The text of {@code data}.
   *
   * @throws CharacterCodingException when {@code data} is not well-formed UTF-8
   */
  public static String decode(byte[] data) throws CharacterCodingException {
    String text = decodeExactly(data, 0, data.length);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * The text of {@code length} bytes of {@code data} from {@code offset}, as they are: a byte order
   * mark is kept, for formats where every byte counts (a signed manifest's lines).
   *
   * @throws CharacterCodingException when the bytes are not well-formed UTF-8
   */
  public static String decodeExactly(byte[] data, int offset, int length)
      throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(data, offset, length))
        .toString();
  }
}
