package io.anke.crypto.sm2.internal;

import io.anke.crypto.CryptoFormatException;
import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Raw encodings of an SM2 public point: 65-byte 04‖x‖y, 64-byte x‖y (no prefix, as the JavaScript
 * sm-crypto library writes it) and 33-byte compressed 02/03‖x (allowed since GM/T 0009-2023).
 * Errors guess what went wrong from the length, because the classic failure is a coordinate that
 * lost its leading zero byte.
 */
public final class PointCodec {
  private PointCodec() {}

  /**
   * Decodes a raw public point, choosing the form by length.
   *
   * @param allowXy whether the 64-byte x‖y form is accepted (not inside SubjectPublicKeyInfo)
   */
  public static ECPoint decode(
      ECDomainParameters domain, byte[] enc, boolean allowXy, String what) {
    int f = Sm2Domain.fieldBytes(domain);
    int len = enc.length;
    if (len == 2 * f + 1) {
      if (enc[0] != 0x04) {
        throw new CryptoFormatException(
            what
                + ": "
                + len
                + "-byte point must start with 04 (uncompressed), found 0x"
                + String.format("%02x", enc[0] & 0xff)
                + (enc[0] == 0x06 || enc[0] == 0x07 ? " (hybrid form, not supported)" : ""));
      }
      return xy(domain, enc, 1, f, what);
    }
    if (len == 2 * f && allowXy) {
      try {
        return xy(domain, enc, 0, f, what);
      } catch (CryptoFormatException e) {
        if (enc[0] == 0x04) {
          throw new CryptoFormatException(
              e.getMessage()
                  + " (read as "
                  + len
                  + "-byte x‖y; it starts with 04: an uncompressed point that lost a byte?)");
        }
        throw e;
      }
    }
    if (len == f + 1 && (enc[0] == 0x02 || enc[0] == 0x03)) {
      return Sm2Domain.decompress(domain, enc, what);
    }
    throw new CryptoFormatException(
        what + ": " + expectation(f, allowXy) + ", got " + hint(enc, f));
  }

  private static ECPoint xy(ECDomainParameters domain, byte[] enc, int off, int f, String what) {
    BigInteger x = new BigInteger(1, Arrays.copyOfRange(enc, off, off + f));
    BigInteger y = new BigInteger(1, Arrays.copyOfRange(enc, off + f, off + 2 * f));
    if (x.signum() == 0 && y.signum() == 0) {
      throw new CryptoFormatException(what + ": all-zero coordinates (the point at infinity)");
    }
    return Sm2Domain.point(domain, x, y, what);
  }

  private static String expectation(int f, boolean allowXy) {
    return "expected "
        + (2 * f + 1)
        + "-byte uncompressed point (04‖x‖y), "
        + (allowXy ? (2 * f) + "-byte x‖y " : "")
        + "or "
        + (f + 1)
        + "-byte compressed point (02/03‖x)";
  }

  private static String hint(byte[] enc, int f) {
    int len = enc.length;
    String base = len + " bytes";
    if (len == 2 * f - 1 || len == 2 * f - 2 || len == 2 * f) {
      return base
          + (len > 0 && enc[0] == 0x04
              ? " starting with 04 (a coordinate lost its leading zero byte?)"
              : " (a coordinate lost its leading zero byte, or the 04 prefix is missing?)");
    }
    if (len == 2 * f + 2 && enc[0] == 0) {
      return base + " (an extra leading 00 byte, e.g. from BigInteger.toByteArray?)";
    }
    if (len == f + 1) {
      return base + " not starting with 02 or 03";
    }
    if (len == f) {
      return base + " (only one coordinate, or is this a private key?)";
    }
    if (len > 0 && enc[0] == 0x30) {
      return base + " starting with 30 (DER: a SubjectPublicKeyInfo? read it as DER/PEM)";
    }
    return base;
  }
}
