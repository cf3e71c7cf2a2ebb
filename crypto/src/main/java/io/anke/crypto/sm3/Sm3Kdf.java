package io.anke.crypto.sm3;

import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.SelfTestGate;
import io.anke.crypto.sm3.internal.Sm3Engine;
import java.util.Arrays;
import java.util.Objects;

/**
 * The key-derivation function of GB/T 32918.4-2016 §5.4.3 (also used by SM2 key exchange): {@code K
 * = SM3(Z ‖ ct₁) ‖ SM3(Z ‖ ct₂) ‖ …}, where {@code ctᵢ} is a 32-bit big-endian counter that starts
 * at 1, truncated to the requested length. Stateless and thread-safe.
 *
 * <p>This is the same function as ANSI X9.63 / KDF2 with SM3 and no shared info.
 */
public final class Sm3Kdf {
  private Sm3Kdf() {}

  /**
   * Derives {@code lengthBytes} bytes from the shared secret {@code z}.
   *
   * @param z the shared secret (for SM2 encryption: x₂ ‖ y₂)
   * @param lengthBytes how many bytes to derive; 0 gives an empty array
   * @throws IllegalArgumentException if {@code lengthBytes} is negative
   */
  public static byte[] derive(byte[] z, int lengthBytes) {
    SelfTestGate.requireNotFailed();
    Objects.requireNonNull(z, "z");
    if (lengthBytes < 0) {
      throw new IllegalArgumentException(CryptoMessage.KDF_NEGATIVE_LENGTH.english(lengthBytes));
    }
    byte[] out = new byte[lengthBytes];
    Sm3Engine digest = new Sm3Engine();
    byte[] block = new byte[Sm3.DIGEST_LENGTH];
    // The counter cannot overflow: 2^31 bytes need fewer than 2^26 blocks.
    int counter = 1;
    for (int offset = 0; offset < lengthBytes; offset += Sm3.DIGEST_LENGTH, counter++) {
      digest.update(z, 0, z.length);
      digest.update((byte) (counter >>> 24));
      digest.update((byte) (counter >>> 16));
      digest.update((byte) (counter >>> 8));
      digest.update((byte) counter);
      digest.doFinal(block, 0);
      System.arraycopy(block, 0, out, offset, Math.min(Sm3.DIGEST_LENGTH, lengthBytes - offset));
    }
    Arrays.fill(block, (byte) 0);
    return out;
  }
}
