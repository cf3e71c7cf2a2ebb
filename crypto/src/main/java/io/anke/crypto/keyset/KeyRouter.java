package io.anke.crypto.keyset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the keys that may have made a keyset output ({@code [0x01 ‖ key ID] ‖ body}): the enabled
 * key its key-ID prefix names, then every enabled RAW key. Shared by {@link KeysetAead}, {@link
 * KeysetVerifier} and {@link KeysetMac}, which differ only in the primitive {@code T} built per
 * key. Immutable.
 */
final class KeyRouter<T> {
  /** Length of the key-ID prefix: the byte {@code 0x01} and the 4-byte key ID. */
  static final int PREFIX_LENGTH = 5;

  private static final byte KEY_ID_MARKER = 1;

  private final Map<Integer, KeyEntry> prefixed = new HashMap<>();
  private final Map<Integer, T> usableById = new HashMap<>();
  private final List<T> raw = new ArrayList<>();

  /** Builds {@code primitive} for every usable (enabled, not destroyed) key. */
  KeyRouter(List<KeyEntry> keys, Function<KeyEntry, T> primitive) {
    for (KeyEntry k : keys) {
      T p = k.usable() ? primitive.apply(k) : null;
      if (k.prefix() == OutputPrefix.KEY_ID) {
        prefixed.put(k.id(), k);
        if (p != null) {
          usableById.put(k.id(), p);
        }
      } else if (p != null) {
        raw.add(p);
      }
    }
  }

  /** {@code 0x01 ‖ id}: the key-ID prefix of key {@code id}. */
  static byte[] prefix(int id) {
    return new byte[] {
      KEY_ID_MARKER, (byte) (id >>> 24), (byte) (id >>> 16), (byte) (id >>> 8), (byte) id
    };
  }

  /** The key ID that {@code output} names in a key-ID prefix, or null if it has none. */
  static Integer prefixedId(byte[] output) {
    if (output.length < PREFIX_LENGTH || output[0] != KEY_ID_MARKER) {
      return null;
    }
    return ((output[1] & 0xff) << 24)
        | ((output[2] & 0xff) << 16)
        | ((output[3] & 0xff) << 8)
        | (output[4] & 0xff);
  }

  /** {@code output} without its key-ID prefix. */
  static byte[] body(byte[] output) {
    return Arrays.copyOfRange(output, PREFIX_LENGTH, output.length);
  }

  /** The primitive of the usable key-ID key {@code id}, or null. */
  T usable(int id) {
    return usableById.get(id);
  }

  /** The primitives of the usable RAW keys, to be tried in turn. */
  List<T> raw() {
    return raw;
  }

  /** True if key {@code id} is a key-ID key of this keyset, usable or not. */
  boolean knows(int id) {
    return prefixed.containsKey(id);
  }

  /**
   * Throws if {@code id} names a key of this keyset that is disabled or destroyed: "invalid" or
   * "decryption failed" would then mislead.
   */
  void requireNotUnavailable(Integer id) throws KeyUnavailableException {
    KeyEntry match = id == null ? null : prefixed.get(id);
    if (match != null && !match.usable()) {
      throw new KeyUnavailableException(match.id(), match.status());
    }
  }

  /** The number of key-ID and usable RAW keys, for {@code toString}. */
  int size() {
    return prefixed.size() + raw.size();
  }
}
