package io.anke.crypto.sm2.internal;

import io.anke.crypto.Bilingual;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.internal.CryptoMessage;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/**
 * A strict DER reader and writer for the two small SM2 structures (signature and GM/T 0009
 * ciphertext). Strict on purpose: definite minimal lengths, minimal non-negative INTEGERs and no
 * trailing bytes, so that one value has exactly one encoding. Errors name the structure, the field
 * and the byte offset, never the content.
 */
public final class Der {
  private static final int SEQUENCE = 0x30;
  private static final int INTEGER = 0x02;
  private static final int OCTET_STRING = 0x04;

  private Der() {}

  /** Reads consecutive elements of one DER value. */
  public static final class Reader {
    private final byte[] buf;
    private final Bilingual what;
    private final int end;
    private int pos;

    private Reader(byte[] buf, int start, int end, Bilingual what) {
      this.buf = buf;
      this.pos = start;
      this.end = end;
      this.what = what;
    }

    /** A reader over all of {@code der}; {@code what} names the structure in messages. */
    public static Reader of(byte[] der, Bilingual what) {
      return new Reader(der, 0, der.length, what);
    }

    /** Reads a SEQUENCE and returns a reader over its contents. */
    public Reader sequence(Bilingual field) {
      int len = header(SEQUENCE, field);
      Reader inner = new Reader(buf, pos, pos + len, what);
      pos += len;
      return inner;
    }

    /** Reads a non-negative, minimally encoded INTEGER. */
    public BigInteger unsignedInteger(Bilingual field) {
      int start = pos;
      int len = header(INTEGER, field);
      if (len == 0) {
        throw error(start, CryptoMessage.DER_INTEGER_EMPTY.text(field));
      }
      if ((buf[pos] & 0x80) != 0) {
        throw error(start, CryptoMessage.DER_INTEGER_NEGATIVE.text(field));
      }
      if (len > 1 && buf[pos] == 0 && (buf[pos + 1] & 0x80) == 0) {
        throw error(start, CryptoMessage.DER_INTEGER_LEADING_ZERO.text(field));
      }
      byte[] content = new byte[len];
      System.arraycopy(buf, pos, content, 0, len);
      pos += len;
      return new BigInteger(1, content);
    }

    /** Reads a primitive OCTET STRING. */
    public byte[] octetString(Bilingual field) {
      int len = header(OCTET_STRING, field);
      byte[] content = new byte[len];
      System.arraycopy(buf, pos, content, 0, len);
      pos += len;
      return content;
    }

    /** Fails unless every byte of this reader has been consumed. */
    public void expectEnd(Bilingual context) {
      if (pos != end) {
        throw error(pos, CryptoMessage.DER_TRAILING_BYTES.text(end - pos, context));
      }
    }

    private int header(int tag, Bilingual field) {
      int start = pos;
      if (pos >= end) {
        throw error(start, CryptoMessage.DER_MISSING.text(field));
      }
      int actual = buf[pos] & 0xff;
      if (actual != tag) {
        throw error(
            start, CryptoMessage.DER_WRONG_TAG.text(field, tagName(tag), hex(tag), hex(actual)));
      }
      pos++;
      if (pos >= end) {
        throw error(start, CryptoMessage.DER_NO_LENGTH.text(field));
      }
      int first = buf[pos++] & 0xff;
      int len;
      if (first < 0x80) {
        len = first;
      } else if (first == 0x80) {
        throw error(start, CryptoMessage.DER_INDEFINITE_LENGTH.text(field));
      } else {
        int n = first & 0x7f;
        if (n > 4) {
          throw error(start, CryptoMessage.DER_LENGTH_FIELD_TOO_LONG.text(field, n));
        }
        if (end - pos < n) {
          throw error(start, CryptoMessage.DER_LENGTH_FIELD_TRUNCATED.text(field));
        }
        if (buf[pos] == 0) {
          throw error(start, CryptoMessage.DER_LENGTH_LEADING_ZERO.text(field));
        }
        long l = 0;
        for (int i = 0; i < n; i++) {
          l = (l << 8) | (buf[pos++] & 0xff);
        }
        if (l < 0x80) {
          throw error(start, CryptoMessage.DER_LENGTH_NOT_MINIMAL.text(field));
        }
        if (l > Integer.MAX_VALUE) {
          throw error(start, CryptoMessage.DER_LENGTH_TOO_LARGE.text(field));
        }
        len = (int) l;
      }
      if (len > end - pos) {
        throw error(start, CryptoMessage.DER_CONTENT_TRUNCATED.text(field, len, end - pos));
      }
      return len;
    }

    private CryptoFormatException error(int offset, Bilingual message) {
      return new CryptoFormatException(CryptoMessage.DER_ERROR_AT.text(what, message, offset));
    }
  }

  /** DER SEQUENCE of already-encoded elements. */
  public static byte[] sequence(byte[]... elements) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    for (byte[] e : elements) {
      content.writeBytes(e);
    }
    return tlv(SEQUENCE, content.toByteArray());
  }

  /** DER INTEGER of a non-negative value, minimally encoded. */
  public static byte[] integer(BigInteger nonNegative) {
    if (nonNegative.signum() < 0) {
      throw new IllegalArgumentException(CryptoMessage.DER_NEGATIVE_INTEGER.english());
    }
    return tlv(INTEGER, nonNegative.toByteArray());
  }

  /** DER OCTET STRING. */
  public static byte[] octetString(byte[] content) {
    return tlv(OCTET_STRING, content);
  }

  private static byte[] tlv(int tag, byte[] content) {
    int len = content.length;
    int lenBytes = len < 0x80 ? 0 : len < 0x100 ? 1 : len < 0x10000 ? 2 : len < 0x1000000 ? 3 : 4;
    byte[] out = new byte[2 + lenBytes + len];
    out[0] = (byte) tag;
    if (lenBytes == 0) {
      out[1] = (byte) len;
    } else {
      out[1] = (byte) (0x80 | lenBytes);
      for (int i = 0; i < lenBytes; i++) {
        out[2 + i] = (byte) (len >>> (8 * (lenBytes - 1 - i)));
      }
    }
    System.arraycopy(content, 0, out, 2 + lenBytes, len);
    return out;
  }

  private static String tagName(int tag) {
    switch (tag) {
      case SEQUENCE:
        return "SEQUENCE";
      case INTEGER:
        return "INTEGER";
      case OCTET_STRING:
        return "OCTET STRING";
      default:
        return "tag";
    }
  }

  private static String hex(int b) {
    return String.format("%02x", b);
  }
}
