package io.anke.crypto.internal;

import io.anke.crypto.Bilingual;
import io.anke.crypto.CryptoFormatException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PEM (RFC 7468), the one codec of this module. Writes what OpenSSL writes: 64-character Base64
 * lines, LF line ends, a final newline. Reads every layout that tools write for the same bytes, and
 * nothing that could change them: the body holds only Base64 characters, with canonical padding and
 * zero unused bits, either on one line of any length or in lines that are all as long as the first
 * (a multiple of 4, so no group of four is split) but for a shorter last one. Tolerated because
 * they cannot hide a changed byte (RFC 7468's lax encoding, and what OpenSSL 3 reads): spaces and
 * tabs at the start and end of any line, CRLF line ends, a UTF-8 byte-order mark before a BEGIN
 * line, text outside blocks, several blocks. Refused: whitespace inside a line, blank lines in a
 * block, a missing or different END line. Legacy encrypted PEM (Proc-Type / DEK-Info headers) is
 * refused with a message that says so.
 */
public final class Pem {
  private static final String BEGIN = "-----BEGIN ";
  private static final String END = "-----END ";
  private static final String DASHES = "-----";
  private static final int LINE = 64;

  /** A UTF-8 byte-order mark, as a character and as its bytes read as ISO-8859-1. */
  private static final String[] BOMS = {"\uFEFF", "\u00EF\u00BB\u00BF"};

  private Pem() {}

  /** One PEM block: its label (e.g. "PRIVATE KEY") and the decoded DER. */
  public record Block(String label, byte[] der) {}

  /** One line of a block body: its number in the text, its text without edge whitespace. */
  private record BodyLine(int number, int column, String text) {}

  /** True when the bytes look like PEM text rather than DER. */
  public static boolean looksLikePem(byte[] data) {
    // DER whose bytes happen to hold "-----BEGIN " (in a name, an extension, a signature) is
    // still DER: one definite-length SEQUENCE spanning every byte is never taken for text.
    if (isOneDerSequence(data)) {
      return false;
    }
    String head = new String(data, 0, Math.min(data.length, 4096), StandardCharsets.ISO_8859_1);
    return head.contains(BEGIN);
  }

  /** True when {@code data} is a SEQUENCE tag and a definite length that ends at its last byte. */
  private static boolean isOneDerSequence(byte[] data) {
    if (data.length < 2 || data[0] != 0x30) {
      return false;
    }
    int first = data[1] & 0xff;
    if (first < 0x80) {
      return data.length == 2 + first;
    }
    int octets = first & 0x7f;
    if (octets == 0 || octets > 4 || data.length < 2 + octets) {
      return false;
    }
    long length = 0;
    for (int i = 0; i < octets; i++) {
      length = (length << 8) | (data[2 + i] & 0xff);
    }
    return data.length == 2 + octets + length;
  }

  /** Encodes DER as a PEM block, byte-identical to OpenSSL's output. */
  public static String encode(String label, byte[] der) {
    String b64 = CanonicalBase64.encode(der);
    StringBuilder sb = new StringBuilder(b64.length() + 80);
    sb.append(BEGIN).append(label).append(DASHES).append('\n');
    for (int i = 0; i < b64.length(); i += LINE) {
      sb.append(b64, i, Math.min(b64.length(), i + LINE)).append('\n');
    }
    sb.append(END).append(label).append(DASHES).append('\n');
    return sb.toString();
  }

  /**
   * Decodes every PEM block in bytes read from a file or a stream (PEM is ASCII; each byte is read
   * as one character, so no decoding error can occur before the checks).
   *
   * @see #decodeAll(String, Bilingual)
   */
  public static List<Block> decodeAll(byte[] text, Bilingual what) {
    return decodeAll(new String(text, StandardCharsets.ISO_8859_1), what);
  }

  /**
   * Decodes every PEM block in the text.
   *
   * @param what names the input in error messages
   * @throws CryptoFormatException if there is no block, a block is not terminated, or its body is
   *     not strict Base64; the message gives the line number
   */
  public static List<Block> decodeAll(String text, Bilingual what) {
    List<Block> blocks = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    String label = null;
    int beginLine = 0;
    List<BodyLine> body = null;
    for (int i = 0; i < lines.length; i++) {
      int lead = leadingWhitespace(lines[i]);
      String line = lines[i].substring(lead, lines[i].length() - trailingWhitespace(lines[i]));
      if (label == null) {
        // Outside a block a byte-order mark may precede BEGIN: editors write one at the start of
        // a file, and concatenating such files puts it at the start of a later line.
        line = withoutBom(line);
        if (line.startsWith(BEGIN)) {
          if (!line.endsWith(DASHES) || line.length() <= BEGIN.length() + DASHES.length()) {
            throw new CryptoFormatException(CryptoMessage.PEM_NOT_BEGIN_LINE.text(what, i + 1));
          }
          label = line.substring(BEGIN.length(), line.length() - DASHES.length());
          beginLine = i + 1;
          body = new ArrayList<>();
        }
        continue;
      }
      if (line.startsWith(END)) {
        String endLabel =
            line.endsWith(DASHES)
                ? line.substring(END.length(), line.length() - DASHES.length())
                : null;
        if (!label.equals(endLabel)) {
          throw new CryptoFormatException(
              CryptoMessage.PEM_BAD_END_LINE.text(
                  CryptoMessage.PEM_BLOCK_AT.text(what, label, beginLine), i + 1));
        }
        blocks.add(new Block(label, body(body, beginLine, label, what)));
        label = null;
        continue;
      }
      if (line.contains(":")) {
        if (line.startsWith("Proc-Type") || line.startsWith("DEK-Info")) {
          throw new CryptoFormatException(CryptoMessage.PEM_ENCRYPTED.text(what, label));
        }
        throw new CryptoFormatException(
            CryptoMessage.PEM_UNEXPECTED_HEADER.text(what, i + 1, label));
      }
      body.add(new BodyLine(i + 1, lead + 1, line));
    }
    if (label != null) {
      throw new CryptoFormatException(
          CryptoMessage.PEM_NO_END_LINE.text(
              CryptoMessage.PEM_BLOCK_AT.text(what, label, beginLine)));
    }
    if (blocks.isEmpty()) {
      throw new CryptoFormatException(CryptoMessage.PEM_NO_BLOCK.text(what));
    }
    return blocks;
  }

  /**
   * The blocks of {@link #decodeAll(String, Bilingual)} whose label is one of {@code labels}, in
   * order.
   */
  public static List<Block> blocks(List<Block> all, String... labels) {
    List<Block> out = new ArrayList<>();
    for (Block b : all) {
      if (Arrays.asList(labels).contains(b.label())) {
        out.add(b);
      }
    }
    return out;
  }

  private static byte[] body(List<BodyLine> lines, int beginLine, String label, Bilingual what) {
    Bilingual where = CryptoMessage.PEM_BLOCK_AT.text(what, label, beginLine);
    if (lines.isEmpty()) {
      throw new CryptoFormatException(CryptoMessage.PEM_BODY_EMPTY.text(where));
    }
    int width = lines.get(0).text().length();
    boolean oneLine = lines.size() == 1;
    StringBuilder b64 = new StringBuilder(width * lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).text();
      int lineNo = lines.get(i).number();
      boolean last = i == lines.size() - 1;
      if (line.isEmpty()) {
        // OpenSSL refuses it too: in RFC 1421 a blank line ends the headers.
        throw new CryptoFormatException(CryptoMessage.PEM_LINE_EMPTY.text(where, lineNo));
      }
      if (!oneLine
          && ((!last && (line.length() != width || width % 4 != 0))
              || (last && line.length() > width))) {
        throw new CryptoFormatException(
            CryptoMessage.PEM_LINE_LENGTH.text(where, lineNo, line.length()));
      }
      for (int c = 0; c < line.length(); c++) {
        if (!isBase64(line.charAt(c))) {
          throw new CryptoFormatException(
              CryptoMessage.PEM_NOT_BASE64_CHAR.text(where, lineNo, lines.get(i).column() + c));
        }
      }
      b64.append(line);
    }
    // Only the canonical encoding: padding present, unused bits zero.
    return CanonicalBase64.decode(
        b64,
        true,
        CryptoMessage.PEM_INVALID_BASE64.text(where),
        CryptoMessage.PEM_NOT_CANONICAL_BASE64.text(where));
  }

  /** Spaces and tabs (RFC 7468 WSP) at the start of {@code line}. */
  private static int leadingWhitespace(String line) {
    int n = 0;
    while (n < line.length() && isWsp(line.charAt(n))) {
      n++;
    }
    return n;
  }

  /** Spaces and tabs at the end of {@code line} (none counted twice with the leading ones). */
  private static int trailingWhitespace(String line) {
    int lead = leadingWhitespace(line);
    int n = 0;
    while (n < line.length() - lead && isWsp(line.charAt(line.length() - 1 - n))) {
      n++;
    }
    return n;
  }

  private static boolean isWsp(char c) {
    return c == ' ' || c == '\t';
  }

  private static String withoutBom(String line) {
    for (String bom : BOMS) {
      if (line.startsWith(bom)) {
        return line.substring(bom.length());
      }
    }
    return line;
  }

  private static boolean isBase64(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '+'
        || c == '/'
        || c == '=';
  }
}
