package io.anke.scan.bytecode;

/**
 * What the {@code CRYPTO-} rules judge, wherever it was found: a {@link CryptoUsage} in bytecode,
 * or a cryptographic asset a CycloneDX CBOM declares ({@link io.anke.scan.cbom.CryptoAssetUsage}).
 * Both carry the same canonical algorithm and {@link Classification} from {@link Algorithms}, so
 * that one rule gives one verdict on one algorithm whichever evidence shows it.
 */
public interface CryptoEvidence {
  /** What the evidence is. */
  UsageKind kind();

  /**
   * The canonical algorithm or protocol ({@code MD5}, {@code AES}, {@code TLS 1.0} …); for an
   * unrecognised one the name as written; null when the evidence names none.
   */
  String algorithm();

  /** How the algorithm stands under GB/T 39786. */
  Classification classification();

  /** What was written where the evidence was found (a literal, a name, a reference); or null. */
  String detail();

  /** The key size in bits for {@link UsageKind#KEY_SIZE}, 0 otherwise. */
  int keySize();
}
