package io.anke.benchmarks.sidebyside;

import cn.hutool.crypto.Mode;
import cn.hutool.crypto.Padding;
import cn.hutool.crypto.symmetric.SM4;
import io.anke.crypto.sm4.Sm4Key;
import io.anke.crypto.sm4.interop.Sm4Ctr;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.CTRModeCipher;
import org.bouncycastle.crypto.modes.SICBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * SM4-CTR over 64 B, 1 KiB and 1 MiB (a 16-byte initial counter block, the whole block counting).
 * Encryption draws a fresh counter block from a {@link SecureRandom} per message; decryption reads
 * a ciphertext made once under a fixed one. The JDK reference is AES-128-CTR.
 */
public class Sm4CtrBenchmark extends SideBySideBenchmark {
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
      ciphertext = Fixtures.bcSm4Ctr(Fixtures.CHECK_IV, data);
    }

    byte[] freshIv() {
      byte[] iv = new byte[IV];
      random.nextBytes(iv);
      return iv;
    }
  }

  /** Anke: one {@link Sm4Ctr} per key. */
  @State(Scope.Thread)
  public static class Anke extends Common {
    Sm4Ctr ctr;

    @Setup
    public void setUp() {
      common();
      ctr = Sm4Ctr.withKey(Sm4Key.fromBytes(Fixtures.SM4_KEY));
      Fixtures.checkEqual(
          ctr.encrypt(Fixtures.CHECK_IV, data), ciphertext, "SM4-CTR: Anke encrypts as BC");
      Fixtures.checkEqual(
          ctr.decrypt(Fixtures.CHECK_IV, ciphertext), data, "SM4-CTR: Anke decrypts BC");
    }
  }

  /**
   * Bouncy Castle: one CTR (SIC) cipher per direction, keyed once; each message re-initialises only
   * the counter block ({@code ParametersWithIV(null, iv)} keeps the key schedule).
   */
  @State(Scope.Thread)
  public static class Bc extends Common {
    final CTRModeCipher enc = SICBlockCipher.newInstance(new SM4Engine());
    final CTRModeCipher dec = SICBlockCipher.newInstance(new SM4Engine());

    @Setup
    public void setUp() {
      common();
      KeyParameter key = new KeyParameter(Fixtures.SM4_KEY);
      enc.init(true, new ParametersWithIV(key, Fixtures.CHECK_IV));
      dec.init(true, new ParametersWithIV(key, Fixtures.CHECK_IV));
      Fixtures.checkEqual(run(enc, Fixtures.CHECK_IV, data), ciphertext, "SM4-CTR: BC reused = BC");
      Fixtures.checkEqual(
          run(dec, Fixtures.CHECK_IV, ciphertext), data, "SM4-CTR: BC reused decrypts");
    }

    static byte[] run(CTRModeCipher c, byte[] iv, byte[] in) {
      c.init(true, new ParametersWithIV(null, iv)); // CTR runs the block cipher forward both ways
      byte[] out = new byte[in.length];
      c.processBytes(in, 0, in.length, out, 0);
      return out;
    }
  }

  /** A JCA provider's cipher, one instance per direction, initialised per message with its IV. */
  @State(Scope.Thread)
  public abstract static class Jca extends Common {
    Cipher enc;
    Cipher dec;
    SecretKeySpec key;

    void jca(String transformation, java.security.Provider p, SecretKeySpec key)
        throws GeneralSecurityException {
      this.enc =
          p == null ? Cipher.getInstance(transformation) : Cipher.getInstance(transformation, p);
      this.dec =
          p == null ? Cipher.getInstance(transformation) : Cipher.getInstance(transformation, p);
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

  /** Kona: {@code Cipher "SM4/CTR/NoPadding"}. */
  @State(Scope.Thread)
  public static class Kona extends Jca {
    @Setup
    public void setUp() throws GeneralSecurityException {
      common();
      jca("SM4/CTR/NoPadding", Fixtures.kona(), new SecretKeySpec(Fixtures.SM4_KEY, "SM4"));
      Fixtures.checkEqual(encrypt(Fixtures.CHECK_IV), ciphertext, "SM4-CTR: Kona = BC");
      Fixtures.checkEqual(decrypt(Fixtures.CHECK_IV, ciphertext), data, "SM4-CTR: Kona decrypts");
    }
  }

  /** The JDK's AES-128-CTR (AES-NI), {@code AES/CTR/NoPadding}. */
  @State(Scope.Thread)
  public static class Jdk extends Jca {
    @Setup
    public void setUp() throws GeneralSecurityException {
      data = Fixtures.data(size);
      jca("AES/CTR/NoPadding", null, new SecretKeySpec(Fixtures.AES_KEY, "AES"));
      ciphertext = encrypt(Fixtures.CHECK_IV);
      Fixtures.checkEqual(decrypt(Fixtures.CHECK_IV, ciphertext), data, "AES-CTR round trip");
    }
  }

  /** Hutool: one {@link SM4} in CTR mode per direction; {@code setIv} per message. */
  @State(Scope.Thread)
  public static class Hutool extends Common {
    SM4 enc;
    SM4 dec;

    @Setup
    public void setUp() {
      common();
      enc = new SM4(Mode.CTR, Padding.NoPadding, Fixtures.SM4_KEY, Fixtures.CHECK_IV);
      dec = new SM4(Mode.CTR, Padding.NoPadding, Fixtures.SM4_KEY, Fixtures.CHECK_IV);
      Fixtures.checkEqual(enc.encrypt(data), ciphertext, "SM4-CTR: Hutool = BC");
      Fixtures.checkEqual(dec.decrypt(ciphertext), data, "SM4-CTR: Hutool decrypts");
    }
  }

  @Benchmark
  public byte[] encryptAnke(Anke s) {
    return s.ctr.encrypt(s.freshIv(), s.data);
  }

  @Benchmark
  public byte[] decryptAnke(Anke s) {
    return s.ctr.decrypt(Fixtures.CHECK_IV, s.ciphertext);
  }

  @Benchmark
  public byte[] encryptBc(Bc s) {
    return Bc.run(s.enc, s.freshIv(), s.data);
  }

  @Benchmark
  public byte[] decryptBc(Bc s) {
    return Bc.run(s.dec, Fixtures.CHECK_IV, s.ciphertext);
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
