package io.anke.crypto.provider.internal;

import io.anke.crypto.Aead;
import io.anke.crypto.KeyDestroyedException;
import io.anke.crypto.provider.KeyKind;
import io.anke.crypto.provider.KeyProviderException;
import io.anke.crypto.provider.Sm2KeyHandle;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.security.auth.DestroyFailedException;
import javax.security.auth.Destroyable;

/**
 * An immutable alias → key table with the lookups and error messages that every table-backed
 * provider shares.
 */
public final class KeyEntries {

  /** One alias: either an SM2 key pair (with its chain) or a symmetric key's AEAD. */
  public record Entry(KeyKind kind, Sm2KeyHandle sm2, List<X509Certificate> chain, Aead aead) {
    /** An SM2 key pair entry. */
    public static Entry sm2(Sm2KeyHandle key, List<X509Certificate> chain) {
      return new Entry(KeyKind.SM2_KEY_PAIR, key, List.copyOf(chain), null);
    }

    /** A symmetric key entry. */
    public static Entry secret(Aead aead) {
      return new Entry(KeyKind.SECRET_KEY, null, List.of(), aead);
    }
  }

  private final String description;
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

  public String description() {
    return description;
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
          description
              + ": no key named '"
              + alias
              + "'"
              + (entries.isEmpty()
                  ? " (it holds no keys)"
                  : " (it holds: " + String.join(", ", entries.keySet()) + ")"));
    }
    return e;
  }

  public Sm2KeyHandle sm2(String alias) throws KeyProviderException {
    Entry e = get(alias);
    if (e.kind() != KeyKind.SM2_KEY_PAIR) {
      throw new KeyProviderException(
          description + ": key '" + alias + "' is a symmetric key, not an SM2 key pair");
    }
    return e.sm2();
  }

  public Aead aead(String alias) throws KeyProviderException {
    Entry e = get(alias);
    if (e.kind() != KeyKind.SECRET_KEY) {
      throw new KeyProviderException(
          description + ": key '" + alias + "' is an SM2 key pair, not a symmetric key");
    }
    return e.aead();
  }
}
