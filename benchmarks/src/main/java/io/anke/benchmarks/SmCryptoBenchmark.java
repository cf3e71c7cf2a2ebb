package io.anke.benchmarks;

import io.anke.crypto.Aead;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.sm2.Sm2;
import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.crypto.sm2.Sm2Signer;
import io.anke.crypto.sm2.Sm2Verifier;
import io.anke.crypto.sm3.Sm3;
import io.anke.crypto.sm4.Sm4Gcm;
import io.anke.crypto.sm4.Sm4Key;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * SM2 signing and verification, SM3 and SM4-GCM: Anke side by side with Bouncy Castle (the
 * lightweight API as its users call it: a signer initialised per message, and the JCA provider) and
 * Tencent Kona (pure-Java JCA provider), in one JVM. Providers are instances, never registered.
 * Messages are 1 KiB, the size of a typical signed request or encrypted field.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SmCryptoBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SmCryptoBenchmark {
  private static final byte[] ID = Sm2.DEFAULT_ID.getBytes(StandardCharsets.US_ASCII);

  private final byte[] message = new byte[1024];
  private final SecureRandom random = new SecureRandom();

  private Sm2Signer ankeSigner;
  private Sm2Verifier ankeVerifier;
  private byte[] ankeSignature;
  private Aead ankeGcm;
  private byte[] ankeCiphertext;

  private ECPrivateKeyParameters bcPrivate;
  private ECPublicKeyParameters bcPublic;
  private Provider bcProvider;
  private KeyPair jcaKeys;
  private SecretKeySpec sm4KeySpec;

  private Provider kona;
  private KeyPair konaKeys;
  private byte[] konaSignature;

  @Setup
  public void setUp() throws Exception {
    random.nextBytes(message);
    Sm2KeyPair pair = Sm2KeyPair.generate();
    ankeSigner = new Sm2Signer(pair.privateKey());
    ankeVerifier = new Sm2Verifier(pair.publicKey());
    ankeSignature = ankeSigner.sign(message);
    Sm4Key sm4 = Sm4Key.generate();
    ankeGcm = Sm4Gcm.withKey(sm4);
    ankeCiphertext = ankeGcm.encrypt(message, null);

    // The same key pair for Bouncy Castle, through the standard encodings.
    byte[] pkcs8 = pair.privateKey().exportPkcs8Der(InsecureSecretAccess.get());
    byte[] spki = pair.publicKey().toSpkiDer();
    bcPrivate = (ECPrivateKeyParameters) PrivateKeyFactory.createKey(pkcs8);
    bcPublic = (ECPublicKeyParameters) PublicKeyFactory.createKey(spki);
    bcProvider = new BouncyCastleProvider();
    KeyFactory bcKeys = KeyFactory.getInstance("EC", bcProvider);
    jcaKeys =
        new KeyPair(
            bcKeys.generatePublic(new X509EncodedKeySpec(spki)),
            bcKeys.generatePrivate(new PKCS8EncodedKeySpec(pkcs8)));
    sm4KeySpec = new SecretKeySpec(sm4.toBytes(InsecureSecretAccess.get()), "SM4");

    kona =
        (Provider)
            Class.forName("com.tencent.kona.crypto.KonaCryptoProvider")
                .getDeclaredConstructor()
                .newInstance();
    // Kona looks itself up by name inside its own code, so it only works registered. This is the
    // benchmark's own JVM fork; Anke and Bouncy Castle above still use unregistered instances.
    if (Security.getProvider(kona.getName()) == null) {
      Security.addProvider(kona);
    }
    KeyPairGenerator konaGen = KeyPairGenerator.getInstance("SM2", kona);
    konaKeys = konaGen.generateKeyPair();
    konaSignature = konaSign();
  }

  // ---- SM2 sign

  @Benchmark
  public byte[] sm2SignAnke() {
    return ankeSigner.sign(message);
  }

  @Benchmark
  public byte[] sm2SignBcLightweight() throws CryptoException {
    SM2Signer signer = new SM2Signer();
    signer.init(true, new ParametersWithID(new ParametersWithRandom(bcPrivate, random), ID));
    signer.update(message, 0, message.length);
    return signer.generateSignature();
  }

  @Benchmark
  public byte[] sm2SignBcJca() throws GeneralSecurityException {
    Signature s = Signature.getInstance("SM3withSM2", bcProvider);
    s.initSign(jcaKeys.getPrivate(), random);
    s.update(message);
    return s.sign();
  }

  @Benchmark
  public byte[] sm2SignKona() throws GeneralSecurityException {
    return konaSign();
  }

  private byte[] konaSign() throws GeneralSecurityException {
    Signature s = Signature.getInstance("SM2", kona);
    s.initSign(konaKeys.getPrivate(), random);
    s.update(message);
    return s.sign();
  }

  // ---- SM2 verify

  @Benchmark
  public boolean sm2VerifyAnke() {
    return ankeVerifier.verify(message, ankeSignature);
  }

  @Benchmark
  public boolean sm2VerifyBcLightweight() {
    SM2Signer verifier = new SM2Signer();
    verifier.init(false, new ParametersWithID(bcPublic, ID));
    verifier.update(message, 0, message.length);
    return verifier.verifySignature(ankeSignature);
  }

  @Benchmark
  public boolean sm2VerifyKona() throws GeneralSecurityException {
    Signature s = Signature.getInstance("SM2", kona);
    s.initVerify(konaKeys.getPublic());
    s.update(message);
    return s.verify(konaSignature);
  }

  // ---- SM3

  @Benchmark
  public byte[] sm3Anke() {
    return Sm3.digest(message);
  }

  @Benchmark
  public byte[] sm3Bc() {
    SM3Digest d = new SM3Digest();
    d.update(message, 0, message.length);
    byte[] out = new byte[32];
    d.doFinal(out, 0);
    return out;
  }

  @Benchmark
  public byte[] sm3Kona() throws GeneralSecurityException {
    return MessageDigest.getInstance("SM3", kona).digest(message);
  }

  // ---- SM4-GCM (encrypt with a fresh nonce, then decrypt)

  @Benchmark
  public byte[] sm4GcmEncryptAnke() {
    return ankeGcm.encrypt(message, null);
  }

  @Benchmark
  public byte[] sm4GcmDecryptAnke() throws DecryptionFailedException {
    return ankeGcm.decrypt(ankeCiphertext, null);
  }

  @Benchmark
  public byte[] sm4GcmEncryptBcJca() throws GeneralSecurityException {
    return gcmEncrypt(bcProvider);
  }

  @Benchmark
  public byte[] sm4GcmEncryptKona() throws GeneralSecurityException {
    return gcmEncrypt(kona);
  }

  private byte[] gcmEncrypt(Provider provider) throws GeneralSecurityException {
    byte[] nonce = new byte[12];
    random.nextBytes(nonce);
    Cipher c = Cipher.getInstance("SM4/GCM/NoPadding", provider);
    c.init(Cipher.ENCRYPT_MODE, sm4KeySpec, new GCMParameterSpec(128, nonce));
    return c.doFinal(message);
  }
}
