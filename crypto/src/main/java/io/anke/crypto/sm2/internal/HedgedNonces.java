package io.anke.crypto.sm2.internal;

import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import io.anke.crypto.sm3.internal.Sm3Engine;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.signers.DSAKCalculator;
import org.bouncycastle.util.BigIntegers;

/**
 * The secret k of SM2 signing, encryption and key exchange, derived "hedged": the deterministic
 * generator of RFC 6979 §3.2 with HMAC-SM3 as the PRF, keyed from a secret, a digest of what is
 * being processed and fresh randomness as the additional input k' of §3.6.
 *
 * <pre>
 * V = 0x01 × 32, K = 0x00 × 32
 * K = HMAC_K(V ‖ 0x00 ‖ secret ‖ (digest mod n) ‖ k');  V = HMAC_K(V)
 * K = HMAC_K(V ‖ 0x01 ‖ secret ‖ (digest mod n) ‖ k');  V = HMAC_K(V)
 * repeat: V = HMAC_K(V); k = V as a number; done if 1 ≤ k ≤ n-1,
 *         else (or when the caller asks for another k) K = HMAC_K(V ‖ 0x00), V = HMAC_K(V)
 * </pre>
 *
 * With a good random source k is as unpredictable as before; with a broken one (a fixed seed, a
 * cloned virtual machine) k still differs whenever the secret or the digest differs, so that two
 * signatures of different messages never share a k, which would give the private key away. One
 * instance serves one operation and is not thread-safe; {@link #wipe()} clears its state.
 */
public final class HedgedNonces implements DSAKCalculator {
  /** Bytes of fresh randomness mixed into every derivation (k' of RFC 6979 §3.6). */
  public static final int EXTRA_BYTES = 32;

  private static final byte[] ENCRYPTION = "anke/sm2/encrypt/k".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] KEY_EXCHANGE =
      "anke/sm2/key-exchange/ephemeral".getBytes(StandardCharsets.US_ASCII);

  private final BigInteger n;
  private final HMac hmac;
  private final byte[] k = new byte[32];
  private final byte[] v = new byte[32];
  private boolean handedOut;

  private HedgedNonces(Digest prf, BigInteger n, byte[] secret, byte[] digest, byte[] extra) {
    this.n = n;
    this.hmac = new HMac(prf);
    if (prf.getDigestSize() != v.length) {
      throw new IllegalArgumentException(CryptoMessage.NONCES_PRF_OUTPUT.english());
    }
    int len = BigIntegers.getUnsignedByteLength(n);
    if (len != v.length) {
      throw new IllegalArgumentException(CryptoMessage.NONCES_ORDER.english());
    }
    byte[] h = BigIntegers.asUnsignedByteArray(len, new BigInteger(1, digest).mod(n));
    java.util.Arrays.fill(v, (byte) 1);
    java.util.Arrays.fill(k, (byte) 0);
    try {
      for (byte step = 0; step <= 1; step++) {
        key();
        hmac.update(v, 0, v.length);
        hmac.update(step);
        hmac.update(secret, 0, secret.length);
        hmac.update(h, 0, h.length);
        hmac.update(extra, 0, extra.length);
        hmac.doFinal(k, 0);
        key();
        hmac.update(v, 0, v.length);
        hmac.doFinal(v, 0);
      }
    } finally {
      KeyMaterial.wipe(h);
    }
  }

  /**
   * k for signing: secret = d (32 bytes), digest = e = SM3(Z ‖ M), k' = 32 bytes from {@code
   * random}.
   */
  public static HedgedNonces forSignature(BigInteger n, byte[] d, byte[] e, SecureRandom random) {
    byte[] extra = fresh(random);
    try {
      return new HedgedNonces(new Sm3Engine(), n, d, e, extra);
    } finally {
      KeyMaterial.wipe(extra);
    }
  }

  /**
   * k for encryption, where no private key exists: secret = 32 bytes from {@code random}, digest =
   * SM3(label ‖ recipient point ‖ message), so that a repeating random source still gives distinct
   * k for distinct messages (the same message to the same key then encrypts identically, which
   * reveals equality and nothing more).
   */
  public static HedgedNonces forEncryption(
      BigInteger n, byte[] recipientPoint, byte[] message, SecureRandom random) {
    byte[] secret = fresh(random);
    byte[] digest = sm3(ENCRYPTION, recipientPoint, message);
    try {
      return new HedgedNonces(new Sm3Engine(), n, secret, digest, new byte[0]);
    } finally {
      KeyMaterial.wipe(secret, digest);
    }
  }

  /**
   * The ephemeral private key of a key exchange: secret = the static d, digest = SM3(label ‖ role ‖
   * Z), k' = 32 bytes from {@code random}.
   */
  public static HedgedNonces forKeyExchange(
      BigInteger n, byte[] staticD, byte[] z, boolean initiator, SecureRandom random) {
    byte[] extra = fresh(random);
    byte[] digest = sm3(KEY_EXCHANGE, new byte[] {(byte) (initiator ? 1 : 2)}, z);
    try {
      return new HedgedNonces(new Sm3Engine(), n, staticD, digest, extra);
    } finally {
      KeyMaterial.wipe(extra, digest);
    }
  }

  /**
   * The same generator with another 32-byte hash as the PRF, so that it can be checked against the
   * published RFC 6979 examples (which use SHA-256); {@code extra} empty gives plain RFC 6979.
   */
  public static HedgedNonces withPrf(
      Digest prf, BigInteger n, byte[] secret, byte[] digest, byte[] extra) {
    return new HedgedNonces(prf, n, secret, digest, extra);
  }

  @Override
  public boolean isDeterministic() {
    return true;
  }

  /** Not used: instances are fully set up by their factory methods. */
  @Override
  public void init(BigInteger n, SecureRandom random) {
    throw new UnsupportedOperationException(CryptoMessage.NONCES_USE_FACTORY.english());
  }

  /** Not used: instances are fully set up by their factory methods. */
  @Override
  public void init(BigInteger n, BigInteger d, byte[] message) {
    throw new UnsupportedOperationException(CryptoMessage.NONCES_USE_FACTORY.english());
  }

  /** The next candidate k in [1, n-1]; a further call means the previous one was unsuitable. */
  @Override
  public BigInteger nextK() {
    if (handedOut) {
      reseed();
    }
    while (true) {
      key();
      hmac.update(v, 0, v.length);
      hmac.doFinal(v, 0);
      BigInteger candidate = new BigInteger(1, v);
      if (candidate.signum() > 0 && candidate.compareTo(n) < 0) {
        handedOut = true;
        return candidate;
      }
      reseed();
    }
  }

  /** Overwrites K and V. */
  public void wipe() {
    KeyMaterial.wipe(k, v);
    hmac.init(new KeyParameter(new byte[32]));
  }

  // RFC 6979 §3.2 h.3: K = HMAC_K(V ‖ 0x00); V = HMAC_K(V)
  private void reseed() {
    key();
    hmac.update(v, 0, v.length);
    hmac.update((byte) 0);
    hmac.doFinal(k, 0);
    key();
    hmac.update(v, 0, v.length);
    hmac.doFinal(v, 0);
  }

  private void key() {
    KeyParameter p = new KeyParameter(k);
    hmac.init(p);
    KeyMaterial.wipe(p.getKey());
  }

  private static byte[] fresh(SecureRandom random) {
    byte[] extra = new byte[EXTRA_BYTES];
    random.nextBytes(extra);
    return extra;
  }

  private static byte[] sm3(byte[]... parts) {
    Sm3Engine d = new Sm3Engine();
    for (byte[] p : parts) {
      d.update(p, 0, p.length);
    }
    byte[] out = new byte[32];
    d.doFinal(out, 0);
    return out;
  }
}
