package io.anke.benchmarks.sidebyside;

import cn.hutool.crypto.Mode;
import cn.hutool.crypto.Padding;
import cn.hutool.crypto.symmetric.SM4;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.sm4.Sm4Key;
import io.anke.crypto.sm4.interop.Sm4Cbc;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * SM4-CBC with PKCS#7 padding over 64 B, 1 KiB and 1 MiB. Encryption draws a fresh 16-byte IV from
 * a {@link SecureRandom} per message (Anke's CBC takes the IV from its caller, so the caller draws
 * it, as every peer's caller does); decryption reads a ciphertext made once under a fixed IV. The
 * JDK reference is AES-128-CBC.
 */
public class Sm4CbcBenchmark extends SideBySideBenchmark {
  static final int IV = 16;

  /** What every library's state holds: the data and a ciphertext of it made by Bouncy Castle. */
  @State(Scope.Thread)
  public abstract static class Common {
    @Param({"64", "1024", "1048576"})
    int size;

    final SecureRandom random = new SecureRandom();
    byte[] data;
    byte[] ciphertext;

    void common() {
      data = Fixtures.data(size);
      ciphertext = Fixtures.bcSm4Cbc(Fixtures.CHECK_IV, data);
    }

    byte[] freshIv() {
      byte[] iv = new byte[IV];
      random.nextBytes(iv);
      return iv;
    }
  }

  /** Anke: one {@link Sm4Cbc} per key. */
  @State(Scope.Thread)
  public static class Anke extends Common {
    Sm4Cbc cbc;

    @Setup
    public void setUp() throws DecryptionFailedException {
      common();
      cbc = Sm4Cbc.withKey(Sm4Key.fromBytes(Fixtures.SM4_KEY));
      Fixtures.checkEqual(
          cbc.encrypt(Fixtures.CHECK_IV, data), ciphertext, "SM4-CBC: Anke encrypts as BC");
      Fixtures.checkEqual(
          cbc.decrypt(Fixtures.CHECK_IV, ciphertext), data, "SM4-CBC: Anke decrypts BC");
    }
  }

  /**
   * Bouncy Castle: one padded CBC cipher per direction, keyed once; each message re-initialises
   * only the IV ({@code ParametersWithIV(null, iv)} keeps the key schedule).
   */
  @State(Scope.Thread)
  public static class Bc extends Common {
    final PaddedBufferedBlockCipher enc =
        new PaddedBufferedBlockCipher(
            CBCBlockCipher.newInstance(new SM4Engine()), new PKCS7Padding());
    final PaddedBufferedBlockCipher dec =
        new PaddedBufferedBlockCipher(
            CBCBlockCipher.newInstance(new SM4Engine()), new PKCS7Padding());

    @Setup
    public void setUp() throws InvalidCipherTextException {
      common();
      KeyParameter key = new KeyParameter(Fixtures.SM4_KEY);
      enc.init(true, new ParametersWithIV(key, Fixtures.CHECK_IV));
      dec.init(false, new ParametersWithIV(key, Fixtures.CHECK_IV));
      Fixtures.checkEqual(encrypt(Fixtures.CHECK_IV), ciphertext, "SM4-CBC: BC reused = BC");
      Fixtures.checkEqual(decrypt(), data, "SM4-CBC: BC reused decrypts");
    }

    byte[] encrypt(byte[] iv) throws InvalidCipherTextException {
      enc.init(true, new ParametersWithIV(null, iv));
      byte[] out = new byte[enc.getOutputSize(data.length)];
      int n = enc.processBytes(data, 0, data.length, out, 0);
      enc.doFinal(out, n);
      return out;
    }

    byte[] decrypt() throws InvalidCipherTextException {
      dec.init(false, new ParametersWithIV(null, Fixtures.CHECK_IV));
      byte[] out = new byte[dec.getOutputSize(ciphertext.length)];
      int n = dec.processBytes(ciphertext, 0, ciphertext.length, out, 0);
      n += dec.doFinal(out, n);
      return n == out.length ? out : Arrays.copyOf(out, n);
    }
  }

  /** A JCA provider's cipher, one instance per direction, initialised per message with its IV. */
  @State(Scope.Thread)
  public abstract static class Jca extends Common {
    Cipher enc;
    Cipher dec;
    SecretKeySpec key;

    void jca(Cipher enc, Cipher dec, SecretKeySpec key) {
      this.enc = enc;
      this.dec = dec;
      this.key = key;
    }

    byte[] encrypt(byte[] iv) throws GeneralSecurityException {
      enc.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
      return enc.doFinal(data);
    }

    byte[] decrypt(byte[] iv, byte[] c) throws GeneralSecurityException {
      dec.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(iv));
      return dec.doFinal(c);
    }
  }

  /** Kona: {@code Cipher "SM4/CBC/PKCS7Padding"}. */
  @State(Scope.Thread)
  public static class Kona extends Jca {
    @Setup
    public void setUp() throws GeneralSecurityException {
      common();
      String t = "SM4/CBC/PKCS7Padding";
      jca(
          Cipher.getInstance(t, Fixtures.kona()),
          Cipher.getInstance(t, Fixtures.kona()),
          new SecretKeySpec(Fixtures.SM4_KEY, "SM4"));
      Fixtures.checkEqual(encrypt(Fixtures.CHECK_IV), ciphertext, "SM4-CBC: Kona = BC");
      Fixtures.checkEqual(decrypt(Fixtures.CHECK_IV, ciphertext), data, "SM4-CBC: Kona decrypts");
    }
  }

  /** The JDK's AES-128-CBC (AES-NI), {@code AES/CBC/PKCS5Padding}. */
  @State(Scope.Thread)
  public static class Jdk extends Jca {
    @Setup
    public void setUp() throws GeneralSecurityException {
      data = Fixtures.data(size);
      String t = "AES/CBC/PKCS5Padding";
      jca(Cipher.getInstance(t), Cipher.getInstance(t), new SecretKeySpec(Fixtures.AES_KEY, "AES"));
      ciphertext = encrypt(Fixtures.CHECK_IV);
      Fixtures.checkEqual(decrypt(Fixtures.CHECK_IV, ciphertext), data, "AES-CBC round trip");
    }
  }

  /** Hutool: one {@link SM4} in CBC mode per direction; {@code setIv} per message. */
  @State(Scope.Thread)
  public static class Hutool extends Common {
    SM4 enc;
    SM4 dec;

    @Setup
    public void setUp() {
      common();
      enc = new SM4(Mode.CBC, Padding.PKCS5Padding, Fixtures.SM4_KEY, Fixtures.CHECK_IV);
      dec = new SM4(Mode.CBC, Padding.PKCS5Padding, Fixtures.SM4_KEY, Fixtures.CHECK_IV);
      Fixtures.checkEqual(enc.encrypt(data), ciphertext, "SM4-CBC: Hutool = BC");
      Fixtures.checkEqual(dec.decrypt(ciphertext), data, "SM4-CBC: Hutool decrypts");
    }
  }

  @Benchmark
  public byte[] encryptAnke(Anke s) {
    return s.cbc.encrypt(s.freshIv(), s.data);
  }

  @Benchmark
  public byte[] decryptAnke(Anke s) throws DecryptionFailedException {
    return s.cbc.decrypt(Fixtures.CHECK_IV, s.ciphertext);
  }

  @Benchmark
  public byte[] encryptBc(Bc s) throws InvalidCipherTextException {
    return s.encrypt(s.freshIv());
  }

  @Benchmark
  public byte[] decryptBc(Bc s) throws InvalidCipherTextException {
    return s.decrypt();
  }

  @Benchmark
  public byte[] encryptKona(Kona s) throws GeneralSecurityException {
    return s.encrypt(s.freshIv());
  }

  @Benchmark
  public byte[] decryptKona(Kona s) throws GeneralSecurityException {
    return s.decrypt(Fixtures.CHECK_IV, s.ciphertext);
  }

  @Benchmark
  public byte[] encryptHutool(Hutool s) {
    s.enc.setIv(s.freshIv());
    return s.enc.encrypt(s.data);
  }

  @Benchmark
  public byte[] decryptHutool(Hutool s) {
    return s.dec.decrypt(s.ciphertext);
  }

  @Benchmark
  public byte[] encryptJdk(Jdk s) throws GeneralSecurityException {
    return s.encrypt(s.freshIv());
  }

  @Benchmark
  public byte[] decryptJdk(Jdk s) throws GeneralSecurityException {
    return s.decrypt(Fixtures.CHECK_IV, s.ciphertext);
  }
}
