package io.anke.rules.bytecode;

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
}
