package io.anke.crypto.sm2;

import io.anke.crypto.Bilingual;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.sm2.internal.Der;
import io.anke.crypto.sm2.internal.Sm2Domain;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/**
 * Strict converters between the two SM2 signature encodings. Both directions check that r and s are
 * in [1, n-1]; the DER side accepts only DER (minimal lengths and integers, no trailing bytes), so
 * every signature has exactly one encoding in each form.
 */
public final class Sm2Signatures {
  private static final int FIELD = Sm2Domain.FIELD_BYTES;

  /** The names of the two signature values, the same in every language. */
  private static final Bilingual R = CryptoMessage.VERBATIM.text("r");

  private static final Bilingual S = CryptoMessage.VERBATIM.text("s");

  private Sm2Signatures() {}

  /**
   * DER to 64-byte r‖s.
   *
   * @throws CryptoFormatException if the input is not a strict DER SM2 signature
   */
  public static byte[] derToRaw(byte[] der) {
    BigInteger[] rs = decode(der, Sm2SignatureEncoding.DER);
    return encode(rs[0], rs[1], Sm2SignatureEncoding.RAW);
  }

  /**
   * 64-byte r‖s to DER.
   *
   * @throws CryptoFormatException if the input is not 64 bytes or r or s is out of range
   */
  public static byte[] rawToDer(byte[] raw) {
    BigInteger[] rs = decode(raw, Sm2SignatureEncoding.RAW);
    return encode(rs[0], rs[1], Sm2SignatureEncoding.DER);
  }

  /**
   * Re-encodes a signature; a no-op copy when both encodings are the same (after validation).
   *
   * @throws CryptoFormatException if {@code signature} is not a strict signature in {@code from}
   */
  public static byte[] convert(
      byte[] signature, Sm2SignatureEncoding from, Sm2SignatureEncoding to) {
    BigInteger[] rs = decode(signature, from);
    return encode(rs[0], rs[1], to);
  }

  static byte[] encode(BigInteger r, BigInteger s, Sm2SignatureEncoding encoding) {
    if (Objects.requireNonNull(encoding) == Sm2SignatureEncoding.RAW) {
      byte[] out = new byte[2 * FIELD];
      System.arraycopy(Sm2Domain.fixed(r, FIELD), 0, out, 0, FIELD);
      System.arraycopy(Sm2Domain.fixed(s, FIELD), 0, out, FIELD, FIELD);
      return out;
    }
    return Der.sequence(Der.integer(r), Der.integer(s));
  }

  static BigInteger[] decode(byte[] signature, Sm2SignatureEncoding encoding) {
    BigInteger r;
    BigInteger s;
    Bilingual what;
    if (Objects.requireNonNull(encoding) == Sm2SignatureEncoding.RAW) {
      what = CryptoMessage.LABEL_SM2_SIGNATURE_RAW.text();
      if (signature.length != 2 * FIELD) {
        throw new CryptoFormatException(
            CryptoMessage.SM2_SIGNATURE_LENGTH.text(what, signature.length, rawHint(signature)));
      }
      r = new BigInteger(1, Arrays.copyOfRange(signature, 0, FIELD));
      s = new BigInteger(1, Arrays.copyOfRange(signature, FIELD, 2 * FIELD));
    } else {
      what = CryptoMessage.LABEL_SM2_SIGNATURE.text();
      if (signature.length == 2 * FIELD && signature[0] != 0x30) {
        throw new CryptoFormatException(CryptoMessage.SM2_SIGNATURE_LOOKS_RAW.text(what));
      }
      Der.Reader outer = Der.Reader.of(signature, what);
      Der.Reader seq = outer.sequence(CryptoMessage.LABEL_DER_SIGNATURE.text());
      outer.expectEnd(CryptoMessage.LABEL_DER_END_SIGNATURE.text());
      r = seq.unsignedInteger(R);
      s = seq.unsignedInteger(S);
      seq.expectEnd(CryptoMessage.LABEL_DER_END_R_S.text());
    }
    check(r, R, what);
    check(s, S, what);
    return new BigInteger[] {r, s};
  }

  private static void check(BigInteger v, Bilingual name, Bilingual what) {
    if (v.signum() == 0) {
      throw new CryptoFormatException(CryptoMessage.SM2_SIGNATURE_ZERO.text(what, name));
    }
    if (v.compareTo(Sm2Domain.SM2P256V1.getN()) >= 0) {
      throw new CryptoFormatException(CryptoMessage.SM2_SIGNATURE_TOO_LARGE.text(what, name));
    }
  }

  private static Bilingual rawHint(byte[] sig) {
    if (sig.length >= 8 && sig.length <= 72 && sig[0] == 0x30) {
      return CryptoMessage.SM2_SIGNATURE_HINT_DER.text();
    }
    if (sig.length == 63 || sig.length == 62) {
      return CryptoMessage.SM2_SIGNATURE_HINT_LOST_ZERO.text();
    }
    return CryptoMessage.VERBATIM.text("");
  }
}
