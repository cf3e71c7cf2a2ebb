package io.anke.scan.cbom;

import io.anke.scan.bytecode.Classification;
import io.anke.scan.bytecode.CryptoEvidence;
import io.anke.scan.bytecode.UsageKind;
import java.util.Objects;

/**
 * One piece of cryptographic evidence a CBOM declares: an algorithm an asset names, the protocol
 * version of a protocol asset, the key size of a key, ECB mode, or a name the rules cannot
 * classify. Attached to the CBOM's {@link io.anke.core.bom.BillOfMaterials#facts()} for the {@code
 * CRYPTO-} rules, which judge it like a {@link io.anke.scan.bytecode.CryptoUsage}.
 *
 * @param kind what the evidence is ({@link UsageKind#ALGORITHM}, {@link UsageKind#PROTOCOL}, {@link
 *     UsageKind#KEY_SIZE} or {@link UsageKind#ECB_MODE})
 * @param algorithm the canonical algorithm or protocol ({@code AES}, {@code SHA-512}, {@code RSA},
 *     {@code TLS 1.2}); for an unrecognised one what the document wrote; null when the asset names
 *     no algorithm at all
 * @param classification how it stands under GB/T 39786
 * @param field where in the asset it is stated, e.g. {@code name}, {@code oid}, {@code
 *     algorithmProperties.mode}, {@code certificateProperties.signatureAlgorithmRef}, {@code
 *     protocolProperties.cipherSuites}
 * @param detail what is written there: a name, a cipher suite, a size, or the referenced asset's
 *     name with its bom-ref; null when nothing is written
 * @param keySize the key size in bits for {@link UsageKind#KEY_SIZE}, 0 otherwise
 * @param asset the asset that declares it
 * @param occurrence where in code the document says the asset is used, for evidence reported once
 *     per such place; null for evidence of the asset as a whole
 */
public record CryptoAssetUsage(
    UsageKind kind,
    String algorithm,
    Classification classification,
    String field,
    String detail,
    int keySize,
    CryptoAsset asset,
    CodeOccurrence occurrence)
    implements CryptoEvidence {

  /** Validates. */
  public CryptoAssetUsage {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(asset, "asset");
  }

  /** Evidence of the asset as a whole. */
  public CryptoAssetUsage(
      UsageKind kind,
      String algorithm,
      Classification classification,
      String field,
      String detail,
      int keySize,
      CryptoAsset asset) {
    this(kind, algorithm, classification, field, detail, keySize, asset, null);
  }

  /** The same evidence at one place in code. */
  public CryptoAssetUsage at(CodeOccurrence place) {
    return new CryptoAssetUsage(
        kind, algorithm, classification, field, detail, keySize, asset, place);
  }

  /** {@code ALGORITHM AES (NON_NATIONAL) name "AES-128-GCM" at cbom.json:17}, for test messages. */
  @Override
  public String toString() {
    return kind
        + " "
        + algorithm
        + " ("
        + classification
        + ") "
        + field
        + (detail == null ? "" : " \"" + detail + "\"")
        + " at "
        + asset.file()
        + ":"
        + asset.line()
        + " "
        + asset.id()
        + (occurrence == null ? "" : " used at " + occurrence.display());
  }
}
