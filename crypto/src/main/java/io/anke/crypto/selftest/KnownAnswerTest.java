package io.anke.crypto.selftest;

import io.anke.crypto.Hex;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm2.Sm2PublicKey;
import io.anke.crypto.sm2.Sm2SignatureEncoding;
import io.anke.crypto.sm2.Sm2Signer;
import io.anke.crypto.sm2.Sm2Verifier;
import io.anke.crypto.sm3.HmacSm3;
import io.anke.crypto.sm3.Sm3;
import io.anke.crypto.sm4.Sm4Gcm;
import io.anke.crypto.sm4.Sm4Key;
import io.anke.crypto.sm4.interop.Sm4Cbc;
import io.anke.crypto.sm4.interop.Sm4GcmWithNonce;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * One known-answer test: a name that may appear in reports and a check that runs a primitive
 * through its public API on fixed inputs and compares with the expected output. The factories take
 * the vector as arguments, so that a test of the self-test can hand in a corrupted one; {@link
 * #standard()} holds the vectors the self-test runs.
 *
 * @param name what failed, as reports show it; never key material
 * @param check the test; false or any exception is a failure
 */
record KnownAnswerTest(String name, Check check) {
  /** A test body; it may throw, which counts as a failure. */
  @FunctionalInterface
  interface Check {
    boolean passes() throws Exception;
  }

  // GM/T 0003.5-2012 / GB/T 32918.5 Annex A, recommended curve sm2p256v1: key d, its public point,
  // message "message digest" with ID 1234567812345678 and the signature (r, s) made with the
  // standard's fixed k.
  static final String SM2_D = "3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8";
  static final String SM2_P =
      "04"
          + "09F9DF311E5421A150DD7D161E4BC5C672179FAD1833FC076BB08FF356F35020"
          + "CCEA490CE26775A52DC6EA718CC1AA600AED05FBF35E084A6632F6072DA9AD13";
  static final String SM2_MESSAGE = "message digest";
  static final String SM2_SIGNATURE_RS =
      "F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3"
          + "B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA";

  // GB/T 32905-2016 Annex A, example 1.
  static final String SM3_MESSAGE = "616263";
  static final String SM3_DIGEST =
      "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0";

  // RFC 4231 test case 1 inputs (key 0x0b x 20, "Hi There") under SM3; the tag was computed with
  // OpenSSL 3.0 (openssl mac -digest SM3 -macopt hexkey:0b...0b HMAC), independently of Bouncy
  // Castle.
  static final String HMAC_KEY = "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b";
  static final String HMAC_MESSAGE = "4869205468657265";
  static final String HMAC_TAG = "51b00d1fb49832bfb01c3ce27848e59f871d9ba938dc563b338ca964755cce70";

  // RFC 8998 Appendix A.1 (SM4-GCM); the CBC case reuses key and plaintext with IV 00..0f, the
  // ciphertext computed with OpenSSL 3.0 (openssl enc -sm4-cbc, PKCS#7 padding).
  static final String SM4_KEY = "0123456789ABCDEFFEDCBA9876543210";
  static final String SM4_PLAINTEXT =
      "AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBBCCCCCCCCCCCCCCCCDDDDDDDDDDDDDDDD"
          + "EEEEEEEEEEEEEEEEFFFFFFFFFFFFFFFFEEEEEEEEEEEEEEEEAAAAAAAAAAAAAAAA";
  static final String GCM_NONCE = "00001234567800000000ABCD";
  static final String GCM_AAD = "FEEDFACEDEADBEEFFEEDFACEDEADBEEFABADDAD2";
  static final String GCM_CIPHERTEXT_AND_TAG =
      "17F399F08C67D5EE19D0DC9969C4BB7D5FD46FD3756489069157B282BB200735"
          + "D82710CA5C22F0CCFA7CBF93D496AC15A56834CBCF98C397B4024A2691233B8D"
          + "83DE3541E4C2B58177E065A9BF7B62EC";
  static final String CBC_IV = "000102030405060708090A0B0C0D0E0F";
  static final String CBC_CIPHERTEXT =
      "9554bcddf2d371452bffd93df8d461872360664050b1ae28e3e25ab2539ededb"
          + "ec17435cee4d9e7c413b774acf6ad121aa16d86ff8e97ed458e1746bfa7bb74c"
          + "bf45ec165f8b0fd62a2b84465bca03af";

  /** The tests the power-on self-test runs, in order. */
  static List<KnownAnswerTest> standard() {
    byte[] sm2Message = SM2_MESSAGE.getBytes(StandardCharsets.US_ASCII);
    return List.of(
        sm2Verify(SM2_P, sm2Message, SM2_SIGNATURE_RS),
        sm2RejectAltered(SM2_P, sm2Message, SM2_SIGNATURE_RS),
        sm2Sign(SM2_D, SM2_P, sm2Message),
        sm3(SM3_MESSAGE, SM3_DIGEST),
        hmacSm3(HMAC_KEY, HMAC_MESSAGE, HMAC_TAG),
        sm4GcmEncrypt(SM4_KEY, GCM_NONCE, GCM_AAD, SM4_PLAINTEXT, GCM_CIPHERTEXT_AND_TAG),
        sm4GcmDecrypt(SM4_KEY, GCM_NONCE, GCM_AAD, SM4_PLAINTEXT, GCM_CIPHERTEXT_AND_TAG),
        sm4CbcEncrypt(SM4_KEY, CBC_IV, SM4_PLAINTEXT, CBC_CIPHERTEXT),
        sm4CbcDecrypt(SM4_KEY, CBC_IV, SM4_PLAINTEXT, CBC_CIPHERTEXT));
  }

  /** The standard's signature (raw r‖s) verifies under the standard's public key. */
  static KnownAnswerTest sm2Verify(String publicKey, byte[] message, String signatureRs) {
    return new KnownAnswerTest(
        "SM2 verify",
        () ->
            new Sm2Verifier(Sm2PublicKey.fromHex(publicKey))
                .withEncoding(Sm2SignatureEncoding.RAW)
                .verify(message, Hex.decode(signatureRs)));
  }

  /** The same signature over the message with its last byte altered must not verify. */
  static KnownAnswerTest sm2RejectAltered(String publicKey, byte[] message, String signatureRs) {
    return new KnownAnswerTest(
        "SM2 verify rejects an altered message",
        () -> {
          byte[] altered = message.clone();
          altered[altered.length - 1] ^= 0x01;
          return !new Sm2Verifier(Sm2PublicKey.fromHex(publicKey))
              .withEncoding(Sm2SignatureEncoding.RAW)
              .verify(altered, Hex.decode(signatureRs));
        });
  }

  /**
   * The standard's private key yields the standard's public key, and a fresh signature with it
   * verifies. SM2 signing is randomised (the hedged nonce), so its known answer is the public key
   * and the verification, as FIPS 140 allows for non-deterministic signatures.
   */
  static KnownAnswerTest sm2Sign(String privateKey, String publicKey, byte[] message) {
    return new KnownAnswerTest(
        "SM2 sign",
        () -> {
          Sm2PrivateKey d = Sm2PrivateKey.fromHex(privateKey);
          try {
            Sm2PublicKey expected = Sm2PublicKey.fromHex(publicKey);
            if (!d.publicKey().equals(expected)) {
              return false;
            }
            byte[] signature = new Sm2Signer(d).sign(message);
            return new Sm2Verifier(expected).verify(message, signature);
          } finally {
            d.destroy();
          }
        });
  }

  static KnownAnswerTest sm3(String message, String digest) {
    return new KnownAnswerTest(
        "SM3", () -> Arrays.equals(Sm3.digest(Hex.decode(message)), Hex.decode(digest)));
  }

  static KnownAnswerTest hmacSm3(String key, String message, String tag) {
    return new KnownAnswerTest(
        "HMAC-SM3",
        () -> {
          HmacSm3 mac = HmacSm3.withKey(Hex.decode(key));
          try {
            return Arrays.equals(mac.mac(Hex.decode(message)), Hex.decode(tag));
          } finally {
            mac.destroy();
          }
        });
  }

  static KnownAnswerTest sm4GcmEncrypt(
      String key, String nonce, String aad, String plaintext, String ciphertextAndTag) {
    return sm4(
        "SM4-GCM encrypt",
        key,
        k ->
            Sm4GcmWithNonce.withKey(k)
                .encrypt(Hex.decode(nonce), Hex.decode(plaintext), Hex.decode(aad)),
        ciphertextAndTag);
  }

  /** Decrypts through {@link Sm4Gcm}, the default AEAD, which reads {@code nonce ‖ ct ‖ tag}. */
  static KnownAnswerTest sm4GcmDecrypt(
      String key, String nonce, String aad, String plaintext, String ciphertextAndTag) {
    return sm4(
        "SM4-GCM decrypt",
        key,
        k -> Sm4Gcm.withKey(k).decrypt(Hex.decode(nonce + ciphertextAndTag), Hex.decode(aad)),
        plaintext);
  }

  static KnownAnswerTest sm4CbcEncrypt(String key, String iv, String plaintext, String ciphertext) {
    return sm4(
        "SM4-CBC encrypt",
        key,
        k -> Sm4Cbc.withKey(k).encrypt(Hex.decode(iv), Hex.decode(plaintext)),
        ciphertext);
  }

  static KnownAnswerTest sm4CbcDecrypt(String key, String iv, String plaintext, String ciphertext) {
    return sm4(
        "SM4-CBC decrypt",
        key,
        k -> Sm4Cbc.withKey(k).decrypt(Hex.decode(iv), Hex.decode(ciphertext)),
        plaintext);
  }

  /** An SM4 operation under a key made for the test and destroyed after it. */
  @FunctionalInterface
  private interface Sm4Operation {
    byte[] apply(Sm4Key key) throws Exception;
  }

  private static KnownAnswerTest sm4(
      String name, String key, Sm4Operation operation, String expected) {
    return new KnownAnswerTest(
        name,
        () -> {
          Sm4Key k = Sm4Key.fromBytes(Hex.decode(key));
          try {
            return Arrays.equals(operation.apply(k), Hex.decode(expected));
          } finally {
            k.destroy();
          }
        });
  }

  /** Runs the check; an exception or error of the implementation is a failure, not a crash. */
  boolean passes() {
    try {
      return check.passes();
    } catch (Exception | LinkageError e) {
      // A LinkageError is what an incompatible Bouncy Castle on the class path produces.
      return false;
    }
  }
}
