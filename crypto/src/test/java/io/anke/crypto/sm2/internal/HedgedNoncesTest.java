package io.anke.crypto.sm2.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.crypto.Hex;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.SplittableRandom;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.junit.jupiter.api.Test;

/**
 * The hedged nonce generator is RFC 6979 §3.2 plus the extra input of §3.6: without extra input it
 * must give RFC 6979's published k (SHA-256 on P-256) and Bouncy Castle's {@code
 * HMacDSAKCalculator} with HMAC-SM3 on sm2p256v1; the extra input must change k.
 */
class HedgedNoncesTest {
  static final BigInteger P256_N =
      new BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);
  static final byte[] P256_X =
      Hex.decode("C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721");

  static byte[] sha256(String s) {
    SHA256Digest d = new SHA256Digest();
    byte[] m = s.getBytes(StandardCharsets.US_ASCII);
    d.update(m, 0, m.length);
    byte[] out = new byte[32];
    d.doFinal(out, 0);
    return out;
  }

  @Test
  void withoutExtraInputItIsRfc6979() {
    // RFC 6979 A.2.5, P-256 with SHA-256.
    assertThat(
            HedgedNonces.withPrf(new SHA256Digest(), P256_N, P256_X, sha256("sample"), new byte[0])
                .nextK())
        .isEqualTo(
            new BigInteger("A6E3C57DD01ABE90086538398355DD4C3B17AA873382B0F24D6129493D8AAD60", 16));
    assertThat(
            HedgedNonces.withPrf(new SHA256Digest(), P256_N, P256_X, sha256("test"), new byte[0])
                .nextK())
        .isEqualTo(
            new BigInteger("D16B6AE827F17175E040871A1C7EC3500192C4C92677336EC2537ACAEE0008E0", 16));
  }

  @Test
  void withoutExtraInputItMatchesBouncyCastleWithHmacSm3() {
    BigInteger n = Sm2Domain.SM2P256V1.getN();
    SplittableRandom seeds = new SplittableRandom(6979);
    for (int i = 0; i < 50; i++) {
      byte[] d = new byte[32];
      byte[] e = new byte[32];
      seeds.nextBytes(d);
      seeds.nextBytes(e);
      BigInteger dv = new BigInteger(1, d).mod(n.subtract(BigInteger.ONE)).add(BigInteger.ONE);
      byte[] dFixed = Sm2Domain.fixed(dv, 32);
      HMacDSAKCalculator bc = new HMacDSAKCalculator(new SM3Digest());
      bc.init(n, dv, e);
      assertThat(HedgedNonces.withPrf(new SM3Digest(), n, dFixed, e, new byte[0]).nextK())
          .isEqualTo(bc.nextK());
    }
  }

  @Test
  void theExtraInputAndEverySecretInputChangeK() {
    BigInteger n = Sm2Domain.SM2P256V1.getN();
    byte[] d = Hex.decode("3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8");
    byte[] e = Hex.decode("F0B43E94BA45ACCAACE692ED534382EB17E6AB5A19CE7B31F4486FDFC0D28640");
    BigInteger plain = HedgedNonces.withPrf(new SM3Digest(), n, d, e, new byte[0]).nextK();
    byte[] extra = new byte[32];
    BigInteger hedged = HedgedNonces.withPrf(new SM3Digest(), n, d, e, extra).nextK();
    assertThat(hedged).isNotEqualTo(plain);
    // The signing factory draws 32 bytes: the same bytes give the same k (a deterministic
    // generator), other bytes another one.
    assertThat(HedgedNonces.forSignature(n, d, e, fixedBytes(0)).nextK()).isEqualTo(hedged);
    assertThat(HedgedNonces.forSignature(n, d, e, fixedBytes(1)).nextK()).isNotEqualTo(hedged);
    byte[] otherE = e.clone();
    otherE[31] ^= 1;
    assertThat(HedgedNonces.forSignature(n, d, otherE, fixedBytes(0)).nextK()).isNotEqualTo(hedged);
    byte[] otherD = d.clone();
    otherD[31] ^= 1;
    assertThat(HedgedNonces.forSignature(n, otherD, e, fixedBytes(0)).nextK()).isNotEqualTo(hedged);
  }

  @Test
  void aRejectedCandidateIsFollowedByTheRfcUpdateOfKAndV() {
    BigInteger n = Sm2Domain.SM2P256V1.getN();
    HedgedNonces g = HedgedNonces.forSignature(n, new byte[32], new byte[32], fixedBytes(5));
    BigInteger first = g.nextK();
    BigInteger second = g.nextK();
    assertThat(second).isNotEqualTo(first);
    assertThat(second.signum()).isPositive();
    assertThat(second).isLessThan(n);
  }

  static SecureRandom fixedBytes(int value) {
    return new SecureRandom() {
      private static final long serialVersionUID = 1L;

      @Override
      public void nextBytes(byte[] bytes) {
        java.util.Arrays.fill(bytes, (byte) value);
      }
    };
  }
}
