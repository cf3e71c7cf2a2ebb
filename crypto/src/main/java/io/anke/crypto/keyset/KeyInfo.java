package io.anke.crypto.keyset;

import io.anke.crypto.internal.CryptoMessage;
import java.time.Instant;
import java.util.Locale;

/**
 * What a keyset says about one key, without its material.
 *
 * @param id the key ID (a random non-zero 32-bit value, shown as {@code 0x} and 8 hex digits)
 * @param type the key type
 * @param status enabled, disabled or destroyed
 * @param outputPrefix whether output carries the key ID
 * @param primary whether new data is encrypted or signed with this key
 * @param created when the key was generated or imported (to the second)
 * @param publicOnly true for an SM2 key of a public keyset (verification only)
 */
public record KeyInfo(
    int id,
    KeyType type,
    KeyStatus status,
    OutputPrefix outputPrefix,
    boolean primary,
    Instant created,
    boolean publicOnly) {

  /** The ID as {@code 0x1a2b3c4d}. */
  public String idHex() {
    return formatId(id);
  }

  /** Formats a key ID as {@code 0x} and 8 lowercase hex digits. */
  public static String formatId(int id) {
    return String.format(Locale.ROOT, "0x%08x", id);
  }

  /**
   * Parses a key ID written as hex, with or without {@code 0x} ({@code 0x1a2b3c4d}, {@code
   * 1a2b3c4d}).
   *
   * @throws IllegalArgumentException if it is not 1 to 8 hex digits
   */
  public static int parseId(String text) {
    String t = text.strip();
    if (t.startsWith("0x") || t.startsWith("0X")) {
      t = t.substring(2);
    }
    if (t.isEmpty() || t.length() > 8 || !t.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw new IllegalArgumentException(CryptoMessage.KEYSET_BAD_KEY_ID.english(text));
    }
    return Integer.parseUnsignedInt(t, 16);
  }
}
