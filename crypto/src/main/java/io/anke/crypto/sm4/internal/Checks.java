package io.anke.crypto.sm4.internal;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.internal.CryptoMessage;
import java.util.Objects;

/** Argument checks whose messages say what was expected and what was got, never the bytes. */
public final class Checks {
  private Checks() {}

  /**
   * Returns {@code value} when it has exactly {@code expected} bytes.
   *
   * @param what names the value in the message, e.g. {@code "SM4-CBC IV"}
   * @throws CryptoFormatException otherwise
   */
  public static byte[] length(String what, byte[] value, int expected) {
    Objects.requireNonNull(value, what);
    if (value.length != expected) {
      throw new CryptoFormatException(
          CryptoMessage.LENGTH_EXACT.text(what, expected, value.length));
    }
    return value;
  }

  /** Returns {@code value} when its length is in {@code [min, max]}; otherwise throws. */
  public static byte[] lengthBetween(String what, byte[] value, int min, int max) {
    Objects.requireNonNull(value, what);
    if (value.length < min || value.length > max) {
      throw new CryptoFormatException(
          CryptoMessage.LENGTH_BETWEEN.text(what, min, max, value.length));
    }
    return value;
  }

  /** {@code null} associated data means none. */
  public static byte[] aad(byte[] associatedData) {
    return associatedData == null ? new byte[0] : associatedData;
  }
}
