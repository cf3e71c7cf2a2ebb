package io.anke.crypto.sm2.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.Hex;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.bouncycastle.crypto.agreement.SM2KeyExchange;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.SM2KeyExchangePrivateParameters;
import org.bouncycastle.crypto.params.SM2KeyExchangePublicParameters;
import org.bouncycastle.crypto.signers.DSAKCalculator;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

/**
 * The examples of GB/T 32918 parts 2 to 4 on the 256-bit test curve (crypto-anchors §5.6), with
 * their fixed nonces, run through the internal engines that the public API uses; plus the key
 * exchange on sm2p256v1 checked against Bouncy Castle's {@code SM2KeyExchange}.
 */
class TestCurveVectorsTest {
  static final ECDomainParameters TEST_CURVE;

  static {
    BigInteger p = big("8542D69E4C044F18E8B92435BF6FF7DE457283915C45517D722EDB8B08F1DFC3");
    BigInteger a = big("787968B4FA32C3FD2417842E73BBFEFF2F3C848B6831D7E0EC65228B3937E498");
    BigInteger b = big("63E4C6D3B23B0C849CF84241484BFE48F61D59A5B16BA06E6E12D1DA27C5249A");
    BigInteger n = big("8542D69E4C044F18E8B92435BF6FF7DD297720630485628D5AE74EE7C32E79B7");
    ECCurve curve = new ECCurve.Fp(p, a, b, n, BigInteger.ONE);
    ECPoint g =
        curve.createPoint(
            big("421DEBD61B62EAB6746434EBC3CC315E32220B3BADD50BDC4C4E6C147FEDD43D"),
            big("0680512BCBB42C07D47349D2153B70C4E5D7FDFCBFA36EA1A85841B9E46E09A2"));
    TEST_CURVE = new ECDomainParameters(curve, g, n);
  }

  @Test
  void signatureExampleOnTestCurve() {
    BigInteger d = big("128B2FA8BD433C6C068C8D803DFF79792A519A55171B1B650C23661D15897263");
    ECPoint pub = TEST_CURVE.getG().multiply(d).normalize();
    byte[] z = SignatureMath.z(TEST_CURVE, ascii("ALICE123@YAHOO.COM"), pub);
    assertThat(Hex.encode(z))
        .isEqualToIgnoringCase("F4A38489E32B45B6F876E3AC2168CA392362DC8F23459C1D1146FC3DBFB7BC9A");

    byte[] e = e(z, "message digest");
    BigInteger[] rs =
        SignatureMath.sign(
            TEST_CURVE,
            d,
            SignatureMath.inverseOfDPlusOne(TEST_CURVE, d),
            e,
            fixedK("6CB28D99385C175C94F94E934817663FC176D925DD72B727260DBAAE1FB2F96F"));
    assertThat(rs[0])
        .isEqualTo(big("40F1EC59F793D9F49E09DCEF49130D4194F79FB1EED2CAA55BACDB49C4E755D1"));
    assertThat(rs[1])
        .isEqualTo(big("6FC6DAC32C5D5CF10C77DFB20F7C2EB667A457872FB09EC56327A67EC7DEEBE7"));
    assertThat(SignatureMath.verify(TEST_CURVE, pub, e, rs[0], rs[1])).isTrue();
    assertThat(SignatureMath.verify(TEST_CURVE, pub, e(z, "message digesT"), rs[0], rs[1]))
        .isFalse();
    assertThat(SignatureMath.verify(TEST_CURVE, pub, e, rs[0], rs[1].add(BigInteger.ONE)))
        .isFalse();
  }

  @Test
  void encryptionExampleOnTestCurve() throws Exception {
    BigInteger d = big("1649AB77A00637BD5E2EFE283FBF353534AA7F7CB89463F208DDBC2920BB0DA0");
    ECPoint pub = TEST_CURVE.getG().multiply(d).normalize();
    byte[] m = ascii("encryption standard");
    EncryptionMath.Parts parts =
        EncryptionMath.encrypt(
            TEST_CURVE,
            pub,
            m,
            fixedK("4C62EEFD6ECFC2B95B92FD6C3D9575148AFA17425546D49018E5388D49DD7B4F"));
    assertThat(Hex.encode(parts.c1()))
        .isEqualToIgnoringCase(
            "04245C26FB68B1DDDDB12C4B6BF9F2B6D5FE60A383B0D18D1C4144ABF17F6252E7"
                + "76CB9264C2A7E88E52B19903FDC47378F605E36811F5C07423A24B84400F01B8");
    assertThat(Hex.encode(parts.c3()))
        .isEqualToIgnoringCase("9C3D7360C30156FAB7C80A0276712DA9D8094A634B766D3A285E07480653426D");
    assertThat(Hex.encode(parts.c2()))
        .isEqualToIgnoringCase("650053A89B41C418B0C3AAD00D886C00286467");
    assertThat(EncryptionMath.decrypt(TEST_CURVE, d, parts)).isEqualTo(m);

    byte[] badC3 = parts.c3().clone();
    badC3[31] ^= 1;
    assertThatThrownBy(
            () ->
                EncryptionMath.decrypt(
                    TEST_CURVE, d, new EncryptionMath.Parts(parts.c1(), badC3, parts.c2())))
        .isInstanceOf(DecryptionFailedException.class);
  }

  // GB/T 32918.3 example on the test curve (crypto-anchors §5.6): A = ALICE123@YAHOO.COM, B =
  // BILL456@YAHOO.COM, klen = 128 bits.
  static final BigInteger KX_DA =
      big("6FCBA2EF9AE0AB902BC3BDE3FF915D44BA4CC78F88E2F8E7F8996D3B8CCEEDEE");
  static final BigInteger KX_RA =
      big("83A2C9C8B96E5AF70BD480B472409A9A327257F1EBB73F5B073354B248668563");
  static final BigInteger KX_DB =
      big("5E35D7D3F3C54DBAC72E61819E730B019A84208CA3A35E4C2E353DFCCB2A3B53");
  static final BigInteger KX_RB =
      big("33FE21940342161C55619C4A0C060293D543C80AF19748CE176D83477DE71C80");
  static final String KX_K = "55B0AC62A6B927BA23703832C853DED4";
  static final String KX_SB = "284C8F198F141B502E81250F1581C7E9EEB4CA6990F9E02DF388B45471F5BC5C";
  static final String KX_SA = "23444DAF8ED7534366CB901C84B3BDBB63504F4065C1116C91A4C00697E6CF7A";

  @Test
  void keyExchangeExampleOnTestCurveWithConfirmationInTheirRoles() {
    KeyExchangeMath.Party a = party(TEST_CURVE, KX_DA, KX_RA, "ALICE123@YAHOO.COM");
    KeyExchangeMath.Party b = party(TEST_CURVE, KX_DB, KX_RB, "BILL456@YAHOO.COM");
    assertThat(Hex.encode(a.z()))
        .isEqualToIgnoringCase("E4D1D0C3CA4C7F11BC8FF8CB3F4C02A78F108FA098E51A668487240F75E20F31");
    assertThat(Hex.encode(b.z()))
        .isEqualToIgnoringCase("6B4B6D0E276691BD4A11BF72F4FB501AE309FDACB72FA6CC336E6656119ABD67");

    KeyExchangeMath.Outcome atA = KeyExchangeMath.agree(TEST_CURVE, true, a, peer(b), 16);
    KeyExchangeMath.Outcome atB = KeyExchangeMath.agree(TEST_CURVE, false, b, peer(a), 16);
    assertThat(Hex.encode(atA.key())).isEqualToIgnoringCase(KX_K);
    assertThat(Hex.encode(atB.key())).isEqualToIgnoringCase(KX_K);
    // B sends S_B (tag 0x02), which A expects as S_1; A sends S_A (tag 0x03), B's S_2.
    assertThat(Hex.encode(atB.sent())).isEqualToIgnoringCase(KX_SB);
    assertThat(Hex.encode(atA.expected())).isEqualToIgnoringCase(KX_SB);
    assertThat(Hex.encode(atA.sent())).isEqualToIgnoringCase(KX_SA);
    assertThat(Hex.encode(atB.expected())).isEqualToIgnoringCase(KX_SA);
  }

  @Test
  void keyExchangeExampleOnTestCurveAgreesWithBouncyCastleInBothRoles() {
    // Bouncy Castle's SM2KeyExchange, an independent implementation, on the same example.
    SM2KeyExchange bcA = bcParty(TEST_CURVE, true, KX_DA, KX_RA, "ALICE123@YAHOO.COM");
    SM2KeyExchange bcB = bcParty(TEST_CURVE, false, KX_DB, KX_RB, "BILL456@YAHOO.COM");
    KeyExchangeMath.Party a = party(TEST_CURVE, KX_DA, KX_RA, "ALICE123@YAHOO.COM");
    KeyExchangeMath.Party b = party(TEST_CURVE, KX_DB, KX_RB, "BILL456@YAHOO.COM");
    // BC's responder answers [K, S_B, S_2]; its initiator checks S_B and answers [K, S_A].
    byte[][] atBcB =
        bcB.calculateKeyWithConfirmation(128, null, bcPublic(TEST_CURVE, a, "ALICE123@YAHOO.COM"));
    assertThat(Hex.encode(atBcB[0])).isEqualToIgnoringCase(KX_K);
    assertThat(Hex.encode(atBcB[1])).isEqualToIgnoringCase(KX_SB);
    assertThat(Hex.encode(atBcB[2])).isEqualToIgnoringCase(KX_SA);
    KeyExchangeMath.Outcome ours = KeyExchangeMath.agree(TEST_CURVE, false, b, peer(a), 16);
    byte[][] atBcA =
        bcA.calculateKeyWithConfirmation(
            128, ours.sent(), bcPublic(TEST_CURVE, b, "BILL456@YAHOO.COM"));
    assertThat(Hex.encode(atBcA[0])).isEqualToIgnoringCase(KX_K);
    assertThat(atBcA[1]).isEqualTo(KeyExchangeMath.agree(TEST_CURVE, true, a, peer(b), 16).sent());
  }

  @Test
  void keyExchangeOnRecommendedCurveAgreesWithBouncyCastle() {
    ECDomainParameters dom = Sm2Domain.SM2P256V1;
    SplittableRandom seeds = new SplittableRandom(32918_3L);
    for (int i = 0; i < 20; i++) {
      BigInteger[] s = new BigInteger[4];
      for (int j = 0; j < 4; j++) {
        byte[] buf = new byte[32];
        seeds.nextBytes(buf);
        s[j] = new BigInteger(1, buf).mod(dom.getN().subtract(BigInteger.TWO)).add(BigInteger.ONE);
      }
      KeyExchangeMath.Party a = party(dom, s[0], s[1], "alice@example.cn");
      KeyExchangeMath.Party b = party(dom, s[2], s[3], "");
      int len = 1 + seeds.nextInt(64);
      KeyExchangeMath.Outcome atA = KeyExchangeMath.agree(dom, true, a, peer(b), len);
      KeyExchangeMath.Outcome atB = KeyExchangeMath.agree(dom, false, b, peer(a), len);
      assertThat(atA.key()).hasSize(len).isEqualTo(atB.key());
      assertThat(atA.expected()).isEqualTo(atB.sent());
      assertThat(atB.expected()).isEqualTo(atA.sent()).isNotEqualTo(atA.expected());

      byte[][] bcOut =
          bcParty(dom, false, s[2], s[3], "")
              .calculateKeyWithConfirmation(len * 8, null, bcPublic(dom, a, "alice@example.cn"));
      assertThat(bcOut[0]).isEqualTo(atB.key());
      assertThat(bcOut[1]).isEqualTo(atB.sent());
      assertThat(bcOut[2]).isEqualTo(atB.expected());
    }
  }

  static SM2KeyExchange bcParty(
      ECDomainParameters dom, boolean initiator, BigInteger d, BigInteger r, String id) {
    SM2KeyExchange bc = new SM2KeyExchange();
    bc.init(
        new ParametersWithID(
            new SM2KeyExchangePrivateParameters(
                initiator, new ECPrivateKeyParameters(d, dom), new ECPrivateKeyParameters(r, dom)),
            ascii(id)));
    return bc;
  }

  static ParametersWithID bcPublic(ECDomainParameters dom, KeyExchangeMath.Party p, String id) {
    return new ParametersWithID(
        new SM2KeyExchangePublicParameters(
            new ECPublicKeyParameters(p.staticPoint(), dom),
            new ECPublicKeyParameters(p.ephemeralPoint(), dom)),
        ascii(id));
  }

  static KeyExchangeMath.Party party(
      ECDomainParameters dom, BigInteger d, BigInteger r, String id) {
    ECPoint p = dom.getG().multiply(d).normalize();
    ECPoint rp = dom.getG().multiply(r).normalize();
    return new KeyExchangeMath.Party(d, p, r, rp, SignatureMath.z(dom, ascii(id), p));
  }

  static KeyExchangeMath.Peer peer(KeyExchangeMath.Party p) {
    return new KeyExchangeMath.Peer(p.staticPoint(), p.ephemeralPoint(), p.z());
  }

  static byte[] e(byte[] z, String message) {
    var digest = SignatureMath.startE(z);
    byte[] m = ascii(message);
    digest.update(m, 0, m.length);
    return SignatureMath.finishE(digest);
  }

  static DSAKCalculator fixedK(String hex) {
    return FixedNonces.of(hex);
  }

  static BigInteger big(String hex) {
    return new BigInteger(hex, 16);
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
