package io.anke.crypto.provider;

import io.anke.crypto.Aead;
import io.anke.crypto.provider.internal.KeyEntries;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.security.auth.DestroyFailedException;
import javax.security.auth.Destroyable;

/**
 * The part every provider shares once its keys are loaded: lookups by alias in one immutable set of
 * entries. Each provider only differs in how it loads them.
 *
 * <p>{@link #destroy()} overwrites the secrets the provider made itself (keys read from files or a
 * keystore, device access passwords); keys handed to an {@link InMemoryKeyProvider} stay the
 * caller's to destroy. Afterwards every lookup throws {@link io.anke.crypto.KeyDestroyedException},
 * and so does every use of a handle or AEAD obtained earlier from a destroyed key.
 */
abstract class EntryBackedKeyProvider implements KeyProvider, Destroyable {
  private final KeyEntries entries;

  EntryBackedKeyProvider(KeyEntries entries) {
    this.entries = entries;
  }

  @Override
  public String description() {
    return entries.description();
  }

  @Override
  public List<String> aliases() {
    return entries.aliases();
  }

  @Override
  public KeyKind kindOf(String alias) throws KeyProviderException {
    return entries.get(alias).kind();
  }

  @Override
  public Sm2KeyHandle sm2Key(String alias) throws KeyProviderException {
    return entries.sm2(alias);
  }

  @Override
  public Sm2SigningKeyHandle sm2SigningKey(String alias) throws KeyProviderException {
    return entries.sm2Signing(alias);
  }

  @Override
  public Sm2DecryptingKeyHandle sm2DecryptingKey(String alias) throws KeyProviderException {
    return entries.sm2Decrypting(alias);
  }

  @Override
  public List<X509Certificate> certificateChain(String alias) throws KeyProviderException {
    return entries.get(alias).chain();
  }

  @Override
  public Aead aead(String alias) throws KeyProviderException {
    return entries.aead(alias);
  }

  @Override
  public void destroy() throws DestroyFailedException {
    entries.destroy();
  }

  @Override
  public boolean isDestroyed() {
    return entries.isDestroyed();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + entries;
  }
}
