package io.anke.crypto.keyset;

import io.anke.crypto.Aead;
import io.anke.crypto.envelope.EnvelopeAead;
import io.anke.crypto.provider.KeyKind;
import io.anke.crypto.provider.KeyProvider;
import io.anke.crypto.provider.KeyProviderException;

/** Turns a key from a {@link KeyProvider} into a key-encryption key for keysets. */
public final class KeyEncryptionKeys {
  private KeyEncryptionKeys() {}

  /**
   * The KEK under {@code alias}: a symmetric key as its {@link Aead} (SM4-GCM in software, AES-GCM
   * on a PKCS#11 token), an SM2 key pair as an {@link EnvelopeAead} (SM2 wraps a fresh SM4-GCM key
   * for every write; reading needs the private key, which may stay in an SDF device).
   *
   * @throws KeyProviderException if the alias is unknown or unusable
   */
  public static Aead fromProvider(KeyProvider provider, String alias) throws KeyProviderException {
    if (provider.kindOf(alias) == KeyKind.SECRET_KEY) {
      return provider.aead(alias);
    }
    return EnvelopeAead.of(provider.sm2DecryptingKey(alias));
  }
}
