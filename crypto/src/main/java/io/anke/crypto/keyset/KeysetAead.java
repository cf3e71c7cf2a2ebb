package io.anke.crypto.keyset;

import io.anke.crypto.Aead;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.sm4.Sm4Gcm;
import io.anke.crypto.sm4.Sm4Key;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SM4-GCM over a keyset. Output: {@code [0x01 ‖ key ID] ‖ nonce ‖ ciphertext ‖ tag} (the prefix
 * only for {@link OutputPrefix#KEY_ID} keys). Immutable and thread-safe.
 */
final class KeysetAead implements Aead {
  private final byte[] primaryPrefix;
  private final Aead primary;
  private final Map<Integer, KeyEntry> prefixed = new HashMap<>();
  private final Map<Integer, Aead> byId = new HashMap<>();
  private final List<Aead> raw = new ArrayList<>();

  KeysetAead(KeyEntry primaryEntry, List<KeyEntry> keys) {
    for (KeyEntry k : keys) {
      Aead a = k.usable() ? Sm4Gcm.withKey((Sm4Key) k.key()) : null;
      if (k.prefix() == OutputPrefix.KEY_ID) {
        prefixed.put(k.id(), k);
        if (a != null) {
          byId.put(k.id(), a);
        }
      } else if (a != null) {
        raw.add(a);
      }
    }
    this.primaryPrefix = primaryEntry.outputPrefix();
    this.primary = Sm4Gcm.withKey((Sm4Key) primaryEntry.key());
  }

  @Override
  public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
    byte[] body = primary.encrypt(plaintext, associatedData);
    byte[] out = Arrays.copyOf(primaryPrefix, primaryPrefix.length + body.length);
    System.arraycopy(body, 0, out, primaryPrefix.length, body.length);
    return out;
  }

  @Override
  public byte[] decrypt(byte[] ciphertext, byte[] associatedData) throws DecryptionFailedException {
    KeyEntry match = null;
    if (ciphertext.length >= 5 && ciphertext[0] == 1) {
      int id =
          ((ciphertext[1] & 0xff) << 24)
              | ((ciphertext[2] & 0xff) << 16)
              | ((ciphertext[3] & 0xff) << 8)
              | (ciphertext[4] & 0xff);
      match = prefixed.get(id);
      Aead a = byId.get(id);
      if (a != null) {
        try {
          return a.decrypt(Arrays.copyOfRange(ciphertext, 5, ciphertext.length), associatedData);
        } catch (DecryptionFailedException e) {
          // fall through: a RAW key's ciphertext may start with these bytes by chance
        }
      }
    }
    for (Aead a : raw) {
      try {
        return a.decrypt(ciphertext, associatedData);
      } catch (DecryptionFailedException e) {
        // try the next RAW key
      }
    }
    if (match != null && !match.usable()) {
      throw new KeyUnavailableException(match.id(), match.status());
    }
    if (match == null && ciphertext.length >= 5 && ciphertext[0] == 1 && raw.isEmpty()) {
      int id =
          ((ciphertext[1] & 0xff) << 24)
              | ((ciphertext[2] & 0xff) << 16)
              | ((ciphertext[3] & 0xff) << 8)
              | (ciphertext[4] & 0xff);
      throw new DecryptionFailedException(
          "no key " + KeyInfo.formatId(id) + " in this keyset (deleted, or another keyset's data)");
    }
    throw new DecryptionFailedException(null);
  }

  @Override
  public String toString() {
    return "KeysetAead[" + (prefixed.size() + raw.size()) + " keys]";
  }
}
