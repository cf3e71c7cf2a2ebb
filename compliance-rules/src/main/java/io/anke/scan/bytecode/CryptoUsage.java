package io.anke.scan.bytecode;

import io.anke.core.rule.FactKey;
import java.util.Objects;

/**
 * One piece of cryptographic evidence found in bytecode: an algorithm reaching a factory, a
 * constant key, a legacy protocol… Attached to a scan as a typed fact ({@code
 * context.facts(CryptoUsage.class)}) for the {@code CRYPTO-…} rules.
 *
 * @param kind what the evidence is
 * @param algorithm canonical algorithm or protocol ({@code MD5}, {@code SHA-1}, {@code AES}, {@code
 *     TLS 1.0}, …; see {@link Algorithms}); for {@link UsageKind#CONSTANT_KEY} and friends the
 *     algorithm of the key when known, else null
 * @param classification how the algorithm stands under GB/T 39786; {@link Classification#HIGH_RISK}
 *     for a weak key size, constant key or IV, ECB mode and insecure randomness
 * @param api the API that was called, e.g. {@code javax.crypto.Cipher.getInstance}, {@code
 *     org.bouncycastle.crypto.digests.MD5Digest}, {@code
 *     org.apache.commons.codec.digest.DigestUtils.md5Hex}
 * @param detail the literal the code passed, e.g. {@code AES/ECB/PKCS5Padding}, {@code HmacSHA1},
 *     {@code TLSv1}, or a key size {@code 1024}; for {@link UsageKind#CONSTANT_KEY} and {@link
 *     UsageKind#CONSTANT_IV} where the bytes came from ({@code constant string}, {@code constant
 *     bytes}, {@code static field a.b.C.NAME}), never the bytes themselves; for {@link
 *     UsageKind#INSECURE_RANDOM} {@code key} or {@code iv} (the {@link MaterialSource#detail()
 *     detail} of {@code source}); null when there is none
 * @param keySize key size in bits for {@link UsageKind#KEY_SIZE}, 0 otherwise
 * @param location where it is
 * @param source for {@link UsageKind#CONSTANT_KEY}, {@link UsageKind#CONSTANT_IV} and {@link
 *     UsageKind#INSECURE_RANDOM}, where the bytes came from; null for the other kinds. When {@code
 *     detail} is null it is the source's detail.
 */
public record CryptoUsage(
    UsageKind kind,
    String algorithm,
    Classification classification,
    String api,
    String detail,
    int keySize,
    CodeLocation location,
    MaterialSource source)
    implements CryptoEvidence {

  /** The key under which rules require and read the cryptographic API usages found in bytecode. */
  public static final FactKey<CryptoUsage> KEY = FactKey.of("crypto-usages", CryptoUsage.class);

  /** Validates; a null detail is the source's. */
  public CryptoUsage {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(location, "location");
    if (detail == null && source != null) {
      detail = source.detail();
    }
  }

  /**
   * A usage described by its detail alone: the {@link #source()} of key material is the one the
   * detail names ({@code constant string}, {@code static field a.b.C.NAME}, {@code iv}, …).
   */
  public CryptoUsage(
      UsageKind kind,
      String algorithm,
      Classification classification,
      String api,
      String detail,
      int keySize,
      CodeLocation location) {
    this(
        kind,
        algorithm,
        classification,
        api,
        detail,
        keySize,
        location,
        kind == null ? null : MaterialSource.ofDetail(kind, detail));
  }

  /** {@code ALGORITHM MD5 at com.x.Foo#hash:12}, for logs and test failure messages. */
  @Override
  public String toString() {
    return kind
        + " "
        + algorithm
        + " ("
        + classification
        + ") via "
        + api
        + (detail == null ? "" : " \"" + detail + "\"")
        + " at "
        + location.display()
        + " in "
        + location.path();
  }
}
