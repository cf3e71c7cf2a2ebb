package io.anke.scan.bytecode;

/**
 * How an algorithm or protocol stands under GB/T 39786-2021 (密评) as summarised in the project's
 * domain facts: high-risk ones are failures whatever the level, non-national ones are strong but
 * not approved by the national cryptography administration, national ones (SM2/SM3/SM4/SM9/ZUC,
 * TLCP) are the compliant evidence.
 */
public enum Classification {
  /**
   * Known weak or too short: MD5, SHA-1, DES, 3DES, RC4, RSA below 2048 bits, SSL 3.0, TLS 1.0/1.1.
   */
  HIGH_RISK,
  /** Strong but not a national algorithm: AES, RSA-2048+, SHA-256, ECDSA, TLS 1.2/1.3 … */
  NON_NATIONAL,
  /** A national (commercial cryptography) algorithm: SM2, SM3, SM4, SM9, ZUC, TLCP. */
  NATIONAL,
  /** A name the scanner does not know; reported for inventory only. */
  UNKNOWN
}
