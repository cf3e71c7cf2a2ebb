package io.anke.crypto.selftest;

import static io.anke.crypto.selftest.KnownAnswerTest.CBC_CIPHERTEXT;
import static io.anke.crypto.selftest.KnownAnswerTest.CBC_IV;
import static io.anke.crypto.selftest.KnownAnswerTest.GCM_AAD;
import static io.anke.crypto.selftest.KnownAnswerTest.GCM_CIPHERTEXT_AND_TAG;
import static io.anke.crypto.selftest.KnownAnswerTest.GCM_NONCE;
import static io.anke.crypto.selftest.KnownAnswerTest.HMAC_KEY;
import static io.anke.crypto.selftest.KnownAnswerTest.HMAC_MESSAGE;
import static io.anke.crypto.selftest.KnownAnswerTest.HMAC_TAG;
import static io.anke.crypto.selftest.KnownAnswerTest.SM2_D;
import static io.anke.crypto.selftest.KnownAnswerTest.SM2_MESSAGE;
import static io.anke.crypto.selftest.KnownAnswerTest.SM2_P;
import static io.anke.crypto.selftest.KnownAnswerTest.SM2_SIGNATURE_RS;
import static io.anke.crypto.selftest.KnownAnswerTest.SM3_DIGEST;
import static io.anke.crypto.selftest.KnownAnswerTest.SM3_MESSAGE;
import static io.anke.crypto.selftest.KnownAnswerTest.SM4_KEY;
import static io.anke.crypto.selftest.KnownAnswerTest.SM4_PLAINTEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.Hex;
import io.anke.crypto.SelfTestFailedException;
import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm2.Sm2PublicKey;
import io.anke.crypto.sm2.Sm2Signer;
import io.anke.crypto.sm2.Sm2Verifier;
import io.anke.crypto.sm3.HmacSm3;
import io.anke.crypto.sm3.Sm3;
import io.anke.crypto.sm4.Sm4Gcm;
import io.anke.crypto.sm4.Sm4Key;
import io.anke.crypto.sm4.interop.Sm4Cbc;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SelfTestTest {
  private static final byte[] SM2_MSG = SM2_MESSAGE.getBytes(StandardCharsets.US_ASCII);

  @AfterEach
  void reopen() {
    SelfTest.resetForTesting();
  }

  @Test
  void passesOnThisJvmAndAnswersLaterCallsFromMemory() {
    SelfTestResult first = SelfTest.run();
    assertThat(first.passed()).as(first.failures().toString()).isTrue();
    assertThat(first.failures()).isEmpty();
    assertThat(SelfTest.run()).isSameAs(first);
  }

  @Test
  void concurrentFirstCallersShareOneResult() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<SelfTestResult>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit((Callable<SelfTestResult>) SelfTest::run));
      }
      SelfTestResult one = results.get(0).get();
      for (Future<SelfTestResult> f : results) {
        assertThat(f.get()).isSameAs(one);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void runsEveryPrimitiveTheBriefNames() {
    assertThat(KnownAnswerTest.standard().stream().map(KnownAnswerTest::name))
        .containsExactly(
            "SM2 verify",
            "SM2 verify rejects an altered message",
            "SM2 sign",
            "SM3",
            "HMAC-SM3",
            "SM4-GCM encrypt",
            "SM4-GCM decrypt",
            "SM4-CBC encrypt",
            "SM4-CBC decrypt");
  }

  /** The HMAC-SM3 constant agrees with Bouncy Castle's HMac over SM3 too (OpenSSL made it). */
  @Test
  void hmacVectorAgreesWithASecondImplementation() {
    HMac mac = new HMac(new SM3Digest());
    mac.init(new KeyParameter(Hex.decode(HMAC_KEY)));
    byte[] message = Hex.decode(HMAC_MESSAGE);
    mac.update(message, 0, message.length);
    byte[] out = new byte[32];
    mac.doFinal(out, 0);
    assertThat(Hex.encode(out)).isEqualTo(HMAC_TAG);
  }

  /** Each standard test with its expected answer corrupted, and the name it must report. */
  static Stream<Arguments> corrupted() {
    List<Arguments> out = new ArrayList<>();
    add(out, "SM2 verify", t -> KnownAnswerTest.sm2Verify(SM2_P, SM2_MSG, flip(SM2_SIGNATURE_RS)));
    // An "altered" message that the signature does verify: the rejection test must notice.
    add(
        out,
        "SM2 verify rejects an altered message",
        t -> {
          byte[] m = SM2_MSG.clone();
          m[m.length - 1] ^= 0x01; // the test alters it back to the signed message
          return KnownAnswerTest.sm2RejectAltered(SM2_P, m, SM2_SIGNATURE_RS);
        });
    add(out, "SM2 sign", t -> KnownAnswerTest.sm2Sign(SM2_D, flipPoint(SM2_P), SM2_MSG));
    add(out, "SM3", t -> KnownAnswerTest.sm3(SM3_MESSAGE, flip(SM3_DIGEST)));
    add(out, "HMAC-SM3", t -> KnownAnswerTest.hmacSm3(HMAC_KEY, HMAC_MESSAGE, flip(HMAC_TAG)));
    add(
        out,
        "SM4-GCM encrypt",
        t ->
            KnownAnswerTest.sm4GcmEncrypt(
                SM4_KEY, GCM_NONCE, GCM_AAD, SM4_PLAINTEXT, flip(GCM_CIPHERTEXT_AND_TAG)));
    add(
        out,
        "SM4-GCM decrypt",
        t ->
            KnownAnswerTest.sm4GcmDecrypt(
                SM4_KEY, GCM_NONCE, GCM_AAD, flip(SM4_PLAINTEXT), GCM_CIPHERTEXT_AND_TAG));
    add(
        out,
        "SM4-CBC encrypt",
        t -> KnownAnswerTest.sm4CbcEncrypt(SM4_KEY, CBC_IV, SM4_PLAINTEXT, flip(CBC_CIPHERTEXT)));
    add(
        out,
        "SM4-CBC decrypt",
        t -> KnownAnswerTest.sm4CbcDecrypt(SM4_KEY, CBC_IV, flip(SM4_PLAINTEXT), CBC_CIPHERTEXT));
    return out.stream();
  }

  private static void add(
      List<Arguments> out, String name, Function<KnownAnswerTest, KnownAnswerTest> corrupt) {
    out.add(Arguments.of(name, corrupt));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corrupted")
  void aCorruptedVectorFailsThatTestAndClosesEveryFactory(
      String name, Function<KnownAnswerTest, KnownAnswerTest> corrupt) {
    List<KnownAnswerTest> tests = new ArrayList<>();
    for (KnownAnswerTest t : KnownAnswerTest.standard()) {
      tests.add(t.name().equals(name) ? corrupt.apply(t) : t);
    }
    assertThat(tests).extracting(KnownAnswerTest::name).contains(name);

    SelfTestResult result = SelfTest.execute(tests);

    assertThat(result.passed()).isFalse();
    assertThat(result.failures()).containsExactly(name);
    assertFactoriesRefuse(name);
  }

  @Test
  void aThrowingImplementationIsAFailureNotACrash() {
    KnownAnswerTest broken =
        new KnownAnswerTest(
            "SM3",
            () -> {
              throw new NoSuchMethodError("org.bouncycastle.crypto.digests.SM3Digest.<init>()V");
            });
    SelfTestResult result = SelfTest.execute(List.of(broken));
    assertThat(result.failures()).containsExactly("SM3");
    assertFactoriesRefuse("SM3");
  }

  /** The error state is sticky: a second run cannot pass, because the primitives now refuse. */
  @Test
  void aFailureCannotBeClearedByRunningAgain() {
    SelfTest.execute(List.of(KnownAnswerTest.sm3(SM3_MESSAGE, flip(SM3_DIGEST))));
    assertThatThrownBy(() -> Sm3.digest(new byte[0])).isInstanceOf(SelfTestFailedException.class);

    SelfTestResult again = SelfTest.execute(KnownAnswerTest.standard());

    assertThat(again.passed()).isFalse();
    assertThat(again.failures()).hasSize(KnownAnswerTest.standard().size());
    assertThatThrownBy(() -> Sm3.digest(new byte[0])).isInstanceOf(SelfTestFailedException.class);
    SelfTest.resetForTesting();
    assertThatCode(() -> Sm3.digest(new byte[0])).doesNotThrowAnyException();
    assertThat(SelfTest.execute(KnownAnswerTest.standard()).passed()).isTrue();
  }

  @Test
  void resultAgreesWithItsFailures() {
    assertThatThrownBy(() -> new SelfTestResult(true, List.of("SM3")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SelfTestResult(false, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(SelfTestResult.of(List.of()).passed()).isTrue();
  }

  private static void assertFactoriesRefuse(String failedTest) {
    Sm4Key sm4 = Sm4Key.fromBytes(Hex.decode(SM4_KEY)); // keys themselves are not primitives
    Sm2PrivateKey d = Sm2PrivateKey.fromHex(SM2_D);
    Sm2PublicKey p = Sm2PublicKey.fromHex(SM2_P);
    List<Runnable> factories =
        List.of(
            () -> new Sm2Signer(d),
            () -> new Sm2Verifier(p),
            () -> Sm3.digest(new byte[] {1}),
            () -> Sm3.newHasher(),
            () -> HmacSm3.withKey(new byte[16]),
            () -> HmacSm3.withInteropKey(new byte[4]),
            () -> Sm4Gcm.withKey(sm4),
            () -> Sm4Cbc.withKey(sm4),
            () -> io.anke.crypto.sm4.Sm4Ccm.withKey(sm4),
            () -> io.anke.crypto.sm4.interop.Sm4GcmWithNonce.withKey(sm4),
            () -> new io.anke.crypto.sm2.Sm2Encrypter(p),
            () -> new io.anke.crypto.sm2.Sm2Decrypter(d),
            () -> io.anke.crypto.sm2.Sm2KeyExchange.initiator(d, "ALICE"),
            () -> io.anke.crypto.sm3.Sm3Kdf.derive(new byte[32], 16),
            () -> io.anke.crypto.sm4.interop.Sm4Ctr.withKey(sm4),
            () -> io.anke.crypto.sm4.interop.Sm4CcmWithNonce.withKey(sm4),
            () ->
                io.anke.crypto.sm4.interop.legacy.Sm4Ecb.withKey(
                    sm4, io.anke.crypto.sm4.interop.Padding.PKCS7),
            () -> io.anke.crypto.streaming.Sm4GcmStreamingAead.create(sm4),
            () -> io.anke.crypto.streaming.Sm4GcmStreamingAead.create(new byte[16]),
            () -> io.anke.crypto.password.PasswordHasher.withDefaults(),
            () -> io.anke.crypto.password.PasswordHasher.withIterations(20_000),
            () -> new io.anke.crypto.envelope.EnvelopeEncrypter(p));
    for (Runnable factory : factories) {
      assertThatThrownBy(factory::run)
          .isInstanceOf(SelfTestFailedException.class)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(failedTest)
          .satisfies(
              e -> {
                assertThat(((SelfTestFailedException) e).failures()).containsExactly(failedTest);
                String message = e.getMessage().toUpperCase(java.util.Locale.ROOT);
                for (String secret : List.of(SM2_D, SM4_KEY, HMAC_KEY)) {
                  assertThat(message).doesNotContain(secret.toUpperCase(java.util.Locale.ROOT));
                }
              });
    }
    // Key generation is not gated, but everything that would use the key is.
    Sm2KeyPair pair = Sm2KeyPair.generate();
    assertThatThrownBy(() -> new Sm2Signer(pair.privateKey()))
        .isInstanceOf(SelfTestFailedException.class);
  }

  /** The hex text with its last digit changed. */
  private static String flip(String hex) {
    char last = hex.charAt(hex.length() - 1);
    return hex.substring(0, hex.length() - 1) + (last == '0' ? '1' : '0');
  }

  /** Another valid point: the public key of d + 1 (a corrupted point would not even decode). */
  private static String flipPoint(String ignored) {
    byte[] d = Hex.decode(SM2_D);
    d[d.length - 1]++;
    return Sm2PrivateKey.fromRaw(d).publicKey().toHex();
  }
}
