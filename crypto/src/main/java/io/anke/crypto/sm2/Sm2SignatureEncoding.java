package io.anke.crypto.sm2;

/** How an SM2 signature (r, s) is written. */
public enum Sm2SignatureEncoding {
  /**
   * DER {@code SEQUENCE { r INTEGER, s INTEGER }} (GM/T 0009), 70 to 72 bytes: what OpenSSL, GmSSL,
   * Kona, Bouncy Castle's JCA and X.509 certificates use. The default.
   */
  DER,
  /**
   * 64 bytes r‖s, each a fixed-width 32-byte big-endian number: what hardware modules, many bank
   * APIs and the JavaScript sm-crypto library use (there as 128 hex digits).
   */
  RAW
}
