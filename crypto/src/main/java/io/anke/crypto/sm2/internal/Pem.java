package io.anke.crypto.sm2.internal;

import io.anke.crypto.CryptoFormatException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * PEM (RFC 7468) as OpenSSL writes it: 64-character base64 lines, LF line ends, a final newline.
 * Reading tolerates CRLF, surrounding text and several blocks; it rejects legacy encrypted PEM
 * (Proc-Type / DEK-Info headers) with a message that says so.
 */
public final class Pem {
  private static final String BEGIN = "-----BEGIN ";
  private static final String END = "-----END ";
  private static final String DASHES = "-----";

  private Pem() {}

  /** One PEM block: its label (e.g. "PRIVATE KEY") and the decoded DER. */
  public record Block(String label, byte[] der) {}

  /** True when the bytes look like PEM text rather than DER. */
  public static boolean looksLikePem(byte[] data) {
    String head =
        new String(data, 0, Math.min(data.length, 4096), StandardCharsets.ISO_8859_1).strip();
    return head.contains(BEGIN);
  }

  /** Encodes DER as a PEM block, byte-identical to OpenSSL's output. */
  public static String encode(String label, byte[] der) {
    String b64 = Base64.getEncoder().encodeToString(der);
    StringBuilder sb = new StringBuilder(b64.length() + 80);
    sb.append(BEGIN).append(label).append(DASHES).append('\n');
    for (int i = 0; i < b64.length(); i += 64) {
      sb.append(b64, i, Math.min(b64.length(), i + 64)).append('\n');
    }
    sb.append(END).append(label).append(DASHES).append('\n');
    return sb.toString();
  }

  /**
   * Decodes every PEM block in the text.
   *
   * @param what names the input in error messages
   * @throws CryptoFormatException if there is no block, a block is not terminated, or its base64 is
   *     invalid; the message gives the line number
   */
  public static List<Block> decodeAll(String text, String what) {
    List<Block> blocks = new ArrayList<>();
    String[] lines = text.split("\r?\n|\r", -1);
    String label = null;
    int beginLine = 0;
    StringBuilder body = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (label == null) {
        if (line.startsWith(BEGIN) && line.endsWith(DASHES) && line.length() > 16) {
          label = line.substring(BEGIN.length(), line.length() - DASHES.length());
          beginLine = i + 1;
          body = new StringBuilder();
        }
        continue;
      }
      if (line.startsWith(END)) {
        String endLabel =
            line.endsWith(DASHES) ? line.substring(END.length(), line.length() - 5) : "";
        if (!endLabel.equals(label)) {
          throw new CryptoFormatException(
              what
                  + ": PEM block '"
                  + label
                  + "' (line "
                  + beginLine
                  + ") ends with a different label at line "
                  + (i + 1));
        }
        try {
          blocks.add(new Block(label, Base64.getDecoder().decode(body.toString())));
        } catch (IllegalArgumentException e) {
          throw new CryptoFormatException(
              what + ": PEM block '" + label + "' (line " + beginLine + ") has invalid base64");
        }
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
      body.append(line);
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
}
