package io.anke.benchmarks.sidebyside;

import cn.hutool.crypto.asymmetric.KeyType;
import cn.hutool.crypto.asymmetric.SM2;
import com.tencent.kona.crypto.spec.SM2PrivateKeySpec;
import com.tencent.kona.crypto.spec.SM2PublicKeySpec;
import com.tencent.kona.crypto.spec.SM2SignatureParameterSpec;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.sm2.Sm2;
import io.anke.crypto.sm2.Sm2Decrypter;
import io.anke.crypto.sm2.Sm2Encrypter;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm2.Sm2PublicKey;
import io.anke.crypto.sm2.Sm2Signer;
import io.anke.crypto.sm2.Sm2Verifier;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import javax.crypto.Cipher;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.engines.SM2Engine;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * SM2 over a 32-byte message with one key pair ({@link Fixtures#SM2_D}) and the default ID: sign
 * (SM3withSM2, DER), verify (every library checks the same signature, made by Bouncy Castle),
 * encrypt and decrypt (C1C3C2; Kona writes its own layout and reads its own ciphertext). The JDK
 * reference for sign and verify is SHA256withECDSA on P-256; the JDK has no SM2 encryption peer.
 */
public class Sm2Benchmark extends SideBySideBenchmark {
  static final byte[] ID = Sm2.DEFAULT_ID.getBytes(StandardCharsets.US_ASCII);

  /** The message, the key pair in Bouncy Castle's form, and a signature and ciphertext by BC. */
  @State(Scope.Thread)
  public abstract static class Common {
    @Param({"32"})
    int size;

    final SecureRandom random = new SecureRandom();
    byte[] message;
    ECPrivateKeyParameters bcPrivate;
    ECPublicKeyParameters bcPublic;

    /** A DER signature of the message by Bouncy Castle: what every verifier checks. */
    byte[] signature;

    /** C1C3C2 ciphertext of the message by Bouncy Castle. */
    byte[] ciphertext;

    void common() {
      message = Fixtures.data(size);
      X9ECParameters x9 = CustomNamedCurves.getByName("sm2p256v1");
      ECDomainParameters domain = new ECDomainParameters(x9);
      BigInteger d = new BigInteger(Fixtures.SM2_D, 16);
      bcPrivate = new ECPrivateKeyParameters(d, domain);
      bcPublic = new ECPublicKeyParameters(domain.getG().multiply(d).normalize(), domain);
      try {
        SM2Signer s = new SM2Signer();
        s.init(true, new ParametersWithID(new ParametersWithRandom(bcPrivate, random), ID));
        s.update(message, 0, message.length);
        signature = s.generateSignature();
        SM2Engine e = new SM2Engine(SM2Engine.Mode.C1C3C2);
        e.init(true, new ParametersWithRandom(bcPublic, random));
        ciphertext = e.processBlock(message, 0, message.length);
      } catch (CryptoException e) {
        throw new IllegalStateException(e);
      }
    }

    byte[] uncompressedPublic() {
      return bcPublic.getQ().getEncoded(false);
    }
  }

  /**
   * Anke: one {@link Sm2Signer}, {@link Sm2Verifier}, {@link Sm2Encrypter}, {@link Sm2Decrypter}.
   */
  @State(Scope.Thread)
  public static class Anke extends Common {
    Sm2Signer signer;
    Sm2Verifier verifier;
    Sm2Encrypter encrypter;
    Sm2Decrypter decrypter;

    @Setup
    public void setUp() throws DecryptionFailedException {
      common();
      Sm2PrivateKey key = Sm2PrivateKey.fromHex(Fixtures.SM2_D);
      Sm2PublicKey pub = Sm2PublicKey.fromRaw(uncompressedPublic());
      Fixtures.check(pub.equals(key.publicKey()), "SM2: Anke and BC derive the same public key");
      signer = new Sm2Signer(key);
      verifier = new Sm2Verifier(pub);
      encrypter = new Sm2Encrypter(pub);
      decrypter = new Sm2Decrypter(key);
      Fixtures.check(verifier.verify(message, signature), "SM2: Anke verifies BC's signature");
      Fixtures.checkEqual(decrypter.decrypt(ciphertext), message, "SM2: Anke decrypts BC");
      SM2Signer bc = new SM2Signer();
      bc.init(false, new ParametersWithID(bcPublic, ID));
      byte[] own = signer.sign(message);
      bc.update(message, 0, message.length);
      Fixtures.check(bc.verifySignature(own), "SM2: BC verifies Anke's signature");
      Fixtures.checkEqual(
          decrypter.decrypt(encrypter.encrypt(message)), message, "SM2: Anke round trip");
    }
  }

  /**
   * Bouncy Castle at its best: {@code CustomNamedCurves}' sm2p256v1, one signer and one verifier
   * initialised per key and reused (each keeps Z and re-feeds it after every signature), one {@link
   * SM2Engine} per direction.
   */
  @State(Scope.Thread)
  public static class Bc extends Common {
    final SM2Signer signer = new SM2Signer();
    final SM2Signer verifier = new SM2Signer();
    final SM2Engine encrypter = new SM2Engine(SM2Engine.Mode.C1C3C2);
    final SM2Engine decrypter = new SM2Engine(SM2Engine.Mode.C1C3C2);

    @Setup
    public void setUp() throws CryptoException {
      common();
      signer.init(true, new ParametersWithID(new ParametersWithRandom(bcPrivate, random), ID));
      verifier.init(false, new ParametersWithID(bcPublic, ID));
      encrypter.init(true, new ParametersWithRandom(bcPublic, random));
      decrypter.init(false, bcPrivate);
      sign();
      Fixtures.check(verify(), "SM2: BC's reused verifier accepts");
      Fixtures.check(verify(), "SM2: BC's reused verifier accepts twice");
      byte[] twice = sign();
      verifier.update(message, 0, message.length);
      Fixtures.check(verifier.verifySignature(twice), "SM2: BC's reused signer signs again");
      Fixtures.checkEqual(
          decrypter.processBlock(ciphertext, 0, ciphertext.length), message, "SM2: BC decrypts");
    }

    byte[] sign() throws CryptoException {
      signer.update(message, 0, message.length);
      return signer.generateSignature();
    }

    boolean verify() {
      verifier.update(message, 0, message.length);
      return verifier.verifySignature(signature);
    }
  }

  /**
   * Kona: {@code Signature "SM2"} initialised once per key (with the public key and ID, so it does
   * not derive them), and {@code Cipher "SM2"} once per direction.
   */
  @State(Scope.Thread)
  public static class Kona extends Common {
    Signature signer;
    Signature verifier;
    Cipher encrypter;
    Cipher decrypter;
    byte[] konaCiphertext;

    @Setup
    public void setUp() throws GeneralSecurityException {
      common();
      Provider kona = Fixtures.kona();
      KeyFactory kf = KeyFactory.getInstance("SM2", kona);
      PrivateKey priv = kf.generatePrivate(new SM2PrivateKeySpec(bcPrivate.getD()));
      ECPublicKey pub = (ECPublicKey) kf.generatePublic(new SM2PublicKeySpec(uncompressedPublic()));
      signer = Signature.getInstance("SM2", kona);
      signer.setParameter(new SM2SignatureParameterSpec(ID, pub));
      signer.initSign(priv, random);
      verifier = Signature.getInstance("SM2", kona);
      verifier.setParameter(new SM2SignatureParameterSpec(ID, pub));
      verifier.initVerify(pub);
      encrypter = Cipher.getInstance("SM2", kona);
      encrypter.init(Cipher.ENCRYPT_MODE, pub, random);
      decrypter = Cipher.getInstance("SM2", kona);
      decrypter.init(Cipher.DECRYPT_MODE, priv);
      Fixtures.check(verify(), "SM2: Kona verifies BC's signature");
      Fixtures.check(verify(), "SM2: Kona's reused verifier accepts twice");
      SM2Signer bc = new SM2Signer();
      bc.init(false, new ParametersWithID(bcPublic, ID));
      signer.update(message);
      byte[] own = signer.sign();
      bc.update(message, 0, message.length);
      Fixtures.check(bc.verifySignature(own), "SM2: BC verifies Kona's signature");
      konaCiphertext = encrypter.doFinal(message);
      Fixtures.checkEqual(decrypter.doFinal(konaCiphertext), message, "SM2: Kona round trip");
    }

    boolean verify() throws GeneralSecurityException {
      verifier.update(message);
      return verifier.verify(signature);
    }
  }

  /** Hutool: one {@link SM2} object over Bouncy Castle's key parameters, as its users hold it. */
  @State(Scope.Thread)
  public static class Hutool extends Common {
    SM2 sm2;

    @Setup
    public void setUp() {
      common();
      sm2 = new SM2(bcPrivate, bcPublic);
      Fixtures.check(sm2.verify(message, signature), "SM2: Hutool verifies BC's signature");
      SM2Signer bc = new SM2Signer();
      bc.init(false, new ParametersWithID(bcPublic, ID));
      byte[] own = sm2.sign(message);
      bc.update(message, 0, message.length);
      Fixtures.check(bc.verifySignature(own), "SM2: BC verifies Hutool's signature");
      Fixtures.checkEqual(
          sm2.decrypt(ciphertext, KeyType.PrivateKey), message, "SM2: Hutool decrypts BC");
    }
  }

  /** The JDK's ECDSA over P-256 with SHA-256, one initialised {@code Signature} per direction. */
  @State(Scope.Thread)
  public static class Jdk {
    @Param({"32"})
    int size;

    byte[] message;
    byte[] signature;
    Signature signer;
    Signature verifier;

    @Setup
    public void setUp() throws GeneralSecurityException {
      message = Fixtures.data(size);
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair pair = g.generateKeyPair();
      signer = Signature.getInstance("SHA256withECDSA");
      signer.initSign(pair.getPrivate());
      verifier = Signature.getInstance("SHA256withECDSA");
      verifier.initVerify(pair.getPublic());
      signer.update(message);
      signature = signer.sign();
      verifier.update(message);
      Fixtures.check(verifier.verify(signature), "ECDSA P-256 round trip");
    }
  }

  @Benchmark
  public byte[] signAnke(Anke s) {
    return s.signer.sign(s.message);
  }

  @Benchmark
  public boolean verifyAnke(Anke s) {
    return s.verifier.verify(s.message, s.signature);
  }

  @Benchmark
  public byte[] encryptAnke(Anke s) {
    return s.encrypter.encrypt(s.message);
  }

  @Benchmark
  public byte[] decryptAnke(Anke s) throws DecryptionFailedException {
    return s.decrypter.decrypt(s.ciphertext);
  }

  @Benchmark
  public byte[] signBc(Bc s) throws CryptoException {
    return s.sign();
  }

  @Benchmark
  public boolean verifyBc(Bc s) {
    return s.verify();
  }

  @Benchmark
  public byte[] encryptBc(Bc s) throws InvalidCipherTextException {
    return s.encrypter.processBlock(s.message, 0, s.message.length);
  }

  @Benchmark
  public byte[] decryptBc(Bc s) throws InvalidCipherTextException {
    return s.decrypter.processBlock(s.ciphertext, 0, s.ciphertext.length);
  }

  @Benchmark
  public byte[] signKona(Kona s) throws GeneralSecurityException {
    s.signer.update(s.message);
    return s.signer.sign();
  }

  @Benchmark
  public boolean verifyKona(Kona s) throws GeneralSecurityException {
    return s.verify();
  }

  @Benchmark
  public byte[] encryptKona(Kona s) throws GeneralSecurityException {
    return s.encrypter.doFinal(s.message);
  }

  @Benchmark
  public byte[] decryptKona(Kona s) throws GeneralSecurityException {
    return s.decrypter.doFinal(s.konaCiphertext);
  }

  @Benchmark
  public byte[] signHutool(Hutool s) {
    return s.sm2.sign(s.message);
  }

  @Benchmark
  public boolean verifyHutool(Hutool s) {
    return s.sm2.verify(s.message, s.signature);
  }

  @Benchmark
  public byte[] encryptHutool(Hutool s) {
    return s.sm2.encrypt(s.message, KeyType.PublicKey);
  }

  @Benchmark
  public byte[] decryptHutool(Hutool s) {
    return s.sm2.decrypt(s.ciphertext, KeyType.PrivateKey);
  }

  @Benchmark
  public byte[] signJdk(Jdk s) throws GeneralSecurityException {
    s.signer.update(s.message);
    return s.signer.sign();
  }

  @Benchmark
  public boolean verifyJdk(Jdk s) throws GeneralSecurityException {
    s.verifier.update(s.message);
    return s.verifier.verify(s.signature);
  }
}
