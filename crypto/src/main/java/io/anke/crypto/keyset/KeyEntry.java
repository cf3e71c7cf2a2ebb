package io.anke.crypto.keyset;

import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm2.Sm2PublicKey;
import io.anke.crypto.sm4.Sm4Key;
import java.time.Instant;
import java.util.Arrays;

/**
 * One key of a keyset with its material: an {@link Sm4Key}, an {@link Sm2PrivateKey}, an {@link
 * Sm2PublicKey} (public keysets) or null (destroyed). Immutable.
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
