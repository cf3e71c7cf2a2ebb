package io.anke.crypto.internal;

import io.anke.crypto.CryptoFormatException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * PEM (RFC 7468), the one codec of this module. Writes what OpenSSL writes: 64-character Base64
 * lines, LF line ends, a final newline. Reads strictly, so that a changed character in a block body
 * is refused rather than skipped: the body holds only Base64 characters, every line but the last
 * has the same length (a multiple of 4, at most 76: OpenSSL's 64 and MIME's 76), padding is present
 * and canonical, and the encoding is the one this class would write for the same bytes. Tolerated:
 * CRLF line ends, text outside blocks, several blocks. Legacy encrypted PEM (Proc-Type / DEK-Info
 * headers) is refused with a message that says so.
 */
public final class Pem {
  private static final String BEGIN = "-----BEGIN ";
  private static final String END = "-----END ";
  private static final String DASHES = "-----";
  private static final int LINE = 64;
  private static final int MAX_LINE = 76;

  private Pem() {}

  /** One PEM block: its label (e.g. "PRIVATE KEY") and the decoded DER. */
  public record Block(String label, byte[] der) {}

  /** True when the bytes look like PEM text rather than DER. */
  public static boolean looksLikePem(byte[] data) {
    String head = new String(data, 0, Math.min(data.length, 4096), StandardCharsets.ISO_8859_1);
    return head.contains(BEGIN);
  }

  /** Encodes DER as a PEM block, byte-identical to OpenSSL's output. */
  public static String encode(String label, byte[] der) {
    String b64 = Base64.getEncoder().encodeToString(der);
    StringBuilder sb = new StringBuilder(b64.length() + 80);
    sb.append(BEGIN).append(label).append(DASHES).append('\n');
    for (int i = 0; i < b64.length(); i += LINE) {
      sb.append(b64, i, Math.min(b64.length(), i + LINE)).append('\n');
    }
    sb.append(END).append(label).append(DASHES).append('\n');
    return sb.toString();
  }

  /**
   * Decodes every PEM block in the text.
   *
   * @param what names the input in error messages
   * @throws CryptoFormatException if there is no block, a block is not terminated, or its body is
   *     not strict Base64; the message gives the line number
   */
  public static List<Block> decodeAll(String text, String what) {
    List<Block> blocks = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    String label = null;
    int beginLine = 0;
    List<String> body = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (label == null) {
        if (line.startsWith(BEGIN)) {
          if (!line.endsWith(DASHES) || line.length() <= BEGIN.length() + DASHES.length()) {
            throw new CryptoFormatException(
                what + ": line " + (i + 1) + " is not a PEM BEGIN line (-----BEGIN LABEL-----)");
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
              what
                  + ": PEM block '"
                  + label
                  + "' (line "
                  + beginLine
                  + ") ends with a different or malformed END line at line "
                  + (i + 1));
        }
        blocks.add(new Block(label, body(body, beginLine, label, what)));
        label = null;
        continue;
      }
      if (line.contains(":")) {
        if (line.startsWith("Proc-Type") || line.startsWith("DEK-Info")) {
          throw new CryptoFormatException(
              what
                  + ": PEM block '"
                  + label
                  + "' is encrypted (legacy Proc-Type/DEK-Info); decrypt it first, e.g. openssl"
                  + " pkey -in KEY -out plain.pem");
        }
        throw new CryptoFormatException(
            what + ": unexpected header line " + (i + 1) + " in PEM block '" + label + "'");
      }
      body.add(line);
    }
    if (label != null) {
      throw new CryptoFormatException(
          what + ": PEM block '" + label + "' (line " + beginLine + ") has no END line");
    }
    if (blocks.isEmpty()) {
      throw new CryptoFormatException(what + ": no PEM block (-----BEGIN ...-----) found");
    }
    return blocks;
  }

  /** The blocks of {@link #decodeAll} whose label is one of {@code labels}, in order. */
  public static List<Block> blocks(List<Block> all, String... labels) {
    List<Block> out = new ArrayList<>();
    for (Block b : all) {
      if (Arrays.asList(labels).contains(b.label())) {
        out.add(b);
      }
    }
    return out;
  }

  private static byte[] body(List<String> lines, int beginLine, String label, String what) {
    String where = what + ": PEM block '" + label + "' (line " + beginLine + ")";
    if (lines.isEmpty()) {
      throw new CryptoFormatException(where + " is empty");
    }
    int width = lines.get(0).length();
    StringBuilder b64 = new StringBuilder(width * lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int lineNo = beginLine + 1 + i;
      boolean last = i == lines.size() - 1;
      if (line.isEmpty()
          || line.length() > MAX_LINE
          || (!last && (line.length() != width || width % 4 != 0))
          || (last && line.length() > width)) {
        throw new CryptoFormatException(
            where
                + ": line "
                + lineNo
                + " has "
                + line.length()
                + " characters; Base64 lines must all be as long as the first (a multiple of 4,"
                + " at most "
                + MAX_LINE
                + ") except a shorter last one");
      }
      for (int c = 0; c < line.length(); c++) {
        if (!isBase64(line.charAt(c))) {
          throw new CryptoFormatException(
              where + ": line " + lineNo + " column " + (c + 1) + " is not a Base64 character");
        }
      }
      b64.append(line);
    }
    byte[] der;
    try {
      der = Base64.getDecoder().decode(b64.toString());
    } catch (IllegalArgumentException e) {
      throw new CryptoFormatException(where + " has invalid Base64 (misplaced '=' or length)");
    }
    // Only the canonical encoding: padding present, unused bits zero.
    if (!Base64.getEncoder().encodeToString(der).contentEquals(b64)) {
      throw new CryptoFormatException(
          where + " is not canonical Base64 (missing padding or non-zero unused bits)");
    }
    return der;
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
