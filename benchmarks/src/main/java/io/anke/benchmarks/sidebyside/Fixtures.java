package io.anke.benchmarks.sidebyside;

import io.anke.crypto.Hex;
import java.security.Provider;
import java.security.Security;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.modes.SICBlockCipher;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * What every library of a workload shares: the same keys and the same data, and the reference
 * outputs of Bouncy Castle's lightweight API that the self-checks compare Anke with.
 */
final class Fixtures {
  /** The SM4 key of every SM4 workload (the key of GB/T 32907-2016's example). */
  static final byte[] SM4_KEY = Hex.decode("0123456789abcdeffedcba9876543210");

  /** The AES-128 key of the JDK reference. */
  static final byte[] AES_KEY = Hex.decode("000102030405060708090a0b0c0d0e0f");

  /** The HMAC key (32 bytes) of HMAC-SM3 and the JDK's HMAC-SHA256. */
  static final byte[] HMAC_KEY =
      Hex.decode("4b6579206f662074686520484d41432d534d3320776f726b6c6f61642e2e2e21");

  /** The SM2 private key d of every SM2 workload (the signing example of GM/T 0003.5). */
  static final String SM2_D = "3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8";

  /** Fixed IV and nonce, only for the deterministic self-checks; benchmarks draw fresh ones. */
  static final byte[] CHECK_IV = Hex.decode("000102030405060708090a0b0c0d0e0f");

  static final byte[] CHECK_NONCE = Hex.decode("cafebabefacedbaddecaf888");

  private Fixtures() {}

  /** {@code size} bytes of pseudo-random data, the same for every library and every fork. */
  static byte[] data(int size) {
    byte[] b = new byte[size];
    SplittableRandom r = new SplittableRandom(0x5eed_0000L + size);
    for (int i = 0; i < size; i++) {
      b[i] = (byte) r.nextInt(256);
    }
    return b;
  }

  /** Fails the trial (JMH reports the exception) when a self-check does not hold. */
  static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("side-by-side self-check failed: " + what);
    }
  }

  static void checkEqual(byte[] actual, byte[] expected, String what) {
    check(Arrays.equals(actual, expected), what);
  }

  /** Tencent Kona's provider: it finds itself by name inside its own code, so it is registered. */
  static Provider kona() {
    Provider p;
    try {
      p =
          (Provider)
              Class.forName("com.tencent.kona.crypto.KonaCryptoProvider")
                  .getDeclaredConstructor()
                  .newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Kona provider not on the class path", e);
    }
    Provider registered = Security.getProvider(p.getName());
    if (registered != null) {
      return registered;
    }
    Security.addProvider(p);
    return p;
  }

  // ---- Bouncy Castle's lightweight API: the reference outputs of the self-checks

  static byte[] bcSm3(byte[] data) {
    SM3Digest d = new SM3Digest();
    d.update(data, 0, data.length);
    byte[] out = new byte[32];
    d.doFinal(out, 0);
    return out;
  }

  static byte[] bcHmacSm3(byte[] key, byte[] data) {
    HMac mac = new HMac(new SM3Digest());
    mac.init(new KeyParameter(key));
    mac.update(data, 0, data.length);
    byte[] out = new byte[32];
    mac.doFinal(out, 0);
    return out;
  }

  static byte[] bcSm4Cbc(byte[] iv, byte[] data) {
    PaddedBufferedBlockCipher c =
        new PaddedBufferedBlockCipher(
            CBCBlockCipher.newInstance(new SM4Engine()), new PKCS7Padding());
    c.init(true, new ParametersWithIV(new KeyParameter(SM4_KEY), iv));
    byte[] out = new byte[c.getOutputSize(data.length)];
    try {
      int n = c.processBytes(data, 0, data.length, out, 0);
      c.doFinal(out, n);
    } catch (org.bouncycastle.crypto.InvalidCipherTextException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  static byte[] bcSm4Ctr(byte[] iv, byte[] data) {
    var c = SICBlockCipher.newInstance(new SM4Engine());
    c.init(true, new ParametersWithIV(new KeyParameter(SM4_KEY), iv));
    byte[] out = new byte[data.length];
    c.processBytes(data, 0, data.length, out, 0);
    return out;
  }

  /** Ciphertext ‖ tag, without the nonce. */
  static byte[] bcSm4Gcm(byte[] nonce, byte[] data) {
    GCMModeCipher c = GCMBlockCipher.newInstance(new SM4Engine());
    c.init(true, new AEADParameters(new KeyParameter(SM4_KEY), 128, nonce));
    byte[] out = new byte[c.getOutputSize(data.length)];
    try {
      int n = c.processBytes(data, 0, data.length, out, 0);
      c.doFinal(out, n);
    } catch (org.bouncycastle.crypto.InvalidCipherTextException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
