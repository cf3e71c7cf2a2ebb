package io.anke.crypto.internal;

import io.anke.crypto.sm3.internal.Sm3Engine;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * HKDF (RFC 5869, extract then expand) with HMAC-SM3: the one key-derivation function behind the
 * keys this module derives from another key (streaming segments, blind-index columns).
 */
public final class HkdfSm3 {
  private HkdfSm3() {}

  /**
   * {@code length} bytes of HKDF-SM3 output.
   *
   * @param ikm the input key material (not modified)
   * @param salt the salt, or null for none (RFC 5869: a string of 32 zero bytes)
   * @param info the context that separates one derived key from another
   */
  public static byte[] derive(byte[] ikm, byte[] salt, byte[] info, int length) {
    HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new Sm3Engine());
    byte[] out = new byte[length];
    try {
      hkdf.init(new HKDFParameters(ikm, salt, info));
      hkdf.generateBytes(out, 0, length);
      return out;
    } finally {
      // HKDF keeps the pseudorandom key in its HMAC: key it with zeros to overwrite the pads.
      hkdf.init(new HKDFParameters(new byte[16], null, null));
    }
  }
}
