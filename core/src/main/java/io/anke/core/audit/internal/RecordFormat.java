package io.anke.core.audit.internal;

import io.anke.crypto.sm2.Sm2PublicKey;
import io.anke.crypto.sm3.Sm3;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The byte layout of one audit record line (schema version 1), shared by the writer and the
 * verifier so that both agree to the byte.
 *
 * <pre>
 * line     = body ‖ ',"kid":"' ‖ 8 hex ‖ '","mac":"' ‖ 64 hex ‖ '"}' ‖ LF
 * body     = '{"v":1,"seq":' … ',"prev":"' ‖ 64 hex ‖ '"' [ ',"signer":"' 16 hex '"' ‖ sig ]
 * sig      = ',"sig":"' ‖ 128 hex ‖ '"'                     -- checkpoints only
 * digest   = SM3(body)
 * mac      = HMAC-SM3(key kid, digest)
 * chain    = SM3(digest ‖ kid (u32) ‖ mac)                   -- the next record's prev
 * signed   = body without its sig field                      -- SM2 signature, raw r ‖ s
 * </pre>
 *
 * Hex is lowercase. Because digest, MAC and signature are taken over the bytes as written, any
 * change of any byte of a line is noticed without re-encoding the JSON.
 */
public final class RecordFormat {
  /** The schema version this code writes and reads. */
  public static final int VERSION = 1;

  /** Field names and fixed pieces of the layout. */
  public static final String PREFIX = "{\"v\":1,";

  private static final byte[] KID = ",\"kid\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] MAC = "\",\"mac\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END = "\"}".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SIG = ",\"sig\":\"".getBytes(StandardCharsets.US_ASCII);

  /** Hex digits of the key id, the MAC and the signature. */
  public static final int KID_HEX = 8;

  public static final int MAC_HEX = 64;
  public static final int SIG_HEX = 128;

  /** Length of everything after the body, without the LF. */
  public static final int SUFFIX_LENGTH = KID.length + KID_HEX + MAC.length + MAC_HEX + END.length;

  /** Length of the sig field at the end of a checkpoint's body. */
  public static final int SIG_FIELD_LENGTH = SIG.length + SIG_HEX + 1;

  /** The longest line the writer produces and the verifier accepts, LF excluded. */
  public static final int MAX_LINE = 64 * 1024;

  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private RecordFormat() {}

  /** Writes {@code ,"kid":"…","mac":"…"}} and LF after {@code body} into one new array. */
  public static byte[] line(byte[] body, int keyId, byte[] tag) {
    byte[] out = new byte[body.length + SUFFIX_LENGTH + 1];
    int p = copy(body, out, 0);
    p = copy(KID, out, p);
    p = hex(keyId, out, p);
    p = copy(MAC, out, p);
    p = hex(tag, out, p);
    p = copy(END, out, p);
    out[p] = '\n';
    return out;
  }

  /**
   * The chain hash of a record, which the next record carries as {@code prev}: SM3 of the body's
   * SM3 digest, the key id (4 bytes, big-endian) and the MAC tag, so that it covers every byte of
   * the line.
   */
  public static byte[] chainHash(byte[] bodyDigest, int keyId, byte[] tag) {
    byte[] in = new byte[bodyDigest.length + 4 + tag.length];
    System.arraycopy(bodyDigest, 0, in, 0, bodyDigest.length);
    in[bodyDigest.length] = (byte) (keyId >>> 24);
    in[bodyDigest.length + 1] = (byte) (keyId >>> 16);
    in[bodyDigest.length + 2] = (byte) (keyId >>> 8);
    in[bodyDigest.length + 3] = (byte) keyId;
    System.arraycopy(tag, 0, in, bodyDigest.length + 4, tag.length);
    return Sm3.digest(in);
  }

  /** The keyset MAC output for a key id and tag: {@code 0x01 ‖ key id ‖ tag}. */
  public static byte[] prefixed(int keyId, byte[] tag) {
    byte[] out = new byte[5 + tag.length];
    out[0] = 1;
    out[1] = (byte) (keyId >>> 24);
    out[2] = (byte) (keyId >>> 16);
    out[3] = (byte) (keyId >>> 8);
    out[4] = (byte) keyId;
    System.arraycopy(tag, 0, out, 5, tag.length);
    return out;
  }

  /**
   * The fingerprint a checkpoint names its key by ({@code signer}): the first 8 bytes of SM3 of the
   * uncompressed public point, hex.
   */
  public static String signerId(Sm2PublicKey key) {
    return hex(Arrays.copyOf(Sm3.digest(key.toUncompressed()), 8));
  }

  /** The sig field for a checkpoint body. */
  public static String sigField(byte[] rawSignature) {
    byte[] out = new byte[SIG_FIELD_LENGTH];
    int p = copy(SIG, out, 0);
    p = hex(rawSignature, out, p);
    out[p] = '"';
    return new String(out, StandardCharsets.US_ASCII);
  }

  /**
   * Where the body of {@code line[0, length)} ends, or -1 when the line does not end with the fixed
   * suffix (strict lowercase hex).
   */
  public static int bodyEnd(byte[] line, int length) {
    int b = length - SUFFIX_LENGTH;
    if (b < PREFIX.length()) {
      return -1;
    }
    int p = b;
    if (!at(line, p, KID)) {
      return -1;
    }
    p += KID.length;
    if (!isHex(line, p, KID_HEX)) {
      return -1;
    }
    p += KID_HEX;
    if (!at(line, p, MAC)) {
      return -1;
    }
    p += MAC.length;
    if (!isHex(line, p, MAC_HEX)) {
      return -1;
    }
    p += MAC_HEX;
    return at(line, p, END) ? b : -1;
  }

  /** The key id in a line whose body ends at {@code bodyEnd}. */
  public static int keyId(byte[] line, int bodyEnd) {
    return (int) parseHex(line, bodyEnd + KID.length, KID_HEX);
  }

  /** The MAC tag in a line whose body ends at {@code bodyEnd}. */
  public static byte[] tag(byte[] line, int bodyEnd) {
    return unhex(line, bodyEnd + KID.length + KID_HEX + MAC.length, MAC_HEX);
  }

  /**
   * Where the signed part of a checkpoint body {@code line[0, bodyEnd)} ends, or -1 when the body
   * does not end with a well-formed sig field.
   */
  public static int signedEnd(byte[] line, int bodyEnd) {
    int s = bodyEnd - SIG_FIELD_LENGTH;
    if (s < PREFIX.length()
        || !at(line, s, SIG)
        || !isHex(line, s + SIG.length, SIG_HEX)
        || line[bodyEnd - 1] != '"') {
      return -1;
    }
    return s;
  }

  /** The raw signature of a checkpoint whose signed part ends at {@code signedEnd}. */
  public static byte[] signature(byte[] line, int signedEnd) {
    return unhex(line, signedEnd + SIG.length, SIG_HEX);
  }

  /** Lowercase hex of {@code bytes}. */
  public static String hex(byte[] bytes) {
    byte[] out = new byte[bytes.length * 2];
    hex(bytes, out, 0);
    return new String(out, StandardCharsets.US_ASCII);
  }

  /** Lowercase 8-digit hex of a key id. */
  public static String hex(int keyId) {
    byte[] out = new byte[8];
    hex(keyId, out, 0);
    return new String(out, StandardCharsets.US_ASCII);
  }

  /** True when {@code s} is exactly {@code digits} lowercase hex digits. */
  public static boolean isHex(String s, int digits) {
    if (s == null || s.length() != digits) {
      return false;
    }
    for (int i = 0; i < digits; i++) {
      if (digit(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Appends {@code value} as a JSON string to {@code out}: quotes, backslash and control characters
   * escaped; a lone surrogate escaped as {@code \\uXXXX} so that no character is lost or replaced.
   */
  public static void appendString(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029 || c == 0x7f) {
            escape(out, c);
          } else if (Character.isHighSurrogate(c)
              && i + 1 < value.length()
              && Character.isLowSurrogate(value.charAt(i + 1))) {
            out.append(c).append(value.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            escape(out, c);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static void escape(StringBuilder out, char c) {
    out.append("\\u");
    for (int shift = 12; shift >= 0; shift -= 4) {
      out.append((char) HEX[(c >> shift) & 0xf]);
    }
  }

  private static int copy(byte[] from, byte[] to, int at) {
    System.arraycopy(from, 0, to, at, from.length);
    return at + from.length;
  }

  private static int hex(byte[] bytes, byte[] out, int at) {
    for (byte b : bytes) {
      out[at++] = HEX[(b >> 4) & 0xf];
      out[at++] = HEX[b & 0xf];
    }
    return at;
  }

  private static int hex(int value, byte[] out, int at) {
    for (int shift = 28; shift >= 0; shift -= 4) {
      out[at++] = HEX[(value >>> shift) & 0xf];
    }
    return at;
  }

  private static boolean at(byte[] line, int p, byte[] piece) {
    return p >= 0
        && p + piece.length <= line.length
        && Arrays.equals(line, p, p + piece.length, piece, 0, piece.length);
  }

  private static boolean isHex(byte[] line, int p, int digits) {
    if (p + digits > line.length) {
      return false;
    }
    for (int i = p; i < p + digits; i++) {
      if (digit((char) line[i]) < 0) {
        return false;
      }
    }
    return true;
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return -1;
  }

  private static long parseHex(byte[] line, int p, int digits) {
    long v = 0;
    for (int i = p; i < p + digits; i++) {
      v = (v << 4) | digit((char) line[i]);
    }
    return v;
  }

  private static byte[] unhex(byte[] line, int p, int digits) {
    byte[] out = new byte[digits / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) ((digit((char) line[p + 2 * i]) << 4) | digit((char) line[p + 2 * i + 1]));
    }
    return out;
  }
}
