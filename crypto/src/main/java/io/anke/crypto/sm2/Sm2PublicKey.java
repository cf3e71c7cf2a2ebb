package io.anke.crypto.sm2;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.Hex;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.Pem;
import io.anke.crypto.sm2.internal.KeyEncoding;
import io.anke.crypto.sm2.internal.KeyFileDecoder;
import io.anke.crypto.sm2.internal.PointCodec;
import io.anke.crypto.sm2.internal.Sm2Domain;
import java.util.Arrays;
import org.bouncycastle.math.ec.ECPoint;

/**
 * An SM2 public key: a validated point on sm2p256v1 (on the curve, not the point at infinity).
 * Immutable; the point keeps Bouncy Castle's precomputation, so verifiers built from the same key
 * share it.
 */
public final class Sm2PublicKey {
  private final ECPoint point;
  private final byte[] uncompressed;

  Sm2PublicKey(ECPoint point) {
    this.point = point.normalize();
    this.uncompressed = Sm2Domain.uncompressed(this.point);
  }

  ECPoint point() {
    return point;
  }

  /**
   * Reads a PEM public key: {@code PUBLIC KEY} (SubjectPublicKeyInfo, as {@code openssl pkey
   * -pubout} writes it) or {@code CERTIFICATE} (the certificate's subject key). Other blocks such
   * as {@code EC PARAMETERS} are skipped.
   *
   * @throws CryptoFormatException naming the format and what is wrong
   */
  public static Sm2PublicKey fromPem(String pem) {
    return new Sm2PublicKey(KeyFileDecoder.publicKeyPem(pem).point());
  }

  /**
   * Reads SubjectPublicKeyInfo DER or an X.509 certificate in DER.
   *
   * @throws CryptoFormatException if the bytes are not DER of an SM2 public key or certificate,
   *     whatever is wrong with them
   */
  public static Sm2PublicKey fromDer(byte[] der) {
    return new Sm2PublicKey(KeyFileDecoder.publicKeyDer(der).point());
  }

  /**
   * Reads PEM text or DER, whichever the bytes are.
   *
   * @throws CryptoFormatException as {@link #fromPem} or {@link #fromDer}
   */
  public static Sm2PublicKey fromPemOrDer(byte[] data) {
    return new Sm2PublicKey(KeyFileDecoder.publicKey(data).point());
  }

  /**
   * Reads a raw point: 65-byte 04‖x‖y, 64-byte x‖y or 33-byte compressed 02/03‖x.
   *
   * @throws CryptoFormatException e.g. "expected 65-byte uncompressed point (04‖x‖y), 64-byte x‖y
   *     or 33-byte compressed point (02/03‖x), got 63 bytes (a coordinate lost its leading zero
   *     byte...)"
   */
  public static Sm2PublicKey fromRaw(byte[] raw) {
    return new Sm2PublicKey(
        PointCodec.decode(
            Sm2Domain.SM2P256V1, raw, true, CryptoMessage.LABEL_RAW_PUBLIC_KEY.text()));
  }

  /**
   * {@link #fromRaw} of hex text (130, 128 or 66 hex digits).
   *
   * @throws CryptoFormatException for bad hex or as {@link #fromRaw}
   */
  public static Sm2PublicKey fromHex(String hex) {
    return fromRaw(Hex.decode(hex));
  }

  /** SubjectPublicKeyInfo DER with the named curve, byte-identical to OpenSSL's. */
  public byte[] toSpkiDer() {
    return KeyEncoding.spki(point);
  }

  /** {@code PUBLIC KEY} PEM, byte-identical to {@code openssl pkey -pubout}. */
  public String toSpkiPem() {
    return Pem.encode("PUBLIC KEY", toSpkiDer());
  }

  /** 65 bytes 04‖x‖y. */
  public byte[] toUncompressed() {
    return uncompressed.clone();
  }

  /** 64 bytes x‖y without the 04 prefix (the JavaScript sm-crypto form). */
  public byte[] toRawXy() {
    return Arrays.copyOfRange(uncompressed, 1, uncompressed.length);
  }

  /** 33 bytes 02/03‖x. */
  public byte[] toCompressed() {
    return point.getEncoded(true);
  }

  /** Lowercase hex of the 65-byte uncompressed point. */
  public String toHex() {
    return Hex.encode(uncompressed);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sm2PublicKey
        && Arrays.equals(uncompressed, ((Sm2PublicKey) o).uncompressed);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(uncompressed);
  }

  @Override
  public String toString() {
    return "Sm2PublicKey[" + toHex() + "]";
  }
}
