package io.anke.crypto.provider;

import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.provider.internal.KeyEntries;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm4.Sm4Gcm;
import io.anke.crypto.sm4.Sm4Key;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keys held in this process, for tests and for applications that obtain key material by other
 * means. Immutable; build it with {@link #builder()}.
 */
public final class InMemoryKeyProvider extends EntryBackedKeyProvider {

  private InMemoryKeyProvider(KeyEntries entries) {
    super(entries);
  }

  /** A builder for a provider with the given keys. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects keys; aliases must be unique. */
  public static final class Builder {
    private final Map<String, KeyEntries.Entry> entries = new LinkedHashMap<>();
    private String description = "in-memory key provider";

    private Builder() {}

    /** Names the provider in messages. */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description);
      return this;
    }

    /** Adds an SM2 key pair and its certificate chain (leaf first, may be empty). */
    public Builder sm2(String alias, Sm2PrivateKey key, List<X509Certificate> chain) {
      return put(alias, KeyEntries.Entry.sm2(Sm2KeyHandle.of(key), chain));
    }

    /** Adds an SM2 key pair without certificates. */
    public Builder sm2(String alias, Sm2PrivateKey key) {
      return sm2(alias, key, List.of());
    }

    /** Adds an SM2 key held elsewhere (a device handle). */
    public Builder sm2(String alias, Sm2KeyHandle key, List<X509Certificate> chain) {
      return put(alias, KeyEntries.Entry.sm2(Objects.requireNonNull(key), chain));
    }

    /** Adds an SM4 key, used as SM4-GCM. */
    public Builder sm4(String alias, Sm4Key key) {
      return put(alias, KeyEntries.Entry.secret(Sm4Gcm.withKey(key)));
    }

    private Builder put(String alias, KeyEntries.Entry entry) {
      Objects.requireNonNull(alias, "alias");
      if (entries.putIfAbsent(alias, entry) != null) {
        throw new IllegalArgumentException(CryptoMessage.PKCS12_DUPLICATE_ALIAS.english(alias));
      }
      return this;
    }

    /** The provider. */
    public InMemoryKeyProvider build() {
      return new InMemoryKeyProvider(new KeyEntries(description, entries));
    }
  }
}
