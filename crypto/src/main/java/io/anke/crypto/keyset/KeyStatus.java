package io.anke.crypto.keyset;

/** The life-cycle state of a key in a keyset. */
public enum KeyStatus {
  /** Usable: the primary is used for new data, every enabled key for existing data. */
  ENABLED(1),
  /**
   * Kept but not used: data under it is refused with {@link KeyUnavailableException} until it is
   * enabled again. The step before destroying, to find out whether anything still needs it.
   */
  DISABLED(2),
  /** The key material is gone; only the ID and metadata remain, so errors can name the key. */
  DESTROYED(3);

  private final int code;

  KeyStatus(int code) {
    this.code = code;
  }

  int code() {
    return code;
  }

  static KeyStatus ofCode(int code) {
    for (KeyStatus s : values()) {
      if (s.code == code) {
        return s;
      }
    }
    return null;
  }
}
