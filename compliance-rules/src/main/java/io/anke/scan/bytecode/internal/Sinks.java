package io.anke.scan.bytecode.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
          "org/apache/commons/codec/digest/HmacUtils",
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

  /** Static helper methods ({@code owner.name}) that use one algorithm (a JCA name). */
  static final Map<String, String> FIXED_METHODS =
      Map.of(
          "org/springframework/security/crypto/encrypt/Encryptors.standard",
          "AES",
          "org/springframework/security/crypto/encrypt/Encryptors.stronger",
          "AES",
          "org/springframework/security/crypto/encrypt/Encryptors.text",
          "AES",
          "org/springframework/security/crypto/encrypt/Encryptors.delux",
          "AES",
          "org/springframework/security/crypto/password/Pbkdf2PasswordEncoder"
              + ".defaultsForSpringSecurity_v5_5",
          "PBKDF2WithHmacSHA1",
          "org/springframework/security/crypto/password/Pbkdf2PasswordEncoder"
              + ".defaultsForSpringSecurity_v5_8",
          "PBKDF2WithHmacSHA256");

  private static final String SHIRO_CIPHER = "org/apache/shiro/crypto/cipher/";
  private static final String SHIRO_HASH = "org/apache/shiro/crypto/hash/";
  private static final String SHIRO_MATCHER = "org/apache/shiro/authc/credential/";
  private static final String SPRING_PASSWORD = "org/springframework/security/crypto/password/";

  /**
   * Helper methods and constructors whose algorithm argument — the first argument that is a {@code
   * String} or an enum constant — names a JCA algorithm: owner, then the method names. Setters of
   * helper objects ({@code setAlgorithm}) are here: the value stored into the helper reaches the
   * JCA when it is used.
   */
  static final Map<String, Set<String>> ALGORITHM_ARGUMENT =
      Map.ofEntries(
          Map.entry("org/apache/commons/codec/digest/DigestUtils", Set.of("<init>", "getDigest")),
          Map.entry(
              "org/apache/commons/codec/digest/HmacUtils", Set.of("<init>", "getInitializedMac")),
          Map.entry("cn/hutool/crypto/digest/Digester", Set.of("<init>")),
          Map.entry("cn/hutool/crypto/digest/HMac", Set.of("<init>")),
          Map.entry("cn/hutool/crypto/digest/DigestUtil", Set.of("digester")),
          Map.entry("cn/hutool/crypto/symmetric/SymmetricCrypto", Set.of("<init>")),
          Map.entry("cn/hutool/crypto/asymmetric/AsymmetricCrypto", Set.of("<init>")),
          Map.entry("cn/hutool/crypto/asymmetric/Sign", Set.of("<init>")),
          Map.entry(
              "cn/hutool/crypto/SecureUtil",
              Set.of(
                  "generateKey",
                  "generateKeyPair",
                  "generatePrivateKey",
                  "generatePublicKey",
                  "hmac",
                  "sign",
                  "generateSignature")),
          Map.entry(
              "cn/hutool/crypto/KeyUtil",
              Set.of("generateKey", "generateKeyPair", "generatePrivateKey", "generatePublicKey")),
          Map.entry(SHIRO_CIPHER + "DefaultBlockCipherService", Set.of("<init>")),
          Map.entry("org/apache/shiro/crypto/DefaultBlockCipherService", Set.of("<init>")),
          Map.entry(SHIRO_HASH + "SimpleHash", Set.of("<init>")),
          Map.entry(
              SHIRO_HASH + "DefaultHashService",
              Set.of("setHashAlgorithmName", "setDefaultAlgorithmName")),
          Map.entry(
              SHIRO_MATCHER + "HashedCredentialsMatcher", Set.of("<init>", "setHashAlgorithmName")),
          Map.entry(SPRING_PASSWORD + "MessageDigestPasswordEncoder", Set.of("<init>")),
          Map.entry(SPRING_PASSWORD + "Pbkdf2PasswordEncoder", Set.of("<init>", "setAlgorithm")));

  /** Every jasypt class with {@code setAlgorithm(String)}: encryptors, digesters, configs. */
  private static final String JASYPT = "org/jasypt/";

  /** True when {@code owner.name} takes an algorithm argument (see {@link #ALGORITHM_ARGUMENT}). */
  static boolean takesAlgorithm(String owner, String name) {
    Set<String> names = ALGORITHM_ARGUMENT.get(owner);
    if (names != null && names.contains(name)) {
      return true;
    }
    return owner.startsWith(JASYPT) && name.equals("setAlgorithm");
  }

  /** The JCA factory a helper passes its algorithm to, where it decides the mode (ECB). */
  static String helperFactory(String owner) {
    return owner.equals("cn/hutool/crypto/symmetric/SymmetricCrypto") ? "Cipher" : "Helper";
  }

  /**
   * A helper object's algorithm when the application sets none: {@code algorithm} (a JCA name)
   * unless one of {@code configuring} is called on the object.
   */
  record Default(String algorithm, Set<String> configuring) {}

  private static final Set<String> JASYPT_CONFIGURING = Set.of("setAlgorithm", "setConfig");

  /**
   * Defaults of helper objects, by owner and constructor descriptor: jasypt's PBE encryptors use
   * PBEWithMD5AndDES and its digesters MD5 unless told otherwise; Spring's Pbkdf2PasswordEncoder
   * constructor without an algorithm uses PBKDF2WithHmacSHA1.
   */
  static final Map<String, Default> DEFAULTS = new HashMap<>();

  /** The default of a constructor call, or null. */
  static Default defaultOf(String owner, String constructorDescriptor) {
    return DEFAULTS.get(owner + constructorDescriptor);
  }

  /** True when calling {@code name} on a helper with a default may replace its algorithm. */
  static boolean configures(String owner, String name) {
    for (Map.Entry<String, Default> e : DEFAULTS.entrySet()) {
      if (e.getKey().startsWith(owner + "(") && e.getValue().configuring().contains(name)) {
        return true;
      }
    }
    return false;
  }

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
    return INTERESTING.contains(internalName)
        || internalName.startsWith(JASYPT)
        || nationalPackage(internalName) != null;
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
      // jasypt's ready-made encryptors: the algorithm their constructor sets.
      {"org/jasypt/util/text/BasicTextEncryptor", "PBEWithMD5AndDES"},
      {"org/jasypt/util/text/StrongTextEncryptor", "PBEWithMD5AndTripleDES"},
      {"org/jasypt/util/text/AES256TextEncryptor", "PBEWithHMACSHA512AndAES_256"},
      {"org/jasypt/util/binary/BasicBinaryEncryptor", "PBEWithMD5AndDES"},
      {"org/jasypt/util/binary/StrongBinaryEncryptor", "PBEWithMD5AndTripleDES"},
      {"org/jasypt/util/binary/AES256BinaryEncryptor", "PBEWithHMACSHA512AndAES_256"},
      {"org/jasypt/util/numeric/BasicIntegerNumberEncryptor", "PBEWithMD5AndDES"},
      {"org/jasypt/util/numeric/BasicDecimalNumberEncryptor", "PBEWithMD5AndDES"},
      {"org/jasypt/util/numeric/StrongIntegerNumberEncryptor", "PBEWithMD5AndTripleDES"},
      {"org/jasypt/util/numeric/StrongDecimalNumberEncryptor", "PBEWithMD5AndTripleDES"},
      {"org/jasypt/util/numeric/AES256IntegerNumberEncryptor", "PBEWithHMACSHA512AndAES_256"},
      {"org/jasypt/util/numeric/AES256DecimalNumberEncryptor", "PBEWithHMACSHA512AndAES_256"},
      {"org/jasypt/util/password/BasicPasswordEncryptor", "MD5"},
      {"org/jasypt/util/password/StrongPasswordEncryptor", "SHA-256"},
      {"org/jasypt/util/password/rfc2307/RFC2307MD5PasswordEncryptor", "MD5"},
      {"org/jasypt/util/password/rfc2307/RFC2307SMD5PasswordEncryptor", "MD5"},
      {"org/jasypt/util/password/rfc2307/RFC2307SHAPasswordEncryptor", "SHA-1"},
      {"org/jasypt/util/password/rfc2307/RFC2307SSHAPasswordEncryptor", "SHA-1"},
      // Shiro's cipher services (2.x and later, and 1.x) and hashes.
      {SHIRO_CIPHER + "AesCipherService", "AES"},
      {SHIRO_CIPHER + "BlowfishCipherService", "Blowfish"},
      {"org/apache/shiro/crypto/AesCipherService", "AES"},
      {"org/apache/shiro/crypto/BlowfishCipherService", "Blowfish"},
      {SHIRO_HASH + "Md2Hash", "MD2"},
      {SHIRO_HASH + "Md5Hash", "MD5"},
      {SHIRO_HASH + "Sha1Hash", "SHA-1"},
      {SHIRO_HASH + "Sha256Hash", "SHA-256"},
      {SHIRO_HASH + "Sha384Hash", "SHA-384"},
      {SHIRO_HASH + "Sha512Hash", "SHA-512"},
      {SHIRO_MATCHER + "Md2CredentialsMatcher", "MD2"},
      {SHIRO_MATCHER + "Md5CredentialsMatcher", "MD5"},
      {SHIRO_MATCHER + "Sha1CredentialsMatcher", "SHA-1"},
      {SHIRO_MATCHER + "Sha256CredentialsMatcher", "SHA-256"},
      {SHIRO_MATCHER + "Sha384CredentialsMatcher", "SHA-384"},
      {SHIRO_MATCHER + "Sha512CredentialsMatcher", "SHA-512"},
      // Spring Security's legacy password encoders.
      {SPRING_PASSWORD + "Md4PasswordEncoder", "MD4"},
      {SPRING_PASSWORD + "LdapShaPasswordEncoder", "SHA-1"},
      {SPRING_PASSWORD + "StandardPasswordEncoder", "SHA-256"},
    };
    for (String[] c : classes) {
      ALGORITHM_CLASSES.put(c[0], c[1]);
    }
    INTERESTING.addAll(FACTORIES.keySet());
    INTERESTING.addAll(ALGORITHM_CLASSES.keySet());
    INTERESTING.addAll(HELPERS);
    INTERESTING.addAll(FIXED_HELPERS.keySet());
    for (String method : FIXED_METHODS.keySet()) {
      INTERESTING.add(method.substring(0, method.lastIndexOf('.')));
    }
    INTERESTING.addAll(ALGORITHM_ARGUMENT.keySet());
    String pbe = JASYPT + "encryption/pbe/";
    Default pbeDefault = new Default("PBEWithMD5AndDES", JASYPT_CONFIGURING);
    for (String kind : List.of("Byte", "String", "BigInteger", "BigDecimal")) {
      DEFAULTS.put(pbe + "StandardPBE" + kind + "Encryptor()V", pbeDefault);
      DEFAULTS.put(pbe + "PooledPBE" + kind + "Encryptor()V", pbeDefault);
    }
    Default digestDefault = new Default("MD5", JASYPT_CONFIGURING);
    for (String kind : List.of("Byte", "String")) {
      DEFAULTS.put(JASYPT + "digest/Standard" + kind + "Digester()V", digestDefault);
      DEFAULTS.put(JASYPT + "digest/Pooled" + kind + "Digester()V", digestDefault);
    }
    DEFAULTS.put(JASYPT + "util/digest/Digester()V", digestDefault);
    DEFAULTS.put(JASYPT + "util/password/ConfigurablePasswordEncryptor()V", digestDefault);
    DEFAULTS.put(
        SPRING_PASSWORD + "Pbkdf2PasswordEncoder(Ljava/lang/CharSequence;III)V",
        new Default("PBKDF2WithHmacSHA1", Set.of("setAlgorithm")));
    for (String key : DEFAULTS.keySet()) {
      INTERESTING.add(key.substring(0, key.indexOf('(')));
    }
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
