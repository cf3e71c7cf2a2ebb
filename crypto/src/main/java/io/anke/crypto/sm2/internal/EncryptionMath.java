package io.anke.crypto.sm2.internal;

import io.anke.crypto.DecryptionFailedException;
import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM2Engine;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.Arrays;

/**
 * SM2 public-key encryption (GB/T 32918.4) through Bouncy Castle's {@code SM2Engine}, one fresh
 * engine per call (the engine keeps state and is not thread-safe). Works on the three parts
 * separately; the byte layouts (C1C3C2, C1C2C3, ASN.1) are the caller's business.
 */
public final class EncryptionMath {
  private EncryptionMath() {}

  /** C1 (04‖x1‖y1, fixed width), C3 (32 bytes) and C2 (same length as the message). */
  public record Parts(byte[] c1, byte[] c3, byte[] c2) {}

  /**
   * Encrypts a non-empty message.
   *
   * @param random the source of k; each call draws a fresh k
   */
  public static Parts encrypt(
      ECDomainParameters domain, ECPoint publicPoint, byte[] message, SecureRandom random) {
    if (message.length == 0) {
      // Bouncy Castle would loop forever looking for a non-trivial key stream; the standard
      // requires a non-empty message.
      throw new IllegalArgumentException("SM2 cannot encrypt an empty message");
    }
    SM2Engine engine = new SM2Engine(SM2Engine.Mode.C1C3C2);
    engine.init(
        true, new ParametersWithRandom(new ECPublicKeyParameters(publicPoint, domain), random));
    byte[] out;
    try {
      out = engine.processBlock(message, 0, message.length);
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException("SM2 encryption failed", e);
    }
    int c1Len = 1 + 2 * Sm2Domain.fieldBytes(domain);
    return new Parts(
        Arrays.copyOfRange(out, 0, c1Len),
        Arrays.copyOfRange(out, c1Len, c1Len + 32),
        Arrays.copyOfRange(out, c1Len + 32, out.length));
  }

  /**
   * Decrypts; C1 must already be validated as a point on the curve (the codecs do that).
   *
   * @throws DecryptionFailedException when C3 does not match (wrong key or tampered data)
   */
  public static byte[] decrypt(ECDomainParameters domain, BigInteger d, Parts parts)
      throws DecryptionFailedException {
    if (parts.c2().length == 0) {
      throw new DecryptionFailedException("C2 is empty");
    }
    SM2Engine engine = new SM2Engine(SM2Engine.Mode.C1C3C2);
    engine.init(false, new ECPrivateKeyParameters(d, domain));
    byte[] in = Arrays.concatenate(parts.c1(), parts.c3(), parts.c2());
    try {
      return engine.processBlock(in, 0, in.length);
    } catch (InvalidCipherTextException | IllegalArgumentException e) {
      throw new DecryptionFailedException(
          "integrity check C3 does not match (wrong key, or tampered ciphertext)");
    }
  }
}
