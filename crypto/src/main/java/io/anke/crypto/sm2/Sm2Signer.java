package io.anke.crypto.sm2;

import io.anke.crypto.sm2.internal.SignatureMath;
import io.anke.crypto.sm2.internal.Sm2Domain;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Objects;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.signers.RandomDSAKCalculator;

/**
 * Signs with SM3withSM2 (GB/T 32918.2). Built once per key and user ID, it caches Z and (1+d)^-1,
 * so each signature costs one fixed-base multiplication. Immutable and thread-safe; the {@code
 * with...} methods return modified copies.
 *
 * <pre>{@code
 * Sm2Signer signer = new Sm2Signer(privateKey);                 // ID 1234567812345678, DER
 * byte[] sig = signer.sign(message);
 * byte[] raw = signer.withEncoding(Sm2SignatureEncoding.RAW).sign(message);  // 64-byte r‖s
 * }</pre>
 */
public final class Sm2Signer {
  private static final SecureRandom DEFAULT_RANDOM = new SecureRandom();

  private final Sm2PrivateKey key;
  private final byte[] id;
  private final byte[] z;
  private final BigInteger dPlusOneInverse;
  private final Sm2SignatureEncoding encoding;
  private final SecureRandom random;

  /** A signer with the default ID {@link Sm2#DEFAULT_ID} and DER output. */
  public Sm2Signer(Sm2PrivateKey key) {
    this(
        Objects.requireNonNull(key, "key"),
        Sm2.defaultId(),
        null,
        SignatureMath.inverseOfDPlusOne(Sm2Domain.SM2P256V1, key.d()),
        Sm2SignatureEncoding.DER,
        DEFAULT_RANDOM);
  }

  private Sm2Signer(
      Sm2PrivateKey key,
      byte[] id,
      byte[] z,
      BigInteger dPlusOneInverse,
      Sm2SignatureEncoding encoding,
      SecureRandom random) {
    this.key = key;
    this.id = id;
    this.z = z != null ? z : Sm2.computeZ(key.publicKey(), id);
    this.dPlusOneInverse = dPlusOneInverse;
    this.encoding = encoding;
    this.random = random;
  }

  /** The same signer with another user ID (e.g. an empty one for OpenSSL's CLI default). */
  public Sm2Signer withId(byte[] id) {
    return new Sm2Signer(key, id.clone(), null, dPlusOneInverse, encoding, random);
  }

  /** {@link #withId(byte[])} with the ID as UTF-8 text. */
  public Sm2Signer withId(String id) {
    return withId(id.getBytes(StandardCharsets.UTF_8));
  }

  /** The same signer writing another encoding. */
  public Sm2Signer withEncoding(Sm2SignatureEncoding encoding) {
    return new Sm2Signer(key, id, z, dPlusOneInverse, Objects.requireNonNull(encoding), random);
  }

  /** The same signer drawing its nonces from {@code random}. */
  public Sm2Signer withRandom(SecureRandom random) {
    return new Sm2Signer(key, id, z, dPlusOneInverse, encoding, Objects.requireNonNull(random));
  }

  /** Signs a message. */
  public byte[] sign(byte[] message) {
    return sign(message, 0, message.length);
  }

  /** Signs {@code length} bytes of {@code message} from {@code offset}. */
  public byte[] sign(byte[] message, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, message.length);
    SM3Digest digest = SignatureMath.startE(z);
    digest.update(message, offset, length);
    return signDigest(SignatureMath.finishE(digest));
  }

  /** Signs everything read from {@code in} (not closed). */
  public byte[] sign(InputStream in) throws IOException {
    SM3Digest digest = SignatureMath.startE(z);
    byte[] buf = new byte[8192];
    for (int n; (n = in.read(buf)) != -1; ) {
      digest.update(buf, 0, n);
    }
    return signDigest(SignatureMath.finishE(digest));
  }

  /**
   * Signs a precomputed e = SM3(Z ‖ M) ({@link Sm2#computeE}), for split signing where the message
   * is hashed elsewhere. The caller is responsible for using this key's Z.
   */
  public byte[] signDigest(byte[] e) {
    if (e.length != 32) {
      throw new IllegalArgumentException(
          "e must be the 32-byte SM3 digest of Z‖M, got " + e.length + " bytes");
    }
    RandomDSAKCalculator k = new RandomDSAKCalculator();
    k.init(Sm2Domain.SM2P256V1.getN(), random);
    BigInteger[] rs = SignatureMath.sign(Sm2Domain.SM2P256V1, key.d(), dPlusOneInverse, e, k);
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
