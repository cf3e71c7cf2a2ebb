package io.anke.crypto.provider;

import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.sm2.Sm2PublicKey;
import java.util.Objects;

/**
 * The part of a GM/T 0018 (SDF, 密码设备应用接口) crypto device that this library uses, in Java terms. A
 * binding to a vendor's {@code libsdf} (JNI, JNA or the vendor's own Java SDK) implements it;
 * {@link SdfKeyProvider} turns it into signing and decrypting key handles so that certificates, CMS
 * signatures, envelopes and keysets can use keys that never leave the device.
 *
 * <p>Each method maps to one SDF function. The device holds, per key index, an SM2 signing key pair
 * and an SM2 encryption key pair; using a private key may require {@code
 * SDF_GetPrivateKeyAccessRight} with a password first. The host computes Z and e = SM3(Z ‖ M) (GM/T
 * 0009) and sends only e to the device.
 *
 * <p>Implementations must be safe for concurrent use of different sessions.
 */
public interface SdfDevice {

  /** {@code SDF_OpenSession}: a new session on the (already opened) device. */
  Session openSession() throws SdfException;

  /** A session; not shared between threads. */
  interface Session extends AutoCloseable {

    /**
     * {@code SDF_GetPrivateKeyAccessRight}: unlocks the private keys at {@code keyIndex} for this
     * session. The caller clears {@code password} afterwards.
     */
    void getPrivateKeyAccessRight(int keyIndex, char[] password) throws SdfException;

    /** {@code SDF_ExportSignPublicKey_ECC}: the signing public key at {@code keyIndex}. */
    Sm2PublicKey exportSignPublicKey(int keyIndex) throws SdfException;

    /** {@code SDF_ExportEncPublicKey_ECC}: the encryption public key at {@code keyIndex}. */
    Sm2PublicKey exportEncPublicKey(int keyIndex) throws SdfException;

    /**
     * {@code SDF_InternalSign_ECC}: signs the 32-byte e with the signing key at {@code keyIndex}.
     *
     * @return the {@code ECCSignature} as 64 bytes r ‖ s (32 bytes each, big-endian, left-padded)
     */
    byte[] internalSignEcc(int keyIndex, byte[] e) throws SdfException;

    /**
     * {@code SDF_InternalDecrypt_ECC}: decrypts with the encryption key at {@code keyIndex}.
     *
     * @return the plaintext
     */
    byte[] internalDecryptEcc(int keyIndex, EccCipher cipher) throws SdfException;

    /** {@code SDF_CloseSession}. */
    @Override
    void close() throws SdfException;
  }

  /**
   * The {@code ECCCipher} structure: C1 = (x, y), M = C3 (the SM3 check value), C = C2. Values are
   * the 32-byte big-endian forms; a binding pads them into the device's {@code ECCref_MAX_LEN}
   * fields.
   */
  record EccCipher(byte[] x, byte[] y, byte[] m, byte[] c) {
    /** Checks the field lengths. */
    public EccCipher {
      Objects.requireNonNull(x);
      Objects.requireNonNull(y);
      Objects.requireNonNull(m);
      Objects.requireNonNull(c);
      if (x.length != 32 || y.length != 32 || m.length != 32) {
        throw new IllegalArgumentException(CryptoMessage.SDF_ECC_CIPHER_FIELDS.english());
      }
      x = x.clone();
      y = y.clone();
      m = m.clone();
      c = c.clone();
    }

    /** Splits a C1 ‖ C3 ‖ C2 ciphertext with the 04 prefix. */
    public static EccCipher fromC1C3C2(byte[] ct) {
      if (ct.length < 1 + 64 + 32 + 1 || ct[0] != 0x04) {
        throw new IllegalArgumentException(CryptoMessage.SDF_CIPHERTEXT_TOO_SHORT.english());
      }
      return new EccCipher(
          java.util.Arrays.copyOfRange(ct, 1, 33),
          java.util.Arrays.copyOfRange(ct, 33, 65),
          java.util.Arrays.copyOfRange(ct, 65, 97),
          java.util.Arrays.copyOfRange(ct, 97, ct.length));
    }

    /** Joins the fields into C1 ‖ C3 ‖ C2 with the 04 prefix. */
    public byte[] toC1C3C2() {
      byte[] out = new byte[1 + 64 + 32 + c.length];
      out[0] = 0x04;
      System.arraycopy(x, 0, out, 1, 32);
      System.arraycopy(y, 0, out, 33, 32);
      System.arraycopy(m, 0, out, 65, 32);
      System.arraycopy(c, 0, out, 97, c.length);
      return out;
    }

    @Override
    public byte[] x() {
      return x.clone();
    }

    @Override
    public byte[] y() {
      return y.clone();
    }

    @Override
    public byte[] m() {
      return m.clone();
    }

    @Override
    public byte[] c() {
      return c.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof EccCipher e
          && java.util.Arrays.equals(x, e.x)
          && java.util.Arrays.equals(y, e.y)
          && java.util.Arrays.equals(m, e.m)
          && java.util.Arrays.equals(c, e.c);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(x) * 31 + c.length;
    }

    @Override
    public String toString() {
      return "EccCipher[" + c.length + "-byte C]";
    }
  }
}
