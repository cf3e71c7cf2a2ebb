package io.anke.crypto.envelope;

import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.sm2.Sm2CiphertextFormat;
import io.anke.crypto.sm2.Sm2Encrypter;
import io.anke.crypto.sm2.Sm2PublicKey;
import io.anke.crypto.sm4.Sm4Gcm;
import io.anke.crypto.sm4.Sm4Key;
import java.util.Arrays;
import java.util.Objects;

/**
 * Hybrid encryption (数字信封) to an SM2 public key: a fresh SM4 key encrypts the data with SM4-GCM,
 * and SM2 encrypts that key. Anyone with the public key can encrypt; only the holder of the private
 * key ({@link EnvelopeDecrypter}) can decrypt. Immutable and thread-safe.
 *
 * <h2>Format, version 1 (142 bytes of overhead)</h2>
 *
 * <pre>
 * offset  length  field
 * 0       1       version = 0x01
 * 1       113     wrapped key: SM2 ciphertext of the 16-byte SM4 key, C1 ‖ C3 ‖ C2 with the 04 prefix
 *                 (65 + 32 + 16 bytes, GB/T 32918.4-2016)
 * 114     12      SM4-GCM nonce (random)
 * 126     n       SM4-GCM ciphertext of the plaintext
 * 126+n   16      SM4-GCM tag over AAD = bytes [0, 114) ‖ associatedData
 * </pre>
 *
 * The GCM associated data covers the version and the wrapped key, so neither can be swapped without
 * detection; the caller's associated data binds the envelope to a context. For interchange with
 * other software use {@link CmsEnvelope} (CMS / GM/T 0010 EnvelopedData) instead.
 */
public final class EnvelopeEncrypter {
  /** Format version byte. */
  public static final int VERSION = 1;

  /** Length of the SM2-wrapped key. */
  public static final int WRAPPED_KEY_LENGTH = 65 + 32 + Sm4Key.LENGTH;

  /** Bytes before the SM4-GCM part: version and wrapped key. */
  public static final int HEADER_LENGTH = 1 + WRAPPED_KEY_LENGTH;

  /** Total bytes added to the plaintext. */
  public static final int OVERHEAD = HEADER_LENGTH + Sm4Gcm.OVERHEAD;

  private final Sm2Encrypter wrapper;

  /** Envelopes for the holder of {@code recipient}'s private key. */
  public EnvelopeEncrypter(Sm2PublicKey recipient) {
    this.wrapper = new Sm2Encrypter(Objects.requireNonNull(recipient), Sm2CiphertextFormat.C1C3C2);
  }

  /** The recipient's public key. */
  public Sm2PublicKey recipient() {
    return wrapper.publicKey();
  }

  /** Seals {@code plaintext}; {@code associatedData} (may be null) is needed again to open it. */
  public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
    Sm4Key dataKey = Sm4Key.generate();
    byte[] body;
    byte[] header = new byte[HEADER_LENGTH];
    try {
      byte[] keyBytes = dataKey.toBytes(InsecureSecretAccess.get());
      byte[] wrapped;
      try {
        wrapped = wrapper.encrypt(keyBytes);
      } finally {
        Arrays.fill(keyBytes, (byte) 0);
      }
      header[0] = VERSION;
      System.arraycopy(wrapped, 0, header, 1, WRAPPED_KEY_LENGTH);
      body = Sm4Gcm.withKey(dataKey).encrypt(plaintext, aad(header, associatedData));
    } finally {
      dataKey.destroy(); // one envelope, one key: nothing keeps it past this call
    }
    byte[] out = Arrays.copyOf(header, HEADER_LENGTH + body.length);
    System.arraycopy(body, 0, out, HEADER_LENGTH, body.length);
    return out;
  }

  static byte[] aad(byte[] header, byte[] associatedData) {
    byte[] extra = associatedData == null ? new byte[0] : associatedData;
    byte[] aad = Arrays.copyOf(header, HEADER_LENGTH + extra.length);
    System.arraycopy(extra, 0, aad, HEADER_LENGTH, extra.length);
    return aad;
  }

  @Override
  public String toString() {
    return "EnvelopeEncrypter[to " + recipient() + "]";
  }
}
