package io.anke.scan.bytecode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlgorithmsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "MD5 | MD5",
        "md5 | MD5",
        "SHA | SHA-1",
        "SHA1 | SHA-1",
        "SHA-1 | SHA-1",
        "SHA-256 | SHA-256",
        "SHA-512/256 | SHA-512/256",
        "SHA3-256 | SHA3-256",
        "SHAKE256-512 | SHAKE256",
        "SM3 | SM3",
        "HmacSHA1 | SHA-1",
        "HmacSM3 | SM3",
        "SHA1withRSA | SHA-1 RSA",
        "SHA256withECDSA | SHA-256 ECDSA",
        "SHA1withDSA | SHA-1 DSA",
        "SM3withSM2 | SM3 SM2",
        "PBEWithMD5AndDES | MD5 DES",
        "PBEWithSHA1AndDESede | SHA-1 3DES",
        "PBEWithHmacSHA256AndAES_128 | SHA-256 AES",
        "PBKDF2WithHmacSHA1 | SHA-1",
        "DESede/CBC/PKCS5Padding | 3DES",
        "TripleDES | 3DES",
        "DES | DES",
        "AES_256/GCM/NoPadding | AES",
        "RSA/ECB/OAEPWithSHA-256AndMGF1Padding | RSA",
        "ARCFOUR | RC4",
        "Blowfish | Blowfish",
        "ChaCha20-Poly1305 | ChaCha20",
        "SM4/CBC/PKCS5Padding | SM4",
        "DiffieHellman | DH",
        "DH | DH",
        "ECDH | ECDH",
        "EC | EC",
        "X25519 | X25519",
        "Ed25519 | Ed25519",
      })
  void jcaNamesHaveCanonicalPrimitives(String name, String expected) {
    assertThat(String.join(" ", Algorithms.primitives(name))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} unknown")
  @CsvSource({"Foo", "X.509", "PKIX", "NONE"})
  void unknownNamesHaveNoPrimitive(String name) {
    assertThat(Algorithms.primitives(name)).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SSLv3 | SSL 3.0",
        "SSLv2Hello | SSL 2.0",
        "SSL2.0 | SSL 2.0",
        "TLSv1_1 | TLS 1.1",
        "TLSv1_2 | TLS 1.2",
        "TLSv1 | TLS 1.0",
        "TLSv1.1 | TLS 1.1",
        "TLSv1.2 | TLS 1.2",
        "TLSv1.3 | TLS 1.3",
        "TLS | TLS",
        "SSL | TLS",
        "Default | TLS",
        "TLCPv1.1 | TLCP",
        "GMSSLv1.1 | TLCP",
      })
  void protocolNamesAreCanonical(String name, String expected) {
    assertThat(Algorithms.protocol(name)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "MD5, HIGH_RISK",
    "SHA-1, HIGH_RISK",
    "DES, HIGH_RISK",
    "3DES, HIGH_RISK",
    "RC4, HIGH_RISK",
    "SSL 3.0, HIGH_RISK",
    "TLS 1.0, HIGH_RISK",
    "TLS 1.1, HIGH_RISK",
    "AES, NON_NATIONAL",
    "RSA, NON_NATIONAL",
    "SHA-256, NON_NATIONAL",
    "ECDSA, NON_NATIONAL",
    "TLS 1.2, NON_NATIONAL",
    "SM2, NATIONAL",
    "SM3, NATIONAL",
    "SM4, NATIONAL",
    "TLCP, NATIONAL",
    "Foo, UNKNOWN",
  })
  void classification(String canonical, Classification expected) {
    assertThat(Algorithms.classify(canonical)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} mode {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "AES | ECB",
        "DES | ECB",
        "SM4 | ECB",
        "AES/CBC/PKCS5Padding | CBC",
        "SM4/GCM/NoPadding | GCM",
        "RSA | null",
        "RC4 | null",
        "AES/ECB/PKCS5Padding | ECB",
      })
  void cipherModeIncludesTheProviderDefault(String transformation, String mode) {
    assertThat(Algorithms.cipherMode(transformation)).isEqualTo(mode);
  }

  // ---- the names, OIDs, curves and cipher suites of CycloneDX CBOMs ---------------------------

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "AES-128-GCM | AES",
        "AES128-ECB | AES",
        "SHA512withRSA | SHA-512 RSA",
        "RSA-2048 | RSA",
        "SM4-CBC | SM4",
        "ECDSA-P256 | ECDSA",
        "SHA-256 | SHA-256",
        "HMAC-SHA256 | SHA-256",
        "HMAC-SM3 | SM3",
        "RSA-PKCS1-1.5-SHA-256-2048 | RSA SHA-256",
        "RSASSA-PSS | RSA",
        "ML-DSA-65 | ML-DSA",
        "SLH-DSA-SHA2-128s | SLH-DSA",
        "ML-KEM-768 | ML-KEM",
        "FFDH | DH",
      })
  void cycloneDxAlgorithmNames(String name, String expected) {
    assertThat(String.join(" ", Algorithms.primitives(name))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "2.16.840.1.101.3.4.1.6 | AES/GCM",
        "2.16.840.1.101.3.4.1.46 | AES/GCM",
        "2.16.840.1.101.3.4.1.1 | AES/ECB",
        "oid:2.16.840.1.101.3.4.1.22 | AES/CBC",
        "urn:oid:1.2.840.113549.1.1.13 | SHA512withRSA",
        "1.2.840.113549.1.1.1 | RSA",
        "1.2.840.113549.2.5 | MD5",
        "1.3.14.3.2.26 | SHA-1",
        "2.16.840.1.101.3.4.2.1 | SHA-256",
        "1.2.840.10045.4.3.2 | SHA256withECDSA",
        "1.3.132.1.12 | ECDH",
        "1.3.14.3.2.6 | DES/ECB",
        "1.2.840.113549.3.7 | DESede/CBC",
        "1.2.156.10197.1.104 | SM4",
        "1.2.156.10197.1.104.2 | SM4/CBC",
        "1.2.156.10197.1.104.8 | SM4",
        "1.2.156.10197.1.301.1 | SM2",
        "1.2.156.10197.1.401 | SM3",
        "1.2.156.10197.1.501 | SM3withSM2",
        "1.2.3.4.5.6.7.8.9 | null",
        "2.5.4.3 | null",
      })
  void objectIdentifiers(String oid, String name) {
    assertThat(Algorithms.oidName(oid)).isEqualTo(name);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 | ECDH RSA AES SHA-384",
        "TLS_RSA_WITH_3DES_EDE_CBC_SHA | RSA 3DES SHA-1",
        "TLS_RSA_WITH_RC4_128_MD5 | RSA RC4 MD5",
        "TLS_DHE_DSS_WITH_AES_128_CBC_SHA256 | DH DSA AES SHA-256",
        "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256 | ECDH ECDSA ChaCha20 SHA-256",
        "TLS_AES_128_GCM_SHA256 | AES SHA-256",
        "ECDHE-RSA-AES128-GCM-SHA256 | ECDH RSA AES SHA-256",
        "DES-CBC3-SHA | 3DES SHA-1",
        "TLS_SM4_GCM_SM3 | SM4 SM3",
        "ECC_SM4_CBC_SM3 | SM2 SM4 SM3",
        "ECDHE_SM4_GCM_SM3 | SM2 SM4 SM3",
        "IBSDH_SM4_CBC_SM3 | SM9 SM4 SM3",
        "RSA_SM4_CBC_SM3 | RSA SM4 SM3",
        "TLS_RSA_WITH_NULL_SHA | RSA NULL SHA-1",
        "TLS_DH_anon_WITH_AES_128_CBC_SHA | DH ANON AES SHA-1",
      })
  void cipherSuites(String suite, String expected) {
    assertThat(String.join(" ", Algorithms.cipherSuite(suite))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1} bits")
  @CsvSource({
    "P-256, 256",
    "secp160r1, 160",
    "brainpool/brainpoolP160r1, 160",
    "prime239v1, 239",
    "curve25519, 255",
    "nist/B-163, 163",
    "oakley/Oakley Group 3, 0",
  })
  void curveSizes(String curve, int bits) {
    assertThat(Algorithms.curveBits(curve)).isEqualTo(bits);
  }

  @ParameterizedTest(name = "{0} {1} bits is {2}")
  @CsvSource(
      nullValues = "null",
      value = {
        "RSA, 1024, HIGH_RISK",
        "RSA, 2048, NON_NATIONAL",
        "DH, 1536, HIGH_RISK",
        "EC, 160, HIGH_RISK",
        "ECDSA, 192, HIGH_RISK",
        "ECDH, 255, NON_NATIONAL",
        "SM2, 256, null",
        "AES, 128, null",
      })
  void keySizes(String algorithm, int bits, Classification expected) {
    assertThat(Algorithms.keySize(algorithm, bits)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "EC | sm2p256v1 | SM2",
        "ECDSA | oscaa/SM2 | SM2",
        "ECDH | 1.2.156.10197.1.301 | SM2",
        "EC | secp256r1 | EC",
        "ECDSA | null | ECDSA",
        "RSA | sm2p256v1 | RSA",
      })
  void theSm2CurveMakesEllipticCurveAlgorithmsSm2(String algorithm, String curve, String result) {
    assertThat(Algorithms.onCurve(java.util.List.of(algorithm), curve)).containsExactly(result);
  }

  @ParameterizedTest(name = "{0} on {1} in {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        // the national arcs of GM/T 0006, by name
        "SM2 | null | null | 1.2.156.10197.1.301",
        "SM3 | null | null | 1.2.156.10197.1.401",
        "SM4 | null | null | 1.2.156.10197.1.104",
        "SM4/GCM/NoPadding | null | GCM | 1.2.156.10197.1.104",
        "SM4/CBC/PKCS5Padding | null | CBC | 1.2.156.10197.1.104.2",
        "SM4 | null | ECB | 1.2.156.10197.1.104.1",
        "SM3withSM2 | null | null | 1.2.156.10197.1.501",
        "EC | sm2p256v1 | null | 1.2.156.10197.1.301",
        // an HMAC with SM3 is not SM3 itself
        "HmacSM3 | null | null | null",
        // modes of other block ciphers, names of hashes and signatures in any spelling
        "DES | null | ECB | 1.3.14.3.2.6",
        "DESede/CBC/PKCS5Padding | null | CBC | 1.2.840.113549.3.7",
        "DES | null | null | null",
        "SHA-256 | null | null | 2.16.840.1.101.3.4.2.1",
        "sha256 | null | null | 2.16.840.1.101.3.4.2.1",
        "MD5 | null | null | 1.2.840.113549.2.5",
        "SHA1withRSA | null | null | 1.2.840.113549.1.1.5",
        "HmacSHA256 | null | null | 1.2.840.113549.2.9",
        "EC | null | null | 1.2.840.10045.2.1",
        // several identifiers (RSA encryption, OAEP, PSS) or none: no identifier
        "RSA | null | null | null",
        "AES/GCM/NoPadding | null | GCM | null",
        "Whirlpool | null | null | null",
      })
  void objectIdentifiersOfNamedAlgorithms(String name, String curve, String mode, String oid) {
    assertThat(Algorithms.oid(name, curve, mode)).isEqualTo(oid);
    if (oid != null) {
      // The identifier reads back as the same algorithm.
      assertThat(Algorithms.onCurve(Algorithms.primitives(Algorithms.oidName(oid)), curve))
          .isEqualTo(Algorithms.onCurve(Algorithms.primitives(name), curve));
    }
  }
}
