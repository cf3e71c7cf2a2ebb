package io.anke.rules.bytecode.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The APIs the scanner recognises, by internal class name. */
public final class Sinks {
  private Sinks() {}

  /** JCA / JSSE classes whose {@code getInstance(String, …)} names an algorithm. */
  static final Map<String, String> FACTORIES =
      Map.of(
          "javax/crypto/Cipher", "Cipher",
          "java/security/MessageDigest", "MessageDigest",
          "javax/crypto/Mac", "Mac",
          "java/security/Signature", "Signature",
          "javax/crypto/KeyGenerator", "KeyGenerator",
          "java/security/KeyPairGenerator", "KeyPairGenerator",
          "javax/crypto/KeyAgreement", "KeyAgreement",
          "javax/crypto/SecretKeyFactory", "SecretKeyFactory",
          "java/security/KeyFactory", "KeyFactory",
          "javax/net/ssl/SSLContext", "SSLContext");

  /** Classes whose construction (or static {@code newInstance()}) implies one algorithm. */
  static final Map<String, String> ALGORITHM_CLASSES = new HashMap<>();

  /** Static helper classes whose method names say the algorithm (md5Hex, sha1, …). */
  static final Set<String> HELPERS =
      Set.of(
          "org/apache/commons/codec/digest/DigestUtils",
          "org/apache/commons/codec/digest/Sha2Crypt",
          "cn/hutool/crypto/SecureUtil",
          "cn/hutool/crypto/SmUtil",
          "cn/hutool/crypto/digest/DigestUtil",
          "org/springframework/util/DigestUtils",
          "com/google/common/hash/Hashing");

  /** Helper classes every static method of which uses one algorithm. */
  static final Map<String, String> FIXED_HELPERS =
      Map.of(
          "org/apache/commons/codec/digest/Md5Crypt", "MD5",
          "org/apache/commons/codec/digest/UnixCrypt", "DES");

  /**
   * Helper methods and constructors whose first string argument is a JCA algorithm name: owner,
   * then the method names.
   */
  static final Map<String, Set<String>> ALGORITHM_ARGUMENT =
      Map.of(
          "org/apache/commons/codec/digest/DigestUtils", Set.of("<init>", "getDigest"),
          "cn/hutool/crypto/digest/Digester", Set.of("<init>"),
          "cn/hutool/crypto/digest/DigestUtil", Set.of("digester"),
          "cn/hutool/crypto/SecureUtil", Set.of("generateKey", "generateKeyPair"));

  /** Key specifications: owner to the kind of material their byte[] argument is. */
  static final Set<String> KEY_SPECS =
      Set.of(
          "javax/crypto/spec/SecretKeySpec",
          "javax/crypto/spec/DESKeySpec",
          "javax/crypto/spec/DESedeKeySpec",
          "org/bouncycastle/crypto/params/KeyParameter");

  /** IV / nonce specifications. */
  static final Set<String> IV_SPECS =
      Set.of(
          "javax/crypto/spec/IvParameterSpec",
          "javax/crypto/spec/GCMParameterSpec",
          "org/bouncycastle/crypto/params/ParametersWithIV",
          "org/bouncycastle/crypto/params/AEADParameters");

  /** Objects with {@code setEnabledProtocols(String[])} / {@code setProtocols(String[])}. */
  static final Set<String> PROTOCOL_HOLDERS =
      Set.of(
          "javax/net/ssl/SSLSocket",
          "javax/net/ssl/SSLServerSocket",
          "javax/net/ssl/SSLEngine",
          "javax/net/ssl/SSLParameters");

  /** Generators that are not cryptographically secure. */
  static final Set<String> INSECURE_RANDOMS =
      Set.of(
          "java/util/Random",
          "java/util/concurrent/ThreadLocalRandom",
          "java/util/SplittableRandom");

  /**
   * Packages of national-algorithm libraries whose classes (created, or called statically) are
   * evidence of SM2/SM3/SM4 use: Anke's own crypto module.
   */
  static final Map<String, String> NATIONAL_PACKAGES =
      Map.of(
          "io/anke/crypto/sm2/", "SM2",
          "io/anke/crypto/sm3/", "SM3",
          "io/anke/crypto/sm4/", "SM4",
          "io/anke/crypto/password/", "SM3");

  /** The national algorithm of a class in {@link #NATIONAL_PACKAGES}, or null. */
  static String nationalPackage(String internalName) {
    if (!internalName.startsWith("io/anke/crypto/")) {
      return null;
    }
    for (Map.Entry<String, String> e : NATIONAL_PACKAGES.entrySet()) {
      if (internalName.startsWith(e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }

  /** True when a class of this name makes a class worth analysing. */
  static boolean isInteresting(String internalName) {
    return INTERESTING.contains(internalName) || nationalPackage(internalName) != null;
  }

  /** Every class whose presence in a constant pool makes a class worth analysing. */
  static final Set<String> INTERESTING = new HashSet<>();

  static {
    String bc = "org/bouncycastle/crypto/";
    String[][] classes = {
      {bc + "digests/MD2Digest", "MD2"},
      {bc + "digests/MD4Digest", "MD4"},
      {bc + "digests/MD5Digest", "MD5"},
      {bc + "digests/SHA1Digest", "SHA-1"},
      {bc + "digests/SHA224Digest", "SHA-224"},
      {bc + "digests/SHA256Digest", "SHA-256"},
      {bc + "digests/SHA384Digest", "SHA-384"},
      {bc + "digests/SHA512Digest", "SHA-512"},
      {bc + "digests/SHA3Digest", "SHA3-256"},
      {bc + "digests/RIPEMD160Digest", "RIPEMD-160"},
      {bc + "digests/SM3Digest", "SM3"},
      {bc + "engines/DESEngine", "DES"},
      {bc + "engines/DESedeEngine", "3DES"},
      {bc + "engines/RC4Engine", "RC4"},
      {bc + "engines/RC2Engine", "RC2"},
      {bc + "engines/BlowfishEngine", "Blowfish"},
      {bc + "engines/AESEngine", "AES"},
      {bc + "engines/AESFastEngine", "AES"},
      {bc + "engines/AESLightEngine", "AES"},
      {bc + "engines/CamelliaEngine", "Camellia"},
      {bc + "engines/ChaChaEngine", "ChaCha20"},
      {bc + "engines/ChaCha7539Engine", "ChaCha20"},
      {bc + "engines/SM4Engine", "SM4"},
      {bc + "engines/SM2Engine", "SM2"},
      {bc + "engines/Zuc128Engine", "ZUC"},
      {bc + "engines/Zuc256Engine", "ZUC"},
      {bc + "engines/RSAEngine", "RSA"},
      {bc + "engines/RSABlindedEngine", "RSA"},
      {bc + "engines/ElGamalEngine", "ElGamal"},
      {bc + "signers/ECDSASigner", "ECDSA"},
      {bc + "signers/DSASigner", "DSA"},
      {bc + "signers/SM2Signer", "SM2"},
      {bc + "signers/RSADigestSigner", "RSA"},
      {bc + "signers/PSSSigner", "RSA"},
      {bc + "signers/Ed25519Signer", "Ed25519"},
      {bc + "signers/Ed448Signer", "Ed448"},
      {bc + "agreement/ECDHBasicAgreement", "ECDH"},
      {bc + "agreement/DHBasicAgreement", "DH"},
      {bc + "agreement/SM2KeyExchange", "SM2"},
      {bc + "agreement/X25519Agreement", "X25519"},
      {bc + "generators/RSAKeyPairGenerator", "RSA"},
      {bc + "generators/DSAKeyPairGenerator", "DSA"},
      {bc + "generators/DESKeyGenerator", "DES"},
      {bc + "generators/DESedeKeyGenerator", "3DES"},
      {"cn/hutool/crypto/symmetric/AES", "AES"},
      {"cn/hutool/crypto/symmetric/DES", "DES"},
      {"cn/hutool/crypto/symmetric/DESede", "3DES"},
      {"cn/hutool/crypto/symmetric/RC4", "RC4"},
      {"cn/hutool/crypto/symmetric/SM4", "SM4"},
      {"cn/hutool/crypto/symmetric/ZUC", "ZUC"},
      {"cn/hutool/crypto/asymmetric/RSA", "RSA"},
      {"cn/hutool/crypto/asymmetric/SM2", "SM2"},
      {"cn/hutool/crypto/digest/MD5", "MD5"},
      {"cn/hutool/crypto/digest/SM3", "SM3"},
    };
    for (String[] c : classes) {
      ALGORITHM_CLASSES.put(c[0], c[1]);
    }
    INTERESTING.addAll(FACTORIES.keySet());
    INTERESTING.addAll(ALGORITHM_CLASSES.keySet());
    INTERESTING.addAll(HELPERS);
    INTERESTING.addAll(FIXED_HELPERS.keySet());
    INTERESTING.addAll(ALGORITHM_ARGUMENT.keySet());
    INTERESTING.addAll(KEY_SPECS);
    INTERESTING.addAll(IV_SPECS);
    INTERESTING.addAll(PROTOCOL_HOLDERS);
  }

  /**
   * The algorithm a helper method name states ({@code md5Hex} gives MD5, {@code sha256} gives
   * SHA-256, {@code desede} gives 3DES), or null for a generic or non-cryptographic method ({@code
   * digest}, {@code crc32}, {@code murmur3_128}).
   */
  static String helperAlgorithm(String methodName) {
    String n = methodName.toLowerCase(Locale.ROOT).replace("_", "");
    String[][] table = {
      {"sha3512", "SHA3-512"},
      {"sha3384", "SHA3-384"},
      {"sha3256", "SHA3-256"},
      {"sha3224", "SHA3-224"},
      {"sha512256", "SHA-512/256"},
      {"sha512224", "SHA-512/224"},
      {"sha512", "SHA-512"},
      {"sha384", "SHA-384"},
      {"sha256", "SHA-256"},
      {"sha224", "SHA-224"},
      {"sha1", "SHA-1"},
      {"md5", "MD5"},
      {"md2", "MD2"},
      {"md4", "MD4"},
      {"sm2", "SM2"},
      {"sm3", "SM3"},
      {"sm4", "SM4"},
      {"zuc", "ZUC"},
      {"desede", "3DES"},
      {"aes", "AES"},
      {"rsa", "RSA"},
      {"rc4", "RC4"},
    };
    for (String[] t : table) {
      if (n.contains(t[0])) {
        return t[1];
      }
    }
    // Exact short names last: "des" would match inside unrelated words, "sha" inside "sha256".
    return switch (n) {
      case "des" -> "DES";
      case "sha", "shahex", "getshadigest" -> "SHA-1";
      default -> null;
    };
  }
}
