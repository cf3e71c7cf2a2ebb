/**
 * The cryptographic assets of a CycloneDX 1.6 CBOM (algorithms, protocols, certificates and related
 * key material) as crypto-usage evidence: {@link io.anke.scan.cbom.CbomAssets} turns each asset a
 * CycloneDX reader found into {@link io.anke.scan.cbom.CryptoAssetUsage} facts, with the canonical
 * algorithm and {@link io.anke.scan.bytecode.Classification} of {@link
 * io.anke.scan.bytecode.Algorithms}, so that the {@code CRYPTO-} rules judge a declared algorithm
 * exactly as they judge one found in bytecode. The facts travel with their document ({@link
 * io.anke.core.bom.BillOfMaterials#facts()}).
 */
package io.anke.scan.cbom;
