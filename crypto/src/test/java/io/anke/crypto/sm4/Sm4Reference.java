package io.anke.crypto.sm4;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Independent reference implementations for tests: ECB, CBC, CTR and PKCS#7 written out by hand
 * over the bare SM4 block function, and GCM/CCM through Bouncy Castle's JCA provider (a provider
 * instance passed explicitly, never registered globally).
 */
public final class Sm4Reference {
  private static final BouncyCastleProvider BC = new BouncyCastleProvider();

  private Sm4Reference() {}

  /** One raw SM4 block operation. */
  public static byte[] block(boolean encrypt, byte[] key, byte[] in) {
    SM4Engine engine = new SM4Engine();
    engine.init(encrypt, new KeyParameter(key));
    byte[] out = new byte[16];
    engine.processBlock(in, 0, out, 0);
    return out;
  }

  /** PKCS#7 padding to whole blocks: always 1 to 16 bytes. */
  public static byte[] pad(byte[] data) {
    int n = 16 - data.length % 16;
    byte[] out = Arrays.copyOf(data, data.length + n);
    Arrays.fill(out, data.length, out.length, (byte) n);
    return out;
  }

  /** ECB over whole blocks. */
  public static byte[] ecb(boolean encrypt, byte[] key, byte[] data) {
    byte[] out = new byte[data.length];
    for (int i = 0; i < data.length; i += 16) {
      System.arraycopy(block(encrypt, key, Arrays.copyOfRange(data, i, i + 16)), 0, out, i, 16);
    }
    return out;
  }

  /** CBC encryption over whole blocks. */
  public static byte[] cbcEncrypt(byte[] key, byte[] iv, byte[] data) {
    byte[] out = new byte[data.length];
    byte[] chain = iv.clone();
    for (int i = 0; i < data.length; i += 16) {
      byte[] x = new byte[16];
      for (int j = 0; j < 16; j++) {
        x[j] = (byte) (data[i + j] ^ chain[j]);
      }
      chain = block(true, key, x);
      System.arraycopy(chain, 0, out, i, 16);
    }
    return out;
  }

  /** CTR with the whole 16-byte block as a big-endian counter, as OpenSSL does. */
  public static byte[] ctr(byte[] key, byte[] iv, byte[] data) {
    byte[] out = new byte[data.length];
    byte[] counter = iv.clone();
    for (int i = 0; i < data.length; i += 16) {
      byte[] ks = block(true, key, counter);
      for (int j = 0; j < 16 && i + j < data.length; j++) {
        out[i + j] = (byte) (data[i + j] ^ ks[j]);
      }
      for (int j = 15; j >= 0; j--) {
        if (++counter[j] != 0) {
          break;
        }
      }
    }
    return out;
  }

  /** SM4-GCM or SM4-CCM (16-byte tag) through the BC JCA provider: ciphertext ‖ tag. */
  public static byte[] aeadEncrypt(String mode, byte[] key, byte[] nonce, byte[] pt, byte[] aad)
      throws GeneralSecurityException {
    Cipher c = Cipher.getInstance("SM4/" + mode + "/NoPadding", BC);
    c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "SM4"), new GCMParameterSpec(128, nonce));
    c.updateAAD(aad);
    return c.doFinal(pt);
  }
}
