package io.anke.crypto.sm2;

import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.StrictUtf8;
import io.anke.crypto.sm2.internal.SignatureMath;
import io.anke.crypto.sm2.internal.Sm2Domain;
import io.anke.crypto.sm3.internal.Sm3Engine;
import java.nio.charset.StandardCharsets;

/**
 * SM2 constants and the two pre-hash steps of signing, for callers that split signing between
 * software and a hardware module: compute Z and e here, send e to the device ({@link
 * Sm2Signer#signDigest}).
 */
public final class Sm2 {
  /**
   * The default user ID of GM/T 0009: the 16 ASCII bytes {@code 1234567812345678}. Signer and
   * verifier use it unless told otherwise. OpenSSL 3's command line defaults to an empty ID, so
   * pass {@code -sigopt distid:1234567812345678} (or {@code -pkeyopt}) there.
   */
  public static final String DEFAULT_ID = "1234567812345678";

  /** Name of the recommended curve. */
  public static final String CURVE_NAME = "sm2p256v1";

  /** OID of the curve sm2p256v1, written as the named-curve parameter of SM2 keys. */
  public static final String CURVE_OID = "1.2.156.10197.1.301";

  /** OID of the signature algorithm SM3withSM2 (GM/T 0006), e.g. in X.509 certificates. */
  public static final String SM3_WITH_SM2_OID = "1.2.156.10197.1.501";

  /** Longest user ID in bytes: its bit length must fit the 16-bit ENTL field of Z. */
  public static final int MAX_ID_BYTES = SignatureMath.MAX_ID_BYTES;

  private Sm2() {}

  /** The default ID as bytes. */
  public static byte[] defaultId() {
    return DEFAULT_ID.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Z = SM3(ENTL ‖ ID ‖ a ‖ b ‖ xG ‖ yG ‖ xA ‖ yA) of GB/T 32918.2, the per-signer value hashed in
   * front of every message.
   *
   * @throws IllegalArgumentException if the ID is longer than {@link #MAX_ID_BYTES}
   */
  public static byte[] computeZ(Sm2PublicKey publicKey, byte[] id) {
    return SignatureMath.z(Sm2Domain.SM2P256V1, id.clone(), publicKey.point());
  }

  /**
   * {@link #computeZ(Sm2PublicKey, byte[])} with the ID as UTF-8 text (an unpaired surrogate is
   * refused, not replaced).
   */
  public static byte[] computeZ(Sm2PublicKey publicKey, String id) {
    return computeZ(publicKey, StrictUtf8.encode(id, CryptoMessage.LABEL_SM2_USER_ID.text()));
  }

  /** e = SM3(Z ‖ M): the 32-byte digest that is actually signed. */
  public static byte[] computeE(byte[] z, byte[] message) {
    if (z.length != 32) {
      throw new IllegalArgumentException(CryptoMessage.SM2_Z_LENGTH.english(z.length));
    }
    Sm3Engine digest = SignatureMath.startE(z);
    digest.update(message, 0, message.length);
    return SignatureMath.finishE(digest);
  }
}
