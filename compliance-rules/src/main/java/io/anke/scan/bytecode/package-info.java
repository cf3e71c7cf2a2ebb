/**
 * Cryptographic API usage found in bytecode: {@link io.anke.scan.bytecode.BytecodeScanner} scans
 * archives and class directories and returns {@link io.anke.scan.bytecode.CryptoUsage}s (algorithm
 * in canonical form, {@link io.anke.scan.bytecode.Classification}, class, method, line, archive
 * chain and library purl) that the {@code CRYPTO-…} rules judge.
 */
package io.anke.scan.bytecode;
