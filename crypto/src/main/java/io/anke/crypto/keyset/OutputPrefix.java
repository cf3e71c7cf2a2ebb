package io.anke.crypto.keyset;

/** What a keyset puts in front of each ciphertext or signature made with a key. */
public enum OutputPrefix {
  /**
   * {@code 0x01 ‖ key ID (4 bytes, big-endian)}: the layout of Tink's TINK prefix. Decryption and
   * verification find the key directly, so data stays readable after rotation. The default.
   */
  KEY_ID(1),
  /**
   * No prefix: output exactly as the primitive writes it ({@code Sm4Gcm}: nonce ‖ ciphertext ‖ tag;
   * SM2: a DER signature), for exchange with software that knows nothing of keysets. Decryption
   * tries every enabled RAW key.
   */
  RAW(2);

  private final int code;

  OutputPrefix(int code) {
    this.code = code;
  }

  int code() {
    return code;
  }

  static OutputPrefix ofCode(int code) {
    for (OutputPrefix p : values()) {
      if (p.code == code) {
        return p;
      }
    }
    return null;
  }
}
