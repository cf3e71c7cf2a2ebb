package io.anke.crypto.provider;

/** What a key provider holds under an alias. */
public enum KeyKind {
  /** An SM2 key pair: use {@link KeyProvider#sm2Key}. */
  SM2_KEY_PAIR,
  /** A symmetric key that encrypts through {@link KeyProvider#aead} (SM4, or AES on a token). */
  SECRET_KEY
}
