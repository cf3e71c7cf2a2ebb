package io.anke.crypto.keyset;

import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm2.Sm2PublicKey;
import io.anke.crypto.sm4.Sm4Key;
import java.time.Instant;
import java.util.Arrays;

/**
 * One key of a keyset with its material: an {@link Sm4Key}, an {@link Sm2PrivateKey}, an {@link
 * Sm2PublicKey} (public keysets), a {@link MacKey} or null (destroyed). Immutable.
 */
record KeyEntry(
    int id, KeyType type, KeyStatus status, OutputPrefix prefix, long created, Object key) {

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
        key instanceof Sm2PublicKey);
  }

  /**
   * The same entry with its own copy of the key object, so that destroying either leaves the other
   * intact (public keys hold no secret and are shared).
   */
  KeyEntry withOwnMaterial() {
    Object copy;
    if (key instanceof Sm4Key s) {
      byte[] b = s.toBytes();
      try {
        copy = Sm4Key.fromBytes(b);
      } finally {
        Arrays.fill(b, (byte) 0);
      }
    } else if (key instanceof Sm2PrivateKey p) {
      byte[] d = p.exportRaw();
      try {
        copy = Sm2PrivateKey.fromRaw(d);
      } finally {
        Arrays.fill(d, (byte) 0);
      }
    } else if (key instanceof MacKey m) {
      copy = m.copy();
    } else {
      copy = key;
    }
    return new KeyEntry(id, type, status, prefix, created, copy);
  }

  /** Destroys the secret key object, if any. */
  void destroyMaterial() {
    if (key instanceof Sm4Key s) {
      s.destroy();
    } else if (key instanceof Sm2PrivateKey p) {
      p.destroy();
    } else if (key instanceof MacKey m) {
      m.destroy();
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

  Sm2PublicKey sm2PublicKey() {
    if (key instanceof Sm2PrivateKey k) {
      return k.publicKey();
    }
    return (Sm2PublicKey) key;
  }

  @Override
  public String toString() {
    // Never the material.
    return "KeyEntry[" + KeyInfo.formatId(id) + ", " + type + ", " + status + "]";
  }
}
