package io.anke.crypto.sm2;

import io.anke.crypto.Bilingual;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.Hex;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.KeyDestroyedException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.KeyMaterial;
import io.anke.crypto.internal.Pem;
import io.anke.crypto.sm2.internal.KeyEncoding;
import io.anke.crypto.sm2.internal.KeyFileDecoder;
import io.anke.crypto.sm2.internal.SignatureMath;
import io.anke.crypto.sm2.internal.Sm2Domain;
import java.math.BigInteger;
import java.util.Objects;
import javax.security.auth.Destroyable;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * An SM2 private key: the scalar d in [1, n-2] with its public key. The secret leaves only through
 * the {@code export...} methods; {@link #toString()} shows the public key only.
 *
 * <p>{@link #destroy()} overwrites d (and the value (1+d)^-1 that signing needs, kept with it) with
 * zeros. Afterwards every use of the secret, here or in a signer, decrypter, key handle or key
 * exchange built from this key, throws {@link KeyDestroyedException}; {@link #publicKey()}, {@code
 * equals}, {@code hashCode} and {@code toString} keep working, as they involve no secret.
 * Thread-safe.
 */
public final class Sm2PrivateKey implements Destroyable {
  private static final BigInteger MAX_D = Sm2Domain.SM2P256V1.getN().subtract(BigInteger.TWO);
  private static final int D = Sm2Domain.FIELD_BYTES;

  /** d ‖ (1+d)^-1 mod n, 32 bytes each: the only long-lived copy of the secret. */
  private final KeyMaterial material;

  private final Sm2PublicKey publicKey;

  Sm2PrivateKey(BigInteger d, ECPoint q) {
    byte[] secret = new byte[2 * D];
    byte[] dBytes = Sm2Domain.fixed(d, D);
    byte[] inverse = Sm2Domain.fixed(SignatureMath.inverseOfDPlusOne(Sm2Domain.SM2P256V1, d), D);
    System.arraycopy(dBytes, 0, secret, 0, D);
    System.arraycopy(inverse, 0, secret, D, D);
    KeyMaterial.wipe(dBytes, inverse);
    this.material = new KeyMaterial(CryptoMessage.WHAT_SM2_PRIVATE_KEY.text(), secret);
    this.publicKey = new Sm2PublicKey(q);
  }

  /** d, for one operation. */
  BigInteger d() {
    byte[] s = material.copy();
    try {
      return new BigInteger(1, s, 0, D);
    } finally {
      KeyMaterial.wipe(s);
    }
  }

  /** (1+d)^-1 mod n, for one signature. */
  BigInteger dPlusOneInverse() {
    byte[] s = material.copy();
    try {
      return new BigInteger(1, s, D, D);
    } finally {
      KeyMaterial.wipe(s);
    }
  }

  /** d as 32 bytes (a copy the caller wipes), the secret input of hedged nonces. */
  byte[] dBytes() {
    byte[] s = material.copy();
    try {
      return java.util.Arrays.copyOf(s, D);
    } finally {
      KeyMaterial.wipe(s);
    }
  }

  /** Fails with {@link KeyDestroyedException} once the key is destroyed. */
  void requireNotDestroyed() {
    material.requireNotDestroyed();
  }

  /** Checks the range and derives the public key; {@code what} names the source format. */
  static Sm2PrivateKey of(BigInteger d, ECPoint embeddedPublic, Bilingual what) {
    if (d.signum() == 0) {
      throw new CryptoFormatException(CryptoMessage.SM2_D_ZERO.text(what));
    }
    if (d.compareTo(MAX_D) > 0) {
      throw new CryptoFormatException(CryptoMessage.SM2_D_TOO_LARGE.text(what));
    }
    ECPoint q = new FixedPointCombMultiplier().multiply(Sm2Domain.SM2P256V1.getG(), d).normalize();
    if (embeddedPublic != null && !embeddedPublic.equals(q)) {
      throw new CryptoFormatException(CryptoMessage.SM2_EMBEDDED_PUBLIC_MISMATCH.text(what));
    }
    return new Sm2PrivateKey(d, q);
  }

  /**
   * Reads a PEM private key: {@code PRIVATE KEY} (PKCS#8, as {@code openssl genpkey -algorithm SM2}
   * writes it), or SEC1 {@code EC PRIVATE KEY} / {@code SM2 PRIVATE KEY} (as {@code openssl ec}
   * writes it). Parameter blocks are skipped.
   *
   * @throws CryptoFormatException naming the format and what is wrong; never containing key bytes
   */
  public static Sm2PrivateKey fromPem(String pem) {
    return from(KeyFileDecoder.privateKeyPem(pem));
  }

  /**
   * Reads PKCS#8 PrivateKeyInfo or SEC1 ECPrivateKey DER, telling them apart by structure.
   *
   * @throws CryptoFormatException if the bytes are not strict DER of an SM2 private key, whatever
   *     is wrong with them; the message never contains key bytes
   */
  public static Sm2PrivateKey fromDer(byte[] der) {
    return from(KeyFileDecoder.privateKeyDer(der));
  }

  /**
   * Reads PEM text or DER, whichever the bytes are.
   *
   * @throws CryptoFormatException as {@link #fromPem} or {@link #fromDer}
   */
  public static Sm2PrivateKey fromPemOrDer(byte[] data) {
    return from(KeyFileDecoder.privateKey(data));
  }

  /**
   * Reads the raw 32-byte big-endian scalar d.
   *
   * @throws CryptoFormatException if it is not 32 bytes or d is outside [1, n-2]
   */
  public static Sm2PrivateKey fromRaw(byte[] d) {
    if (d.length != Sm2Domain.FIELD_BYTES) {
      CryptoMessage hint = null;
      if (d.length == 31 || d.length == 30) {
        hint = CryptoMessage.HINT_ZERO_BYTE_DROPPED;
      } else if (d.length == 33 && d[0] == 0) {
        hint = CryptoMessage.HINT_SIGN_BYTE;
      } else if (d.length == 65 || d.length == 64 || d.length == 33) {
        hint = CryptoMessage.HINT_PUBLIC_KEY_LENGTH;
      }
      throw new CryptoFormatException(
          hint == null
              ? CryptoMessage.SM2_RAW_D_LENGTH.text(d.length)
              : CryptoMessage.SM2_RAW_D_LENGTH_HINT.text(d.length, hint.text()));
    }
    return of(new BigInteger(1, d), null, CryptoMessage.LABEL_RAW_PRIVATE_KEY.text());
  }

  /**
   * {@link #fromRaw} of 64 hex digits.
   *
   * @throws CryptoFormatException for bad hex or as {@link #fromRaw}
   */
  public static Sm2PrivateKey fromHex(String hex) {
    return fromRaw(Hex.decode(hex));
  }

  private static Sm2PrivateKey from(KeyFileDecoder.PrivateKeyData data) {
    return of(data.d(), data.embeddedPublicPoint(), data.format());
  }

  /** The matching public key. */
  public Sm2PublicKey publicKey() {
    return publicKey;
  }

  /**
   * Exports PKCS#8 DER, byte-identical to {@code openssl genpkey -algorithm SM2 -outform DER}. Like
   * every {@code export...}, it takes the {@link InsecureSecretAccess} token so that a review finds
   * every exit of the secret.
   *
   * @throws NullPointerException if {@code access} is null
   * @throws KeyDestroyedException if the key has been destroyed
   */
  public byte[] exportPkcs8Der(InsecureSecretAccess access) {
    requireAccess(access);
    return KeyEncoding.pkcs8(d(), publicKey.point());
  }

  /** Exports {@code PRIVATE KEY} PEM, byte-identical to {@code openssl genpkey -algorithm SM2}. */
  public String exportPkcs8Pem(InsecureSecretAccess access) {
    return Pem.encode("PRIVATE KEY", exportPkcs8Der(access));
  }

  /** Exports SEC1 ECPrivateKey DER with the named curve, as {@code openssl ec -outform DER}. */
  public byte[] exportSec1Der(InsecureSecretAccess access) {
    requireAccess(access);
    return KeyEncoding.sec1(d(), publicKey.point());
  }

  /**
   * Exports SEC1 as {@code EC PRIVATE KEY} PEM (OpenSSL 3 reads it; {@code openssl ec} itself
   * labels the same DER {@code SM2 PRIVATE KEY}).
   */
  public String exportSec1Pem(InsecureSecretAccess access) {
    return Pem.encode("EC PRIVATE KEY", exportSec1Der(access));
  }

  /**
   * Exports the 32-byte big-endian scalar d.
   *
   * @throws KeyDestroyedException if the key has been destroyed (as every {@code export...})
   */
  public byte[] exportRaw(InsecureSecretAccess access) {
    requireAccess(access);
    return dBytes();
  }

  /** Exports d as 64 lowercase hex digits. */
  public String exportHex(InsecureSecretAccess access) {
    return Hex.encode(exportRaw(access));
  }

  private static void requireAccess(InsecureSecretAccess access) {
    Objects.requireNonNull(access, "InsecureSecretAccess");
  }

  /**
   * Overwrites the secret with zeros. Idempotent; cannot be undone. Objects built from this key
   * fail from now on with {@link KeyDestroyedException}. Temporary numbers made during operations
   * that already finished are left to the garbage collector, as Java offers no way to clear a
   * {@link BigInteger}.
   */
  @Override
  public void destroy() {
    material.destroy();
  }

  /** True once {@link #destroy()} has run. */
  @Override
  public boolean isDestroyed() {
    return material.isDestroyed();
  }

  /** Equal when the scalars are equal, decided on the public keys so that no timing leaks d. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Sm2PrivateKey && publicKey.equals(((Sm2PrivateKey) o).publicKey);
  }

  @Override
  public int hashCode() {
    return publicKey.hashCode() * 31 + 1;
  }

  /** Shows the public key only. */
  @Override
  public String toString() {
    return "Sm2PrivateKey[public " + publicKey.toHex() + "]";
  }
}
