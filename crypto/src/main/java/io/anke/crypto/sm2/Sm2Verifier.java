package io.anke.crypto.sm2;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.Verifier;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.SelfTestGate;
import io.anke.crypto.internal.StrictUtf8;
import io.anke.crypto.sm2.internal.PublicPointTable;
import io.anke.crypto.sm2.internal.SignatureMath;
import io.anke.crypto.sm2.internal.Sm2Domain;
import io.anke.crypto.sm3.internal.Sm3Engine;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.Objects;

/**
 * Verifies SM3withSM2 signatures. Built once per key and user ID (Z is cached). Returns false for
 * any signature that is invalid, including one that is malformed in the chosen encoding; use {@link
 * Sm2Signatures} to get the reason. Immutable and thread-safe.
 */
public final class Sm2Verifier implements Verifier {
  private final Sm2PublicKey key;
  private final byte[] id;
  private final byte[] z;
  private final Sm2SignatureEncoding encoding;
  // Shared by this verifier's withId/withEncoding copies: same key, same table.
  private final PublicPointTable table;

  /** A verifier with the default ID {@link Sm2#DEFAULT_ID} that expects DER signatures. */
  public Sm2Verifier(Sm2PublicKey key) {
    this(
        Objects.requireNonNull(key, "key"),
        Sm2.defaultId(),
        null,
        Sm2SignatureEncoding.DER,
        new PublicPointTable(Sm2Domain.SM2P256V1, key.point()));
  }

  private Sm2Verifier(
      Sm2PublicKey key,
      byte[] id,
      byte[] z,
      Sm2SignatureEncoding encoding,
      PublicPointTable table) {
    SelfTestGate.requireNotFailed();
    this.key = key;
    this.id = id;
    this.z = z != null ? z : Sm2.computeZ(key, id);
    this.encoding = encoding;
    this.table = table;
  }

  /** The same verifier with another user ID. */
  public Sm2Verifier withId(byte[] id) {
    return new Sm2Verifier(key, id.clone(), null, encoding, table);
  }

  /**
   * {@link #withId(byte[])} with the ID as UTF-8 text (an unpaired surrogate is refused, not
   * replaced).
   */
  public Sm2Verifier withId(String id) {
    return withId(StrictUtf8.encode(id, CryptoMessage.LABEL_SM2_USER_ID.text()));
  }

  /** The same verifier expecting another encoding. */
  public Sm2Verifier withEncoding(Sm2SignatureEncoding encoding) {
    return new Sm2Verifier(key, id, z, Objects.requireNonNull(encoding), table);
  }

  /**
   * True when {@code signature} is a valid signature of {@code message}; false for anything else,
   * however malformed. Never throws for bad signature bytes.
   */
  @Override
  public boolean verify(byte[] message, byte[] signature) {
    Sm3Engine digest = SignatureMath.startE(z);
    digest.update(message, 0, message.length);
    return verifyDigest(SignatureMath.finishE(digest), signature);
  }

  /** True when {@code signature} is valid for everything read from {@code in} (not closed). */
  public boolean verify(InputStream in, byte[] signature) throws IOException {
    Sm3Engine digest = SignatureMath.startE(z);
    byte[] buf = new byte[8192];
    for (int n; (n = in.read(buf)) != -1; ) {
      digest.update(buf, 0, n);
    }
    return verifyDigest(SignatureMath.finishE(digest), signature);
  }

  /**
   * True when {@code signature} is valid for the precomputed e = SM3(Z ‖ M); false for any other
   * signature bytes.
   *
   * @throws IllegalArgumentException if {@code e} is not 32 bytes (a caller error, not bad input)
   */
  public boolean verifyDigest(byte[] e, byte[] signature) {
    if (e.length != 32) {
      throw new IllegalArgumentException(CryptoMessage.SM2_E_LENGTH.english(e.length));
    }
    BigInteger[] rs;
    try {
      rs = Sm2Signatures.decode(signature, encoding);
    } catch (CryptoFormatException malformed) {
      return false;
    }
    return SignatureMath.verify(Sm2Domain.SM2P256V1, key.point(), table, e, rs[0], rs[1]);
  }

  /** Z of this verifier's public key and ID. */
  public byte[] z() {
    return z.clone();
  }

  /** The expected encoding. */
  public Sm2SignatureEncoding encoding() {
    return encoding;
  }

  /** The public key. */
  public Sm2PublicKey publicKey() {
    return key;
  }

  @Override
  public String toString() {
    return "Sm2Verifier[" + encoding + ", " + key.toHex() + "]";
  }
}
