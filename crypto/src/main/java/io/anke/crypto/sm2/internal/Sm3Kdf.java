package io.anke.crypto.sm2.internal;

import org.bouncycastle.crypto.digests.SM3Digest;

/** The key-derivation function of GB/T 32918.4 §5.4.3: SM3(Z‖ct) for ct = 1, 2, ... */
public final class Sm3Kdf {
  private Sm3Kdf() {}

  /** Derives {@code length} bytes from the concatenation of {@code parts}. */
  public static byte[] derive(int length, byte[]... parts) {
    byte[] out = new byte[length];
    byte[] block = new byte[32];
    SM3Digest digest = new SM3Digest();
    int ct = 1;
    for (int off = 0; off < length; off += 32, ct++) {
      for (byte[] p : parts) {
        digest.update(p, 0, p.length);
      }
      digest.update((byte) (ct >>> 24));
      digest.update((byte) (ct >>> 16));
      digest.update((byte) (ct >>> 8));
      digest.update((byte) ct);
      digest.doFinal(block, 0);
      System.arraycopy(block, 0, out, off, Math.min(32, length - off));
    }
    return out;
  }
}
