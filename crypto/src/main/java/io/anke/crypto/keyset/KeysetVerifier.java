package io.anke.crypto.keyset;

import io.anke.crypto.sm2.Sm2Verifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Verifies signatures made by a {@link KeysetSigner} of the same keyset, or by any of its RAW keys.
 * Immutable and thread-safe.
 */
public final class KeysetVerifier {
  private final Map<Integer, KeyEntry> prefixed = new HashMap<>();
  private final Map<Integer, Sm2Verifier> byId = new HashMap<>();
  private final List<Sm2Verifier> raw = new ArrayList<>();

  KeysetVerifier(List<KeyEntry> keys, byte[] id) {
    for (KeyEntry k : keys) {
      Sm2Verifier v = k.usable() ? new Sm2Verifier(k.sm2PublicKey()).withId(id) : null;
      if (k.prefix() == OutputPrefix.KEY_ID) {
        prefixed.put(k.id(), k);
        if (v != null) {
          byId.put(k.id(), v);
        }
      } else if (v != null) {
        raw.add(v);
      }
    }
  }

  /**
   * True if {@code signature} is valid for {@code message} under a key of this keyset.
   *
   * @throws KeyUnavailableException if the signature names a disabled or destroyed key (and no RAW
   *     key verifies it): the answer would otherwise be a misleading "invalid"
   */
  public boolean verify(byte[] message, byte[] signature) throws KeyUnavailableException {
    KeyEntry match = null;
    if (signature.length >= 5 && signature[0] == 1) {
      int id =
          ((signature[1] & 0xff) << 24)
              | ((signature[2] & 0xff) << 16)
              | ((signature[3] & 0xff) << 8)
              | (signature[4] & 0xff);
      match = prefixed.get(id);
      Sm2Verifier v = byId.get(id);
      if (v != null && v.verify(message, Arrays.copyOfRange(signature, 5, signature.length))) {
        return true;
      }
    }
    for (Sm2Verifier v : raw) {
      if (v.verify(message, signature)) {
        return true;
      }
    }
    if (match != null && !match.usable()) {
      throw new KeyUnavailableException(match.id(), match.status());
    }
    return false;
  }

  @Override
  public String toString() {
    return "KeysetVerifier[" + (prefixed.size() + raw.size()) + " keys]";
  }
}
