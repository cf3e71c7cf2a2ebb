package io.anke.crypto.sm2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.Hex;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.junit.jupiter.api.Test;

/** Signature behaviour and Wycheproof-style negatives for the encodings. */
class Sm2SignatureTest {
  static final BigInteger N = CustomNamedCurves.getByName("sm2p256v1").getN();
  static final Sm2KeyPair PAIR = Sm2KeyPair.generate(TestRandoms.seeded(100));
  static final byte[] MESSAGE = "转账 100 元 / transfer 100 yuan".getBytes(StandardCharsets.UTF_8);

  @Test
  void signsAndVerifiesInBothEncodingsWithTheDefaultId() throws Exception {
    Sm2Signer signer = new Sm2Signer(PAIR.privateKey());
    Sm2Verifier verifier = new Sm2Verifier(PAIR.publicKey());
    assertThat(signer.id()).isEqualTo(Sm2.DEFAULT_ID.getBytes(StandardCharsets.US_ASCII));
    assertThat(signer.encoding()).isEqualTo(Sm2SignatureEncoding.DER);
    byte[] der = signer.sign(MESSAGE);
    assertThat(der[0]).isEqualTo((byte) 0x30);
    assertThat(der.length).isBetween(8, 72);
    assertThat(verifier.verify(MESSAGE, der)).isTrue();

    byte[] raw = signer.withEncoding(Sm2SignatureEncoding.RAW).sign(MESSAGE);
    assertThat(raw).hasSize(64);
    assertThat(verifier.withEncoding(Sm2SignatureEncoding.RAW).verify(MESSAGE, raw)).isTrue();
    // The wrong encoding is just an invalid signature for verify.
    assertThat(verifier.verify(MESSAGE, raw)).isFalse();
    assertThat(verifier.withEncoding(Sm2SignatureEncoding.RAW).verify(MESSAGE, der)).isFalse();

    assertThat(verifier.verify(new ByteArrayInputStream(MESSAGE), der)).isTrue();
    assertThat(verifier.verify(new ByteArrayInputStream(MESSAGE), signer.sign(MESSAGE))).isTrue();
    byte[] padded = new byte[MESSAGE.length + 10];
    System.arraycopy(MESSAGE, 0, padded, 5, MESSAGE.length);
    assertThat(verifier.verify(MESSAGE, signer.sign(padded, 5, MESSAGE.length))).isTrue();
    assertThat(verifier.verify(MESSAGE, signer.sign(new ByteArrayInputStream(MESSAGE)))).isTrue();
  }

  @Test
  void theUserIdMatters() {
    byte[] sig = new Sm2Signer(PAIR.privateKey()).withId("alice@example.cn").sign(MESSAGE);
    Sm2Verifier v = new Sm2Verifier(PAIR.publicKey());
    assertThat(v.withId("alice@example.cn").verify(MESSAGE, sig)).isTrue();
    assertThat(v.verify(MESSAGE, sig)).as("default ID").isFalse();
    assertThat(v.withId(new byte[0]).verify(MESSAGE, sig)).as("empty ID").isFalse();
    assertThat(v.withId("alice@example.cn").verify("other".getBytes(StandardCharsets.UTF_8), sig))
        .isFalse();
    assertThat(new Sm2Verifier(Sm2KeyPair.generate().publicKey()).verify(MESSAGE, sig)).isFalse();
    assertThat(new Sm2Signer(PAIR.privateKey()).withId(new byte[8191]).sign(MESSAGE)).isNotEmpty();
    assertThatThrownBy(() -> new Sm2Signer(PAIR.privateKey()).withId(new byte[8192]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("8191");
  }

  @Test
  void splitSigningMatchesOneStepSigning() {
    byte[] z = Sm2.computeZ(PAIR.publicKey(), Sm2.DEFAULT_ID);
    byte[] e = Sm2.computeE(z, MESSAGE);
    Sm2Signer signer = new Sm2Signer(PAIR.privateKey());
    assertThat(signer.z()).isEqualTo(z);
    byte[] a = signer.withRandom(TestRandoms.seeded(7)).signDigest(e);
    byte[] b = signer.withRandom(TestRandoms.seeded(7)).sign(MESSAGE);
    assertThat(a).isEqualTo(b);
    assertThat(new Sm2Verifier(PAIR.publicKey()).verifyDigest(e, a)).isTrue();
    assertThatThrownBy(() -> signer.signDigest(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32-byte");
    assertThatThrownBy(() -> Sm2.computeE(new byte[20], MESSAGE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void leadingZeroRAndSKeepFixedWidth() {
    Sm2Signer raw =
        new Sm2Signer(PAIR.privateKey())
            .withEncoding(Sm2SignatureEncoding.RAW)
            .withRandom(TestRandoms.seeded(2024));
    Sm2Verifier rawVerifier =
        new Sm2Verifier(PAIR.publicKey()).withEncoding(Sm2SignatureEncoding.RAW);
    Sm2Verifier derVerifier = new Sm2Verifier(PAIR.publicKey());
    boolean rZero = false;
    boolean sZero = false;
    for (int i = 0; i < 5000 && !(rZero && sZero); i++) {
      byte[] m = ("m" + i).getBytes(StandardCharsets.US_ASCII);
      byte[] sig = raw.sign(m);
      assertThat(sig).hasSize(64);
      boolean r0 = sig[0] == 0;
      boolean s0 = sig[32] == 0;
      if (!r0 && !s0) {
        continue;
      }
      rZero |= r0;
      sZero |= s0;
      assertThat(rawVerifier.verify(m, sig)).isTrue();
      byte[] der = Sm2Signatures.rawToDer(sig);
      assertThat(derVerifier.verify(m, der)).isTrue();
      assertThat(Sm2Signatures.derToRaw(der)).isEqualTo(sig);
      // A leading-zero r is a shorter INTEGER in DER: exactly its minimal two's complement.
      int rLen = der[3];
      assertThat(rLen)
          .isEqualTo(new BigInteger(1, Arrays.copyOf(sig, 32)).toByteArray().length)
          .isLessThanOrEqualTo(r0 ? 32 : 33);
    }
    assertThat(rZero && sZero).as("found r and s with a leading zero byte").isTrue();
  }

  @Test
  void derDecoderIsStrict() {
    BigInteger r = new BigInteger("1234", 16);
    BigInteger s = N.subtract(BigInteger.ONE);
    String sHex = s.toString(16);
    // s has its top bit set, so its correct encoding carries a 00 byte.
    byte[] good = Hex.decode("3027" + "02021234" + "022100" + sHex);
    assertThat(Sm2Signatures.derToRaw(good)).hasSize(64);
    assertThat(new BigInteger(1, Arrays.copyOfRange(Sm2Signatures.derToRaw(good), 0, 32)))
        .isEqualTo(r);

    expectBad("3027" + "02021234" + "022100" + sHex + "00", "unexpected byte(s) after");
    // An extra element inside the SEQUENCE, after r and s.
    expectBad("302a" + "02021234" + "022100" + sHex + "020101", "unexpected byte(s) after r and s");
    expectBad("3027" + "02021234" + "022100" + sHex.substring(0, 62), "truncated");
    expectBad("3028" + "0203001234" + "022100" + sHex, "superfluous leading 00");
    expectBad("3026" + "02021234" + "0220" + sHex, "negative");
    expectBad("3080" + "02021234" + "022100" + sHex + "0000", "indefinite length");
    expectBad("308127" + "02021234" + "022100" + sHex, "not minimal");
    expectBad("3127" + "02021234" + "022100" + sHex, "expected SEQUENCE");
    expectBad("3026" + "020100" + "022100" + sHex, "r is 0");
    expectBad("3007" + "02021234" + "020100", "s is 0");
    expectBad("3027" + "02021234" + "022100" + N.toString(16), "s is not below the curve order n");
    expectBad(
        "3027" + "022100" + N.add(BigInteger.ONE).toString(16) + "02021234",
        "r is not below the curve order n");
    expectBad("", "truncated");
    expectBad("3003020112", "s is missing");
    expectBad("30050201120201", "truncated");
  }

  @Test
  void rawDecoderChecksLengthAndRange() {
    assertThatThrownBy(() -> Sm2Signatures.rawToDer(new byte[63]))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("expected 64 bytes, got 63")
        .hasMessageContaining("leading zero");
    byte[] der = new Sm2Signer(PAIR.privateKey()).withRandom(TestRandoms.seeded(1)).sign(MESSAGE);
    assertThatThrownBy(() -> Sm2Signatures.rawToDer(der)).hasMessageContaining("DER signature?");
    assertThatThrownBy(() -> Sm2Signatures.derToRaw(Sm2Signatures.derToRaw(der)))
        .hasMessageContaining("raw r‖s");
    byte[] zeroR = new byte[64];
    zeroR[63] = 1;
    assertThatThrownBy(() -> Sm2Signatures.rawToDer(zeroR)).hasMessageContaining("r is 0");
    byte[] bigS = new byte[64];
    bigS[31] = 1;
    Arrays.fill(bigS, 32, 64, (byte) 0xff);
    assertThatThrownBy(() -> Sm2Signatures.rawToDer(bigS))
        .hasMessageContaining("s is not below the curve order n");
    assertThat(Sm2Signatures.convert(der, Sm2SignatureEncoding.DER, Sm2SignatureEncoding.DER))
        .isEqualTo(der);
  }

  @Test
  void rawLengthErrorsHintOnlyWhereTheShapeSuggestsACause() {
    String der = " (it starts with 30: a DER signature? use encoding DER)";
    String lost = " (r or s lost its leading zero byte? each must be exactly 32 bytes)";
    int[][] cases = {
      {8, 0x30}, {72, 0x30}, {7, 0x30}, {73, 0x30}, {62, 1}, {63, 1}, {61, 1}, {65, 1}
    };
    String[] hints = {der, der, "", "", lost, lost, "", ""};
    for (int i = 0; i < cases.length; i++) {
      byte[] sig = new byte[cases[i][0]];
      sig[0] = (byte) cases[i][1];
      assertThatThrownBy(() -> Sm2Signatures.rawToDer(sig))
          .isInstanceOf(CryptoFormatException.class)
          .hasMessage("SM2 signature (RAW r‖s): expected 64 bytes, got " + sig.length + hints[i]);
    }
  }

  @Test
  void verifierReturnsFalseForEveryMalformedSignature() {
    Sm2Verifier v = new Sm2Verifier(PAIR.publicKey());
    byte[] der = new Sm2Signer(PAIR.privateKey()).sign(MESSAGE);
    assertThat(v.verify(MESSAGE, new byte[0])).isFalse();
    assertThat(v.verify(MESSAGE, Arrays.copyOf(der, der.length - 1))).isFalse();
    assertThat(v.verify(MESSAGE, Arrays.copyOf(der, der.length + 1))).isFalse();
    byte[] raw = Sm2Signatures.derToRaw(der);
    byte[] rIsN = raw.clone();
    System.arraycopy(Sm2KeyTest.raw(N), 0, rIsN, 0, 32);
    Sm2Verifier rawV = v.withEncoding(Sm2SignatureEncoding.RAW);
    assertThat(rawV.verify(MESSAGE, raw)).isTrue();
    assertThat(rawV.verify(MESSAGE, rIsN)).isFalse();
    byte[] sZero = raw.clone();
    Arrays.fill(sZero, 32, 64, (byte) 0);
    assertThat(rawV.verify(MESSAGE, sZero)).isFalse();
    // r + s = n makes t = 0.
    byte[] tZero = raw.clone();
    BigInteger r = new BigInteger(1, Arrays.copyOf(raw, 32));
    System.arraycopy(Sm2KeyTest.raw(N.subtract(r)), 0, tZero, 32, 32);
    assertThat(rawV.verify(MESSAGE, tZero)).isFalse();
  }

  @Test
  void aValidSignatureWithAnExtraElementInItsSequenceDoesNotVerify() {
    byte[] der = new Sm2Signer(PAIR.privateKey()).withRandom(TestRandoms.seeded(3)).sign(MESSAGE);
    assertThat(der[1] & 0x80).as("short-form length").isZero();
    byte[] extended = Arrays.copyOf(der, der.length + 3);
    extended[1] = (byte) (der[1] + 3);
    extended[der.length] = 0x02;
    extended[der.length + 1] = 0x01;
    extended[der.length + 2] = 0x01;
    Sm2Verifier verifier = new Sm2Verifier(PAIR.publicKey());
    assertThat(verifier.verify(MESSAGE, der)).isTrue();
    assertThat(verifier.verify(MESSAGE, extended)).isFalse();
    assertThatThrownBy(() -> Sm2Signatures.derToRaw(extended))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("unexpected byte(s) after r and s");
  }

  private static void expectBad(String hex, String message) {
    byte[] bytes = Hex.decode(hex);
    assertThatThrownBy(() -> Sm2Signatures.derToRaw(bytes))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining(message);
    assertThat(new Sm2Verifier(PAIR.publicKey()).verify(MESSAGE, bytes)).isFalse();
  }

  @Test
  void aTextIdWithAnUnpairedSurrogateIsRefusedNotSignedAsAQuestionMark() {
    // String.getBytes(UTF_8) would turn both IDs into "alice?" and sign under that ID.
    Sm2Signer signer = new Sm2Signer(PAIR.privateKey());
    Sm2Verifier verifier = new Sm2Verifier(PAIR.publicKey());
    for (String id : new String[] {"alice\ud800", "alice\udc00"}) {
      assertThatThrownBy(() -> signer.withId(id))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("SM2 user ID contains an unpaired UTF-16 surrogate");
      assertThatThrownBy(() -> verifier.withId(id)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Sm2.computeZ(PAIR.publicKey(), id))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Sm2KeyExchange.initiator(PAIR.privateKey(), id))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Sm2KeyExchange.responder(PAIR.privateKey(), id))
          .isInstanceOf(IllegalArgumentException.class);
    }
    Sm2KeyExchange exchange = Sm2KeyExchange.initiator(PAIR.privateKey(), "alice");
    assertThatThrownBy(() -> exchange.agree(16, PAIR.publicKey(), "bob\ud800", PAIR.publicKey()))
        .isInstanceOf(IllegalArgumentException.class);
    // Well-formed text, Chinese and supplementary characters included, is its UTF-8 bytes.
    String id = "张三@例子.中国 \ud83d\ude00";
    byte[] sig = signer.withId(id).sign(MESSAGE);
    assertThat(verifier.withId(id.getBytes(StandardCharsets.UTF_8)).verify(MESSAGE, sig)).isTrue();
  }
}
