package io.anke.benchmarks.sidebyside;

import cn.hutool.crypto.symmetric.SM4;
import io.anke.crypto.Aead;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.keyset.OutputPrefix;
import io.anke.crypto.sm4.Sm4Gcm;
import io.anke.crypto.sm4.Sm4Key;
import io.anke.crypto.sm4.interop.Sm4GcmWithNonce;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * SM4-GCM over 64 B, 1 KiB and 1 MiB, no associated data, 16-byte tag, and the keyset AEAD over the
 * same sizes. Every library produces and reads Anke's layout, {@code nonce (12) ‖ ciphertext ‖
 * tag}, with a fresh random nonce per encryption (Anke draws it inside; the peers' callers draw it
 * from a {@link SecureRandom}). The keyset AEAD ({@code KeysetHandle.aead()}) adds the 5-byte
 * key-ID prefix on encryption and the prefix parse and key lookup on decryption; it has no peer of
 * its own and is set against the peers' plain SM4-GCM. The JDK reference is AES-128-GCM.
 */
public class Sm4GcmBenchmark extends SideBySideBenchmark {
  static final int NONCE = 12;
  static final int TAG = 16;

  /** What every library's state holds: the data and Anke's layout of it made by Bouncy Castle. */
  @State(Scope.Thread)
  public abstract static class Common {
    @Param({"64", "1024", "1048576"})
    int size;

    final SecureRandom random = new SecureRandom();
    byte[] data;

    /** CHECK_NONCE ‖ ciphertext ‖ tag. */
    byte[] sealed;

    void common() {
      data = Fixtures.data(size);
      sealed = Fixtures.concat(Fixtures.CHECK_NONCE, Fixtures.bcSm4Gcm(Fixtures.CHECK_NONCE, data));
    }

    byte[] freshNonce() {
      byte[] n = new byte[NONCE];
      random.nextBytes(n);
      return n;
    }
  }

  /** Anke: one {@link Sm4Gcm} per key; it draws the nonce itself. */
  @State(Scope.Thread)
  public static class Anke extends Common {
    Aead gcm;

    @Setup
    public void setUp() throws DecryptionFailedException {
      common();
      Sm4Key key = Sm4Key.fromBytes(Fixtures.SM4_KEY);
      gcm = Sm4Gcm.withKey(key);
      Fixtures.checkEqual(
          Sm4GcmWithNonce.withKey(key).encrypt(Fixtures.CHECK_NONCE, data, null),
          Arrays.copyOfRange(sealed, NONCE, sealed.length),
          "SM4-GCM: Anke encrypts as BC");
      Fixtures.checkEqual(gcm.decrypt(sealed, null), data, "SM4-GCM: Anke decrypts BC");
      Fixtures.checkEqual(
          gcm.decrypt(gcm.encrypt(data, null), null), data, "SM4-GCM: Anke round trip");
    }
  }

  /**
   * Anke's keyset AEAD: a keyset of three SM4-GCM keys with key-ID prefixes, the shared key
   * primary.
   */
  @State(Scope.Thread)
  public static class AnkeKeyset extends Common {
    Aead aead;
    byte[] keysetSealed;

    @Setup
    public void setUp() throws DecryptionFailedException {
      common();
      KeysetHandle handle =
          KeysetHandle.importKey(Sm4Key.fromBytes(Fixtures.SM4_KEY), OutputPrefix.KEY_ID)
              .addKey()
              .addKey();
      aead = handle.aead();
      keysetSealed = aead.encrypt(data, null);
      byte[] prefix = Arrays.copyOf(keysetSealed, keysetSealed.length - sealed.length);
      Fixtures.check(prefix.length == 5, "keyset AEAD: a 5-byte key-ID prefix");
      Fixtures.checkEqual(
          aead.decrypt(Fixtures.concat(prefix, sealed), null), data, "keyset AEAD decrypts BC");
      Fixtures.checkEqual(aead.decrypt(keysetSealed, null), data, "keyset AEAD round trip");
    }
  }

  /**
   * Bouncy Castle: one GCM cipher per direction, keyed once (the key schedule and GHASH tables
   * kept); each message re-initialises only the nonce ({@code AEADParameters} with a null key).
   */
  @State(Scope.Thread)
  public static class Bc extends Common {
    final GCMModeCipher enc = GCMBlockCipher.newInstance(new SM4Engine());
    final GCMModeCipher dec = GCMBlockCipher.newInstance(new SM4Engine());

    @Setup
    public void setUp() throws InvalidCipherTextException {
      common();
      KeyParameter key = new KeyParameter(Fixtures.SM4_KEY);
      enc.init(true, new AEADParameters(key, TAG * 8, freshNonce()));
      dec.init(false, new AEADParameters(key, TAG * 8, Fixtures.CHECK_NONCE));
      Fixtures.checkEqual(decrypt(sealed), data, "SM4-GCM: BC reused decrypts");
      Fixtures.checkEqual(decrypt(encrypt()), data, "SM4-GCM: BC reused round trip");
    }

    byte[] encrypt() throws InvalidCipherTextException {
      byte[] nonce = freshNonce();
      enc.init(true, new AEADParameters(null, TAG * 8, nonce));
      byte[] out = new byte[NONCE + enc.getOutputSize(data.length)];
      System.arraycopy(nonce, 0, out, 0, NONCE);
      int n = enc.processBytes(data, 0, data.length, out, NONCE);
      enc.doFinal(out, NONCE + n);
      return out;
    }

    byte[] decrypt(byte[] in) throws InvalidCipherTextException {
      dec.init(false, new AEADParameters(null, TAG * 8, Arrays.copyOf(in, NONCE)));
      byte[] out = new byte[dec.getOutputSize(in.length - NONCE)];
      int n = dec.processBytes(in, NONCE, in.length - NONCE, out, 0);
      dec.doFinal(out, n);
      return out;
    }
  }

  /** A JCA provider's GCM cipher, one per direction, initialised per message with its nonce. */
  @State(Scope.Thread)
  public abstract static class Jca extends Common {
    Cipher enc;
    Cipher dec;
    SecretKeySpec key;

    void jca(String transformation, Provider p, SecretKeySpec key) throws GeneralSecurityException {
      this.enc =
          p == null ? Cipher.getInstance(transformation) : Cipher.getInstance(transformation, p);
      this.dec =
          p == null ? Cipher.getInstance(transformation) : Cipher.getInstance(transformation, p);
      this.key = key;
    }

    byte[] encrypt() throws GeneralSecurityException {
      byte[] nonce = freshNonce();
      enc.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG * 8, nonce));
      byte[] out = new byte[NONCE + enc.getOutputSize(data.length)];
      System.arraycopy(nonce, 0, out, 0, NONCE);
      enc.doFinal(data, 0, data.length, out, NONCE);
      return out;
    }

    byte[] decrypt(byte[] in) throws GeneralSecurityException {
      dec.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG * 8, in, 0, NONCE));
      return dec.doFinal(in, NONCE, in.length - NONCE);
    }
  }

  /** Kona: {@code Cipher "SM4/GCM/NoPadding"}. */
  @State(Scope.Thread)
  public static class Kona extends Jca {
    @Setup
    public void setUp() throws GeneralSecurityException {
      common();
      jca("SM4/GCM/NoPadding", Fixtures.kona(), new SecretKeySpec(Fixtures.SM4_KEY, "SM4"));
      Fixtures.checkEqual(decrypt(sealed), data, "SM4-GCM: Kona decrypts BC");
      Fixtures.checkEqual(decrypt(encrypt()), data, "SM4-GCM: Kona round trip");
    }
  }

  /** The JDK's AES-128-GCM (AES-NI and carry-less multiply), {@code AES/GCM/NoPadding}. */
  @State(Scope.Thread)
  public static class Jdk extends Jca {
    @Setup
    public void setUp() throws GeneralSecurityException {
      data = Fixtures.data(size);
      jca("AES/GCM/NoPadding", null, new SecretKeySpec(Fixtures.AES_KEY, "AES"));
      sealed = encrypt();
      Fixtures.checkEqual(decrypt(sealed), data, "AES-GCM round trip");
    }
  }

  /**
   * Hutool: one {@link SM4} in GCM mode per direction (Hutool names GCM by string: its {@code Mode}
   * enum has no GCM); {@code setParams} with the nonce per message. Hutool returns ciphertext ‖
   * tag, so its caller joins the nonce in front, and splits it off again to decrypt.
   */
  @State(Scope.Thread)
  public static class Hutool extends Common {
    SM4 enc;
    SM4 dec;

    @Setup
    public void setUp() {
      common();
      enc = new SM4("GCM", "NoPadding", Fixtures.SM4_KEY);
      dec = new SM4("GCM", "NoPadding", Fixtures.SM4_KEY);
      Fixtures.checkEqual(decrypt(sealed), data, "SM4-GCM: Hutool decrypts BC");
      Fixtures.checkEqual(decrypt(encrypt()), data, "SM4-GCM: Hutool round trip");
    }

    byte[] encrypt() {
      byte[] nonce = freshNonce();
      enc.setParams(new GCMParameterSpec(TAG * 8, nonce));
      return Fixtures.concat(nonce, enc.encrypt(data));
    }

    byte[] decrypt(byte[] in) {
      dec.setParams(new GCMParameterSpec(TAG * 8, in, 0, NONCE));
      return dec.decrypt(Arrays.copyOfRange(in, NONCE, in.length));
    }
  }

  @Benchmark
  public byte[] encryptAnke(Anke s) {
    return s.gcm.encrypt(s.data, null);
  }

  @Benchmark
  public byte[] decryptAnke(Anke s) throws DecryptionFailedException {
    return s.gcm.decrypt(s.sealed, null);
  }

  @Benchmark
  public byte[] keysetEncryptAnke(AnkeKeyset s) {
    return s.aead.encrypt(s.data, null);
  }

  @Benchmark
  public byte[] keysetDecryptAnke(AnkeKeyset s) throws DecryptionFailedException {
    return s.aead.decrypt(s.keysetSealed, null);
  }

  @Benchmark
  public byte[] encryptBc(Bc s) throws InvalidCipherTextException {
    return s.encrypt();
  }

  @Benchmark
  public byte[] decryptBc(Bc s) throws InvalidCipherTextException {
    return s.decrypt(s.sealed);
  }

  @Benchmark
  public byte[] encryptKona(Kona s) throws GeneralSecurityException {
    return s.encrypt();
  }

  @Benchmark
  public byte[] decryptKona(Kona s) throws GeneralSecurityException {
    return s.decrypt(s.sealed);
  }

  @Benchmark
  public byte[] encryptHutool(Hutool s) {
    return s.encrypt();
  }

  @Benchmark
  public byte[] decryptHutool(Hutool s) {
    return s.decrypt(s.sealed);
  }

  @Benchmark
  public byte[] encryptJdk(Jdk s) throws GeneralSecurityException {
    return s.encrypt();
  }

  @Benchmark
  public byte[] decryptJdk(Jdk s) throws GeneralSecurityException {
    return s.decrypt(s.sealed);
  }
}
