package io.anke.crypto.sm4.interop;

/** Block padding for SM4-CBC and SM4-ECB. */
public enum Padding {
  /**
   * PKCS#7: 1 to 16 bytes, each holding the pad length. What OpenSSL, Kona, Hutool and sm-crypto
   * use, and what Java calls {@code PKCS5Padding}.
   */
  PKCS7,
  /**
   * No padding: the plaintext must be whole 16-byte blocks ({@code openssl enc -nopad}). For data
   * that is padded by a protocol, or to interoperate with systems that zero-pad by hand.
   */
  NONE
}
