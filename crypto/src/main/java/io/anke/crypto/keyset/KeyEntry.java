package io.anke.crypto.keyset;

import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm2.Sm2PublicKey;
import io.anke.crypto.sm4.Sm4Key;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One key of a keyset: its ID, type, status, output prefix, creation time and typed material
 * ({@code key}, null once destroyed). Immutable. Material of another key type than {@code type} is
 * refused with {@link IllegalArgumentException}.
 */
record KeyEntry(
    int id, KeyType type, KeyStatus status, OutputPrefix prefix, long created, KeysetKey key) {

  KeyEntry {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(prefix, "prefix");
    if (key != null && key.type() != type) {
      throw new IllegalArgumentException(
          CryptoMessage.KEYSET_MATERIAL_TYPE.english(
              KeyInfo.formatId(id), key.type().cliName(), type.cliName()));
    }
  }

  KeyEntry withStatus(KeyStatus newStatus) {
    return new KeyEntry(
        id, type, newStatus, prefix, created, newStatus == KeyStatus.DESTROYED ? null : key);
  }

  KeyInfo info(int primaryId) {
    return new KeyInfo(
        id,
        type,
        status,
        prefix,
        id == primaryId,
        Instant.ofEpochSecond(created),
        key != null && !key.isSecret());
  }

  /**
   * The same entry with its own copy of the key object, so that destroying either leaves the other
   * intact (public keys hold no secret and are shared).
   */
  KeyEntry withOwnMaterial() {
    return new KeyEntry(id, type, status, prefix, created, key == null ? null : key.copy());
  }

  /** Destroys the secret key object, if any. */
  void destroyMaterial() {
    if (key != null) {
      key.destroy();
    }
  }

  boolean usable() {
    return status == KeyStatus.ENABLED && key != null;
  }

  /**
   * {@code body} behind this key's output prefix: {@code 0x01 ‖ id ‖ body}, or {@code body} for
   * RAW.
   */
  byte[] withOutputPrefix(byte[] body) {
    if (prefix == OutputPrefix.RAW) {
      return body;
    }
    byte[] out = Arrays.copyOf(KeyRouter.prefix(id), KeyRouter.PREFIX_LENGTH + body.length);
    System.arraycopy(body, 0, out, KeyRouter.PREFIX_LENGTH, body.length);
    return out;
  }

  /** The SM4 key of an sm4-gcm key. */
  Sm4Key sm4Key() {
    return as(KeysetKey.Sm4GcmKey.class).key();
  }

  /** The private key of an sm2 key of a secret keyset. */
  Sm2PrivateKey sm2PrivateKey() {
    return as(KeysetKey.Sm2SigningKey.class).key();
  }

  /** The public key of an sm2 key, of a secret or a public keyset. */
  Sm2PublicKey sm2PublicKey() {
    if (key instanceof KeysetKey.Sm2SigningKey k) {
      return k.key().publicKey();
    }
    return as(KeysetKey.Sm2VerifyingKey.class).key();
  }

  /** The secret of an hmac-sm3 key. */
  MacKey macKey() {
    return as(KeysetKey.HmacSm3Key.class).key();
  }

  /**
   * The material as {@code kind}; the handle checks the keyset's type before it builds a primitive,
   * so a mismatch here is a bug, reported as such.
   */
  private <K extends KeysetKey> K as(Class<K> kind) {
    if (!kind.isInstance(key)) {
      throw new IllegalStateException(
          key == null
              ? CryptoMessage.KEYSET_HOLDS_NO_MATERIAL.english(
                  KeyInfo.formatId(id), kind.getSimpleName())
              : CryptoMessage.KEYSET_HOLDS_OTHER.english(
                  KeyInfo.formatId(id), key.getClass().getSimpleName(), kind.getSimpleName()));
    }
    return kind.cast(key);
  }

  @Override
  public String toString() {
    // Never the material.
    return "KeyEntry[" + KeyInfo.formatId(id) + ", " + type + ", " + status + "]";
  }
}
