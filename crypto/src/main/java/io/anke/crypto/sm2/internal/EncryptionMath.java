package io.anke.crypto.sm2.internal;

import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import io.anke.crypto.sm3.Sm3Kdf;
import io.anke.crypto.sm3.internal.Sm3Engine;
import java.math.BigInteger;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.signers.DSAKCalculator;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * SM2 public-key encryption, GB/T 32918.4 §6.1 (A1–A8) and §7.1 (B1–B7), on Bouncy Castle's point
 * arithmetic. Written out rather than delegated to Bouncy Castle's {@code SM2Engine} because that
 * engine draws k only from a random source (no hedged k) and decrypts a ciphertext whose key stream
 * t is all zero, which step B4 forbids. Works on the three parts separately; the byte layouts
 * (C1C3C2, C1C2C3, ASN.1) are the caller's business.
 */
public final class EncryptionMath {
  private EncryptionMath() {}

  /** The one message of every decryption failure after the layout was read. */
  public static final String FAILURE = CryptoMessage.SM2_C3_MISMATCH.english();

  /** C1 (04‖x1‖y1, fixed width), C3 (32 bytes) and C2 (same length as the message). */
  public record Parts(byte[] c1, byte[] c3, byte[] c2) {}

  /**
   * Encrypts a non-empty message.
   *
   * @param k the source of k (a fresh {@link HedgedNonces} per call); another k is drawn when the
   *     key stream happens to be all zero (A5)
   */
  public static Parts encrypt(
      ECDomainParameters domain, ECPoint publicPoint, byte[] message, DSAKCalculator k) {
    if (message.length == 0) {
      // The standard requires a non-empty message (and an empty t would be "all zero" forever).
      throw new IllegalArgumentException(CryptoMessage.SM2_EMPTY_MESSAGE.english());
    }
    int f = Sm2Domain.fieldBytes(domain);
    FixedWindowTable table = SignatureMath.baseTable(domain); // null off sm2p256v1
    FixedPointCombMultiplier base = table == null ? new FixedPointCombMultiplier() : null;
    while (true) {
      BigInteger kv = k.nextK();
      ECPoint c1 =
          (table != null ? table.multiply(kv) : base.multiply(domain.getG(), kv)).normalize();
      ECPoint shared = publicPoint.multiply(kv).normalize();
      byte[] x2y2 = coordinates(shared, f);
      byte[] t = Sm3Kdf.derive(x2y2, message.length);
      try {
        if (isZero(t) == 1) {
          continue; // A5: t all zero, choose another k
        }
        byte[] c2 = new byte[message.length];
        for (int i = 0; i < c2.length; i++) {
          c2[i] = (byte) (message[i] ^ t[i]);
        }
        return new Parts(Sm2Domain.uncompressed(c1), c3(x2y2, message, f), c2);
      } finally {
        KeyMaterial.wipe(x2y2, t);
      }
    }
  }

  /**
   * Decrypts; C1 must already be validated as a point on the curve (the codecs do that). A key
   * stream t that is all zero (B4) and a C3 that does not match (B6) fail alike: both checks run on
   * every call and are combined without branching on either, so the time taken does not tell them
   * apart.
   *
   * @throws DecryptionFailedException with {@link #FAILURE} for a wrong key or tampered data
   */
  public static byte[] decrypt(ECDomainParameters domain, BigInteger d, Parts parts)
      throws DecryptionFailedException {
    byte[] c2 = parts.c2();
    if (c2.length == 0) {
      throw new DecryptionFailedException(CryptoMessage.SM2_C2_IS_EMPTY.text());
    }
    int f = Sm2Domain.fieldBytes(domain);
    ECPoint c1 = domain.getCurve().decodePoint(parts.c1());
    ECPoint shared = c1.multiply(d).normalize();
    if (shared.isInfinity()) {
      // Impossible for a validated C1 on a prime-order curve with d in [1, n-2].
      throw new DecryptionFailedException(CryptoMessage.SM2_C3_MISMATCH.text());
    }
    byte[] x2y2 = coordinates(shared, f);
    byte[] t = Sm3Kdf.derive(x2y2, c2.length);
    byte[] m = new byte[c2.length];
    byte[] u = null;
    try {
      for (int i = 0; i < m.length; i++) {
        m[i] = (byte) (c2[i] ^ t[i]);
      }
      u = c3(x2y2, m, f);
      int bad = isZero(t) | differs(u, parts.c3());
      if (bad != 0) {
        KeyMaterial.wipe(m);
        throw new DecryptionFailedException(CryptoMessage.SM2_C3_MISMATCH.text());
      }
      return m;
    } finally {
      KeyMaterial.wipe(x2y2, t, u);
    }
  }

  // C3 = SM3(x2 ‖ M ‖ y2)
  private static byte[] c3(byte[] x2y2, byte[] message, int f) {
    Sm3Engine digest = new Sm3Engine();
    digest.update(x2y2, 0, f);
    digest.update(message, 0, message.length);
    digest.update(x2y2, f, f);
    byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return out;
  }

  private static byte[] coordinates(ECPoint p, int f) {
    byte[] enc = p.getEncoded(false);
    byte[] out = new byte[2 * f];
    System.arraycopy(enc, 1, out, 0, out.length);
    KeyMaterial.wipe(enc);
    return out;
  }

  /** 1 if every byte is zero, else 0; reads every byte whatever it finds. */
  static int isZero(byte[] t) {
    int acc = 0;
    for (byte b : t) {
      acc |= b;
    }
    return ((acc & 0xff) - 1) >>> 31;
  }

  /** 1 if the arrays differ (same length expected), else 0; constant time for equal lengths. */
  static int differs(byte[] a, byte[] b) {
    if (a.length != b.length) {
      return 1;
    }
    int acc = 0;
    for (int i = 0; i < a.length; i++) {
      acc |= a[i] ^ b[i];
    }
    return (-(acc & 0xff)) >>> 31;
  }
}
