package io.anke.crypto.provider.internal;

import io.anke.crypto.Aead;
import io.anke.crypto.Bilingual;
import io.anke.crypto.KeyDestroyedException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.provider.KeyKind;
import io.anke.crypto.provider.KeyProviderException;
import io.anke.crypto.provider.Sm2DecryptingKeyHandle;
import io.anke.crypto.provider.Sm2KeyHandle;
import io.anke.crypto.provider.Sm2SigningKeyHandle;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.security.auth.DestroyFailedException;
import javax.security.auth.Destroyable;

/**
 * An immutable alias → key table with the lookups and error messages that every table-backed
 * provider shares.
 */
public final class KeyEntries {

  /**
   * One alias: either an SM2 key (with its chain) that signs, decrypts or both, or a symmetric
   * key's AEAD. Of {@code signing} and {@code decrypting}, null means the key cannot do that.
   */
  public record Entry(
      KeyKind kind,
      Sm2SigningKeyHandle signing,
      Sm2DecryptingKeyHandle decrypting,
      List<X509Certificate> chain,
      Aead aead) {
    /** An SM2 key pair that signs and decrypts. */
    public static Entry sm2(Sm2KeyHandle key, List<X509Certificate> chain) {
      return new Entry(KeyKind.SM2_KEY_PAIR, key, key, List.copyOf(chain), null);
    }

    /** An SM2 key that only signs (the signing key pair of a device). */
    public static Entry sm2Signing(Sm2SigningKeyHandle key, List<X509Certificate> chain) {
      return new Entry(KeyKind.SM2_KEY_PAIR, key, null, List.copyOf(chain), null);
    }

    /** An SM2 key that only decrypts (the encryption key pair of a device). */
    public static Entry sm2Decrypting(Sm2DecryptingKeyHandle key, List<X509Certificate> chain) {
      return new Entry(KeyKind.SM2_KEY_PAIR, null, key, List.copyOf(chain), null);
    }

    /** A symmetric key entry. */
    public static Entry secret(Aead aead) {
      return new Entry(KeyKind.SECRET_KEY, null, null, List.of(), aead);
    }
  }

  private final Bilingual description;
  private final Map<String, Entry> entries;
  private final List<Destroyable> owned;
  private volatile boolean destroyed;

  /** Copies {@code entries}, keeping their order; the keys belong to the caller. */
  public KeyEntries(String description, Map<String, Entry> entries) {
    this(description, entries, List.of());
  }

  /**
   * Copies {@code entries}, keeping their order; {@code owned} are the key objects the provider
   * made itself (read from files or keystores), which {@link #destroy()} destroys.
   */
  public KeyEntries(String description, Map<String, Entry> entries, List<Destroyable> owned) {
    this(CryptoMessage.VERBATIM.text(description), entries, owned);
  }

  /**
   * As {@link #KeyEntries(String, Map, List)}, with a description that reads in either language.
   */
  public KeyEntries(Bilingual description, Map<String, Entry> entries, List<Destroyable> owned) {
    this.description = description;
    this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    this.owned = List.copyOf(owned);
  }

  /** Destroys the owned keys; every later lookup throws {@link KeyDestroyedException}. */
  public void destroy() throws DestroyFailedException {
    destroyed = true;
    for (Destroyable d : owned) {
      d.destroy();
    }
  }

  public boolean isDestroyed() {
    return destroyed;
  }

  /**
   * The aliases, or "destroyed"; never throws, so that a destroyed provider can still be logged.
   */
  @Override
  public String toString() {
    return destroyed ? "[destroyed]" : entries.keySet().toString();
  }

  /** The description in English. */
  public String description() {
    return description.messageIn(Locale.ENGLISH);
  }

  public List<String> aliases() {
    if (destroyed) {
      throw new KeyDestroyedException(description);
    }
    return new ArrayList<>(entries.keySet());
  }

  public Entry get(String alias) throws KeyProviderException {
    if (destroyed) {
      throw new KeyDestroyedException(description);
    }
    Entry e = alias == null ? null : entries.get(alias);
    if (e == null) {
      throw new KeyProviderException(
          entries.isEmpty()
              ? CryptoMessage.PROVIDER_NO_SUCH_KEY_EMPTY.text(description, alias)
              : CryptoMessage.PKCS11_NO_SUCH_KEY.text(
                  description, alias, String.join(", ", entries.keySet())));
    }
    return e;
  }

  /** The SM2 key pair under {@code alias} when it both signs and decrypts. */
  public Sm2KeyHandle sm2(String alias) throws KeyProviderException {
    Entry e = sm2Entry(alias);
    if (e.signing() instanceof Sm2KeyHandle both && e.decrypting() == both) {
      return both;
    }
    throw new KeyProviderException(
        (e.signing() != null
                ? CryptoMessage.PROVIDER_KEY_ONLY_SIGNS
                : CryptoMessage.PROVIDER_KEY_ONLY_DECRYPTS)
            .text(description, alias));
  }

  /** The SM2 key under {@code alias} when it signs. */
  public Sm2SigningKeyHandle sm2Signing(String alias) throws KeyProviderException {
    Entry e = sm2Entry(alias);
    if (e.signing() == null) {
      throw new KeyProviderException(
          CryptoMessage.PROVIDER_KEY_CANNOT_SIGN.text(description, alias));
    }
    return e.signing();
  }

  /** The SM2 key under {@code alias} when it decrypts. */
  public Sm2DecryptingKeyHandle sm2Decrypting(String alias) throws KeyProviderException {
    Entry e = sm2Entry(alias);
    if (e.decrypting() == null) {
      throw new KeyProviderException(
          CryptoMessage.PROVIDER_KEY_CANNOT_DECRYPT.text(description, alias));
    }
    return e.decrypting();
  }

  private Entry sm2Entry(String alias) throws KeyProviderException {
    Entry e = get(alias);
    if (e.kind() != KeyKind.SM2_KEY_PAIR) {
      throw new KeyProviderException(CryptoMessage.PROVIDER_KEY_NOT_SM2.text(description, alias));
    }
    return e;
  }

  public Aead aead(String alias) throws KeyProviderException {
    Entry e = get(alias);
    if (e.kind() != KeyKind.SECRET_KEY) {
      throw new KeyProviderException(
          CryptoMessage.PROVIDER_KEY_NOT_SYMMETRIC.text(description, alias));
    }
    return e.aead();
  }
}
