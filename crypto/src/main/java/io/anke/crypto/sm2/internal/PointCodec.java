package io.anke.crypto.sm2.internal;

import io.anke.crypto.Bilingual;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.internal.CryptoMessage;
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
      ECDomainParameters domain, byte[] enc, boolean allowXy, Bilingual what) {
    int f = Sm2Domain.fieldBytes(domain);
    int len = enc.length;
    if (len == 2 * f + 1) {
      if (enc[0] != 0x04) {
        throw new CryptoFormatException(
            (enc[0] == 0x06 || enc[0] == 0x07
                    ? CryptoMessage.POINT_PREFIX_HYBRID
                    : CryptoMessage.POINT_PREFIX)
                .text(what, len, String.format("%02x", enc[0] & 0xff)));
      }
      return xy(domain, enc, 1, f, what);
    }
    if (len == 2 * f && allowXy) {
      try {
        return xy(domain, enc, 0, f, what);
      } catch (CryptoFormatException e) {
        if (enc[0] == 0x04) {
          throw new CryptoFormatException(
              CryptoMessage.POINT_READ_AS_XY.text(CryptoMessage.causeText(e), len));
        }
        throw e;
      }
    }
    if (len == f + 1 && (enc[0] == 0x02 || enc[0] == 0x03)) {
      return Sm2Domain.decompress(domain, enc, what);
    }
    throw new CryptoFormatException(
        CryptoMessage.POINT_UNEXPECTED_LENGTH.text(what, expectation(f, allowXy), hint(enc, f)));
  }

  private static ECPoint xy(ECDomainParameters domain, byte[] enc, int off, int f, Bilingual what) {
    BigInteger x = new BigInteger(1, Arrays.copyOfRange(enc, off, off + f));
    BigInteger y = new BigInteger(1, Arrays.copyOfRange(enc, off + f, off + 2 * f));
    if (x.signum() == 0 && y.signum() == 0) {
      throw new CryptoFormatException(CryptoMessage.POINT_INFINITY.text(what));
    }
    return Sm2Domain.point(domain, x, y, what);
  }

  private static Bilingual expectation(int f, boolean allowXy) {
    return allowXy
        ? CryptoMessage.POINT_EXPECTED_WITH_XY.text(2 * f + 1, 2 * f, f + 1)
        : CryptoMessage.POINT_EXPECTED.text(2 * f + 1, f + 1);
  }

  private static Bilingual hint(byte[] enc, int f) {
    int len = enc.length;
    CryptoMessage m = CryptoMessage.POINT_GOT;
    if (len == 2 * f - 1 || len == 2 * f - 2 || len == 2 * f) {
      m =
          len > 0 && enc[0] == 0x04
              ? CryptoMessage.POINT_GOT_04_LOST_ZERO
              : CryptoMessage.POINT_GOT_LOST_ZERO;
    } else if (len == 2 * f + 2 && enc[0] == 0) {
      m = CryptoMessage.POINT_GOT_EXTRA_00;
    } else if (len == f + 1) {
      m = CryptoMessage.POINT_GOT_NOT_02_03;
    } else if (len == f) {
      m = CryptoMessage.POINT_GOT_ONE_COORDINATE;
    } else if (len > 0 && enc[0] == 0x30) {
      m = CryptoMessage.POINT_GOT_DER;
    }
    return m.text(len);
  }
}
