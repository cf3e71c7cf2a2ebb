package io.anke.crypto.provider;

import io.anke.crypto.Aead;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Where keys come from: a PEM/DER file ({@link FileKeyProvider}), a PKCS#12 keystore ({@link
 * Pkcs12KeyProvider}), memory ({@link InMemoryKeyProvider}), a PKCS#11 token ({@link
 * Pkcs11KeyProvider}) or a GM/T 0018 device ({@link SdfKeyProvider}).
 *
 * <p>A provider hands out operations, not key bytes: an {@link Sm2SigningKeyHandle} or an {@link
 * Sm2DecryptingKeyHandle} for an SM2 key (an {@link Sm2KeyHandle} when the key does both) and an
 * {@link Aead} for a symmetric key, so that keys held by hardware never leave it. A provider offers
 * only what a key can do: asking a signing-only key to decrypt fails at the lookup, with a {@link
 * KeyProviderException} naming the alias to use instead. Implementations are thread-safe.
 */
public interface KeyProvider {

  /** Names this provider for messages (a file path, a token label), never a secret. */
  String description();

  /** The aliases of the keys this provider holds, in a stable order. */
  List<String> aliases() throws KeyProviderException;

  /**
   * What the provider holds under {@code alias}.
   *
   * @throws KeyProviderException if there is no such alias
   */
  KeyKind kindOf(String alias) throws KeyProviderException;

  /**
   * The SM2 key pair under {@code alias}, for a key that both signs and decrypts.
   *
   * @throws KeyProviderException if the alias is unknown, holds another kind of key, serves one
   *     purpose only (use {@link #sm2SigningKey} or {@link #sm2DecryptingKey}), or the key cannot
   *     be used (the message says which)
   */
  Sm2KeyHandle sm2Key(String alias) throws KeyProviderException;

  /**
   * The SM2 key under {@code alias}, to sign with.
   *
   * @throws KeyProviderException if the alias is unknown, holds another kind of key, is a key that
   *     only decrypts, or the key cannot be used (the message says which)
   */
  default Sm2SigningKeyHandle sm2SigningKey(String alias) throws KeyProviderException {
    return sm2Key(alias);
  }

  /**
   * The SM2 key under {@code alias}, to decrypt with (envelopes, keyset key-encryption keys).
   *
   * @throws KeyProviderException if the alias is unknown, holds another kind of key, is a key that
   *     only signs, or the key cannot be used (the message says which)
   */
  default Sm2DecryptingKeyHandle sm2DecryptingKey(String alias) throws KeyProviderException {
    return sm2Key(alias);
  }

  /**
   * The certificate chain stored with {@code alias}, leaf first; empty when there is none.
   *
   * @throws KeyProviderException if the alias is unknown
   */
  List<X509Certificate> certificateChain(String alias) throws KeyProviderException;

  /**
   * Authenticated encryption under the symmetric key {@code alias} (for example a key-encryption
   * key for keysets).
   *
   * @throws KeyProviderException if the alias is unknown or is not a symmetric key
   */
  Aead aead(String alias) throws KeyProviderException;
}
