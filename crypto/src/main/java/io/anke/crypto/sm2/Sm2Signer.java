package io.anke.crypto.sm2;

import io.anke.crypto.Signer;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import io.anke.crypto.internal.SelfTestGate;
import io.anke.crypto.internal.StrictUtf8;
import io.anke.crypto.sm2.internal.HedgedNonces;
import io.anke.crypto.sm2.internal.SignatureMath;
import io.anke.crypto.sm2.internal.Sm2Domain;
import io.anke.crypto.sm3.internal.Sm3Engine;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Objects;
import org.bouncycastle.crypto.signers.DSAKCalculator;

/**
 * Signs with SM3withSM2 (GB/T 32918.2). Built once per key and user ID, it caches Z (the key keeps
 * (1+d)^-1), so each signature costs one fixed-base multiplication. Immutable and thread-safe; the
 * {@code with...} methods return modified copies.
 *
 * <p>The nonce k is hedged: derived from d, the digest e and 32 fresh random bytes (RFC 6979 §3.2
 * with HMAC-SM3 and the additional input of §3.6). Signatures stay randomised and verify anywhere;
 * a broken or repeating random source no longer makes two signatures share a k, which would reveal
 * d. After the key is {@linkplain Sm2PrivateKey#destroy() destroyed}, signing throws {@link
 * io.anke.crypto.KeyDestroyedException}.
 *
 * <pre>{@code
 * Sm2Signer signer = new Sm2Signer(privateKey);                 // ID 1234567812345678, DER
 * byte[] sig = signer.sign(message);
 * byte[] raw = signer.withEncoding(Sm2SignatureEncoding.RAW).sign(message);  // 64-byte r‖s
 * }</pre>
 */
public final class Sm2Signer implements Signer {
  private static final SecureRandom DEFAULT_RANDOM = new SecureRandom();

  private final Sm2PrivateKey key;
  private final byte[] id;
  private final byte[] z;
  private final Sm2SignatureEncoding encoding;
  private final SecureRandom random;
  // Test-only: a fixed nonce source replacing the hedged derivation (see withNonceGenerator).
  private final DSAKCalculator fixedNonces;

  /**
   * A signer with the default ID {@link Sm2#DEFAULT_ID} and DER output.
   *
   * @throws io.anke.crypto.KeyDestroyedException if the key has been destroyed
   */
  public Sm2Signer(Sm2PrivateKey key) {
    this(
        Objects.requireNonNull(key, "key"),
        Sm2.defaultId(),
        null,
        Sm2SignatureEncoding.DER,
        DEFAULT_RANDOM,
        null);
    key.requireNotDestroyed();
  }

  private Sm2Signer(
      Sm2PrivateKey key,
      byte[] id,
      byte[] z,
      Sm2SignatureEncoding encoding,
      SecureRandom random,
      DSAKCalculator fixedNonces) {
    SelfTestGate.requireNotFailed();
    this.key = key;
    this.id = id;
    this.z = z != null ? z : Sm2.computeZ(key.publicKey(), id);
    this.encoding = encoding;
    this.random = random;
    this.fixedNonces = fixedNonces;
  }

  /** The same signer with another user ID (e.g. an empty one for OpenSSL's CLI default). */
  public Sm2Signer withId(byte[] id) {
    return new Sm2Signer(key, id.clone(), null, encoding, random, fixedNonces);
  }

  /**
   * {@link #withId(byte[])} with the ID as UTF-8 text (an unpaired surrogate is refused, not
   * replaced).
   */
  public Sm2Signer withId(String id) {
    return withId(StrictUtf8.encode(id, CryptoMessage.LABEL_SM2_USER_ID.text()));
  }

  /** The same signer writing another encoding. */
  public Sm2Signer withEncoding(Sm2SignatureEncoding encoding) {
    return new Sm2Signer(key, id, z, Objects.requireNonNull(encoding), random, fixedNonces);
  }

  /**
   * The same signer taking the fresh randomness of its nonces from {@code random} (default: a
   * shared {@link SecureRandom}). The randomness is mixed with d and e, never used as k itself.
   */
  public Sm2Signer withRandom(SecureRandom random) {
    return new Sm2Signer(key, id, z, encoding, Objects.requireNonNull(random), fixedNonces);
  }

  /**
   * Test-only: the same signer taking every k from {@code nonces} instead of the hedged derivation,
   * to reproduce the standard's examples (fixed k) and Bouncy Castle's signer (k from a seeded
   * random). Package-private on purpose: no caller outside the tests can choose k.
   */
  Sm2Signer withNonceGenerator(DSAKCalculator nonces) {
    return new Sm2Signer(key, id, z, encoding, random, Objects.requireNonNull(nonces));
  }

  /** Signs a message with this signer's ID and encoding. */
  @Override
  public byte[] sign(byte[] message) {
    return sign(message, 0, message.length);
  }

  /** Signs {@code length} bytes of {@code message} from {@code offset}. */
  public byte[] sign(byte[] message, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, message.length);
    Sm3Engine digest = SignatureMath.startE(z);
    digest.update(message, offset, length);
    return signDigest(SignatureMath.finishE(digest));
  }

  /** Signs everything read from {@code in} (not closed). */
  public byte[] sign(InputStream in) throws IOException {
    Sm3Engine digest = SignatureMath.startE(z);
    byte[] buf = new byte[8192];
    for (int n; (n = in.read(buf)) != -1; ) {
      digest.update(buf, 0, n);
    }
    return signDigest(SignatureMath.finishE(digest));
  }

  /**
   * Signs a precomputed e = SM3(Z ‖ M) ({@link Sm2#computeE}), for split signing where the message
   * is hashed elsewhere. The caller is responsible for using this key's Z.
   *
   * @throws IllegalArgumentException if {@code e} is not 32 bytes
   * @throws io.anke.crypto.KeyDestroyedException if the key has been destroyed
   */
  public byte[] signDigest(byte[] e) {
    if (e.length != 32) {
      throw new IllegalArgumentException(CryptoMessage.SM2_E_LENGTH.english(e.length));
    }
    BigInteger[] rs;
    if (fixedNonces != null) {
      rs = SignatureMath.sign(Sm2Domain.SM2P256V1, key.d(), key.dPlusOneInverse(), e, fixedNonces);
    } else {
      byte[] d = key.dBytes();
      HedgedNonces k;
      try {
        k = HedgedNonces.forSignature(Sm2Domain.SM2P256V1.getN(), d, e, random);
      } finally {
        KeyMaterial.wipe(d);
      }
      try {
        rs = SignatureMath.sign(Sm2Domain.SM2P256V1, key.d(), key.dPlusOneInverse(), e, k);
      } finally {
        k.wipe();
      }
    }
    return Sm2Signatures.encode(rs[0], rs[1], encoding);
  }

  /** Z of this signer's public key and ID. */
  public byte[] z() {
    return z.clone();
  }

  /** The user ID. */
  public byte[] id() {
    return id.clone();
  }

  /** The output encoding. */
  public Sm2SignatureEncoding encoding() {
    return encoding;
  }

  /** The public key that verifies this signer's signatures. */
  public Sm2PublicKey publicKey() {
    return key.publicKey();
  }

  @Override
  public String toString() {
    return "Sm2Signer[" + encoding + ", public " + key.publicKey().toHex() + "]";
  }
}
