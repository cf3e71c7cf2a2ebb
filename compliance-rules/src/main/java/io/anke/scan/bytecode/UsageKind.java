package io.anke.scan.bytecode;

/** What a {@link CryptoUsage} is evidence of. */
public enum UsageKind {
  /** An algorithm named at a JCA factory, by a crypto library class or by a helper method. */
  ALGORITHM,
  /** A cipher transformation in ECB mode (explicit, or implied by a bare block-cipher name). */
  ECB_MODE,
  /** Key bytes built from constants reaching a key specification. */
  CONSTANT_KEY,
  /** An initialisation vector or nonce built from constants. */
  CONSTANT_IV,
  /** Key or IV bytes filled by {@code java.util.Random} (not a cryptographic generator). */
  INSECURE_RANDOM,
  /** An SSL/TLS protocol version requested from {@code SSLContext} or enabled on a socket. */
  PROTOCOL,
  /** A key size given to a key-pair generator. */
  KEY_SIZE
}
