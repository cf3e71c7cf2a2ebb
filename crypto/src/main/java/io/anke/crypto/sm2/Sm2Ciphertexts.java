package io.anke.crypto.sm2;

import io.anke.crypto.Bilingual;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.sm2.internal.Der;
import io.anke.crypto.sm2.internal.EncryptionMath;
import io.anke.crypto.sm2.internal.Sm2Domain;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Converts SM2 ciphertexts between the layouts of {@link Sm2CiphertextFormat}. Decoding is strict:
 * exact lengths, strict DER, C1 a point on the curve. Errors name the expected layout and, where
 * the bytes suggest one, the layout the input probably is.
 */
public final class Sm2Ciphertexts {
  private static final int F = Sm2Domain.FIELD_BYTES;
  private static final int C3 = 32;

  private Sm2Ciphertexts() {}

  /**
   * Re-encodes a ciphertext from one layout into another.
   *
   * @throws CryptoFormatException if {@code ciphertext} is not valid in layout {@code from}
   */
  public static byte[] convert(
      byte[] ciphertext, Sm2CiphertextFormat from, Sm2CiphertextFormat to) {
    return encode(decode(ciphertext, from), Objects.requireNonNull(to));
  }

  static byte[] encode(EncryptionMath.Parts parts, Sm2CiphertextFormat format) {
    byte[] c1 = parts.c1();
    if (format == Sm2CiphertextFormat.ASN1) {
      return Der.sequence(
          Der.integer(new BigInteger(1, Arrays.copyOfRange(c1, 1, 1 + F))),
          Der.integer(new BigInteger(1, Arrays.copyOfRange(c1, 1 + F, 1 + 2 * F))),
          Der.octetString(parts.c3()),
          Der.octetString(parts.c2()));
    }
    int skip = format.hasPointPrefix() ? 0 : 1;
    byte[] out = new byte[c1.length - skip + C3 + parts.c2().length];
    System.arraycopy(c1, skip, out, 0, c1.length - skip);
    int off = c1.length - skip;
    byte[] first = format.isC3BeforeC2() ? parts.c3() : parts.c2();
    byte[] second = format.isC3BeforeC2() ? parts.c2() : parts.c3();
    System.arraycopy(first, 0, out, off, first.length);
    System.arraycopy(second, 0, out, off + first.length, second.length);
    return out;
  }

  static EncryptionMath.Parts decode(byte[] in, Sm2CiphertextFormat format) {
    Bilingual what = CryptoMessage.LABEL_SM2_CIPHERTEXT.text(format);
    if (format == Sm2CiphertextFormat.ASN1) {
      return decodeAsn1(in, what);
    }
    int c1Len = format.hasPointPrefix() ? 1 + 2 * F : 2 * F;
    if (in.length < c1Len + C3 + 1) {
      throw new CryptoFormatException(
          CryptoMessage.SM2_CIPHERTEXT_TOO_SHORT.text(
              what, in.length, c1Len, c1Len + C3 + 1, guess(in, format)));
    }
    if (format.hasPointPrefix() && in[0] != 0x04) {
      throw new CryptoFormatException(
          CryptoMessage.SM2_C1_PREFIX.text(
              what, String.format("%02x", in[0] & 0xff), guess(in, format)));
    }
    int off = format.hasPointPrefix() ? 1 : 0;
    BigInteger x = new BigInteger(1, Arrays.copyOfRange(in, off, off + F));
    BigInteger y = new BigInteger(1, Arrays.copyOfRange(in, off + F, off + 2 * F));
    ECPoint c1;
    try {
      c1 = c1Point(x, y, what);
    } catch (CryptoFormatException e) {
      throw new CryptoFormatException(
          CryptoMessage.JOINED.text(CryptoMessage.causeText(e), guess(in, format)));
    }
    int c2Len = in.length - c1Len - C3;
    byte[] c3;
    byte[] c2;
    if (format.isC3BeforeC2()) {
      c3 = Arrays.copyOfRange(in, c1Len, c1Len + C3);
      c2 = Arrays.copyOfRange(in, c1Len + C3, in.length);
    } else {
      c2 = Arrays.copyOfRange(in, c1Len, c1Len + c2Len);
      c3 = Arrays.copyOfRange(in, c1Len + c2Len, in.length);
    }
    return new EncryptionMath.Parts(Sm2Domain.uncompressed(c1), c3, c2);
  }

  private static EncryptionMath.Parts decodeAsn1(byte[] in, Bilingual what) {
    if (in.length > 0 && in[0] == 0x04) {
      throw new CryptoFormatException(CryptoMessage.SM2_ASN1_LOOKS_RAW.text(what));
    }
    Der.Reader outer = Der.Reader.of(in, what);
    Der.Reader seq = outer.sequence(CryptoMessage.LABEL_DER_SM2_CIPHER.text());
    outer.expectEnd(CryptoMessage.LABEL_DER_END_SM2_CIPHER.text());
    BigInteger x = seq.unsignedInteger(CryptoMessage.LABEL_DER_X_COORDINATE.text());
    BigInteger y = seq.unsignedInteger(CryptoMessage.LABEL_DER_Y_COORDINATE.text());
    byte[] c3 = seq.octetString(CryptoMessage.LABEL_DER_HASH_C3.text());
    byte[] c2 = seq.octetString(CryptoMessage.LABEL_DER_CIPHERTEXT_C2.text());
    seq.expectEnd(CryptoMessage.LABEL_DER_END_SM2_CIPHER_FIELDS.text());
    if (c3.length != C3) {
      throw new CryptoFormatException(CryptoMessage.SM2_C3_LENGTH.text(what, c3.length));
    }
    if (c2.length == 0) {
      throw new CryptoFormatException(CryptoMessage.SM2_C2_EMPTY.text(what));
    }
    ECPoint c1 = c1Point(x, y, what);
    return new EncryptionMath.Parts(Sm2Domain.uncompressed(c1), c3, c2);
  }

  private static ECPoint c1Point(BigInteger x, BigInteger y, Bilingual what) {
    if (x.signum() == 0 && y.signum() == 0) {
      throw new CryptoFormatException(CryptoMessage.SM2_C1_INFINITY.text(what));
    }
    return Sm2Domain.point(Sm2Domain.SM2P256V1, x, y, CryptoMessage.LABEL_C1.text(what));
  }

  // Suggest the layout the bytes probably are; only hints from public structure.
  private static Bilingual guess(byte[] in, Sm2CiphertextFormat tried) {
    if (in.length > 0 && in[0] == 0x30 && tried != Sm2CiphertextFormat.ASN1) {
      return CryptoMessage.SM2_GUESS_ASN1.text();
    }
    if (tried.isRaw() && tried.hasPointPrefix() && in.length > 0 && in[0] != 0x04) {
      return CryptoMessage.SM2_GUESS_NO_PREFIX.text(tried.withoutPointPrefix());
    }
    if (tried.isRaw() && !tried.hasPointPrefix() && in.length > 0 && in[0] == 0x04) {
      return CryptoMessage.SM2_GUESS_PREFIX.text(tried.withPointPrefix());
    }
    return CryptoMessage.VERBATIM.text("");
  }
}
