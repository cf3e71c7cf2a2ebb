package io.anke.crypto.sm4.internal;

import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Anke's SM4 block function behind Bouncy Castle's {@link BlockCipher} interface, on a key's
 * precomputed round keys, so that Bouncy Castle's modes (CCM, and CBC and CTR over streams) run on
 * it. The key is fixed at construction: {@link #init} only chooses the direction, and the modes are
 * given {@link #precomputed()} as their key parameter. One instance per operation. Every block
 * checks that the key is still live, so a stream whose key is destroyed midway stops with {@link
 * io.anke.crypto.KeyDestroyedException} instead of writing output under zeroed round keys.
 */
final class Sm4BlockCipher implements BlockCipher {
  private static final KeyParameter PRECOMPUTED = new KeyParameter(new byte[Sm4Core.BLOCK]);

  private final Sm4State key;
  private int[] rk;

  Sm4BlockCipher(Sm4State key) {
    this.key = key;
    this.rk = key.encrypt;
  }

  /** The placeholder key parameter for a mode over this cipher: its bytes are never used. */
  static KeyParameter precomputed() {
    return PRECOMPUTED;
  }

  @Override
  public void init(boolean forEncryption, CipherParameters params) {
    rk = forEncryption ? key.encrypt : key.decrypt;
  }

  @Override
  public String getAlgorithmName() {
    return "SM4";
  }

  @Override
  public int getBlockSize() {
    return Sm4Core.BLOCK;
  }

  @Override
  public int processBlock(byte[] in, int inOff, byte[] out, int outOff) {
    Sm4Core.crypt(rk, in, inOff, out, outOff);
    if (key.isWiped()) {
      // The key was destroyed meanwhile: this block may have been computed from zeroed round keys,
      // which a stream would otherwise go on writing (ciphertext under a known key).
      java.util.Arrays.fill(out, outOff, outOff + Sm4Core.BLOCK, (byte) 0);
      key.live();
    }
    return Sm4Core.BLOCK;
  }

  @Override
  public void reset() {}
}
