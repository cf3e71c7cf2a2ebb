package io.anke.crypto.keyset;

import io.anke.crypto.Aead;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.sm4.Sm4Gcm;
import java.util.List;

/**
 * SM4-GCM over a keyset. Output: {@code [0x01 ‖ key ID] ‖ nonce ‖ ciphertext ‖ tag} (the prefix
 * only for {@link OutputPrefix#KEY_ID} keys). Immutable and thread-safe.
 */
final class KeysetAead implements Aead {
  private final KeyEntry primaryEntry;
  private final Aead primary;
  private final KeyRouter<Aead> router;

  KeysetAead(KeyEntry primaryEntry, List<KeyEntry> keys) {
    this.router = new KeyRouter<>(keys, KeysetAead::sm4Gcm);
    this.primaryEntry = primaryEntry;
    this.primary = sm4Gcm(primaryEntry);
  }

  private static Aead sm4Gcm(KeyEntry k) {
    return Sm4Gcm.withKey(k.sm4Key());
  }

  @Override
  public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
    return primaryEntry.withOutputPrefix(primary.encrypt(plaintext, associatedData));
  }

  @Override
  public byte[] decrypt(byte[] ciphertext, byte[] associatedData) throws DecryptionFailedException {
    Integer id = KeyRouter.prefixedId(ciphertext);
    if (id != null) {
      Aead a = router.usable(id);
      if (a != null) {
        try {
          return a.decrypt(KeyRouter.body(ciphertext), associatedData);
        } catch (DecryptionFailedException e) {
          // fall through: a RAW key's ciphertext may start with these bytes by chance
        }
      }
    }
    for (Aead a : router.raw()) {
      try {
        return a.decrypt(ciphertext, associatedData);
      } catch (DecryptionFailedException e) {
        // try the next RAW key
      }
    }
    router.requireNotUnavailable(id);
    if (id != null && !router.knows(id) && router.raw().isEmpty()) {
      throw new DecryptionFailedException(
          CryptoMessage.KEYSET_NO_KEY_FOR_DATA.text(KeyInfo.formatId(id)));
    }
    throw new DecryptionFailedException();
  }

  @Override
  public String toString() {
    return "KeysetAead[" + router.size() + " keys]";
  }
}
