package io.anke.crypto.keyset;

import io.anke.crypto.internal.CryptoMessage;
import java.util.Locale;
import java.util.StringJoiner;

/** The kind of key a keyset holds; all keys of one keyset have the same type. */
public enum KeyType {
  /** SM4 keys used as SM4-GCM ({@link KeysetHandle#aead()}). */
  SM4_GCM("sm4-gcm", 1),
  /** SM2 key pairs used for SM3withSM2 signatures ({@link KeysetHandle#signer()}). */
  SM2("sm2", 2),
  /**
   * 32-byte secret keys used for HMAC-SM3 message authentication ({@link KeysetHandle#mac()}), for
   * example of audit records that name the key they were authenticated under.
   */
  HMAC_SM3("hmac-sm3", 3);

  private final String cliName;
  private final int code;

  KeyType(String cliName, int code) {
    this.cliName = cliName;
    this.code = code;
  }

  /** The lowercase name used by the command line and in listings. */
  public String cliName() {
    return cliName;
  }

  int code() {
    return code;
  }

  static KeyType ofCode(int code) {
    for (KeyType t : values()) {
      if (t.code == code) {
        return t;
      }
    }
    return null;
  }

  /**
   * Parses a {@linkplain #cliName() CLI name}: {@code sm4-gcm}, {@code sm2} or {@code hmac-sm3}
   * (case-insensitive).
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static KeyType parse(String name) {
    for (KeyType t : values()) {
      if (t.cliName.equals(name.toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    StringJoiner accepted = new StringJoiner(", ");
    for (KeyType t : values()) {
      accepted.add(t.cliName);
    }
    throw new IllegalArgumentException(CryptoMessage.KEYSET_UNKNOWN_TYPE.english(name, accepted));
  }
}
