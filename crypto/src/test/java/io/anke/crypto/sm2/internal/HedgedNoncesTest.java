package io.anke.crypto.sm2.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.crypto.Hex;
import io.anke.crypto.sm3.Sm3;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.bouncycastle.crypto.ExtendedDigest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
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

  /**
   * The construction of the class comment, written out step by step with HMAC-SM3: K and V set up
   * from secret, digest mod n and k'; each k after the first (or after a rejected candidate)
   * preceded by K = HMAC_K(V ‖ 00), V = HMAC_K(V).
   */
  static final class Reference {
    private final BigInteger n;
    private byte[] k = new byte[32];
    private byte[] v = new byte[32];
    private boolean handedOut;
    int rejected;

    Reference(BigInteger n, byte[] secret, byte[] digest, byte[] extra) {
      this.n = n;
      Arrays.fill(v, (byte) 1);
      byte[] h = Sm2Domain.fixed(new BigInteger(1, digest).mod(n), 32);
      for (int step = 0; step <= 1; step++) {
        k = mac(k, v, new byte[] {(byte) step}, secret, h, extra);
        v = mac(k, v);
      }
    }

    BigInteger next() {
      if (handedOut) {
        reseed();
      }
      while (true) {
        v = mac(k, v);
        BigInteger candidate = new BigInteger(1, v);
        if (candidate.signum() > 0 && candidate.compareTo(n) < 0) {
          handedOut = true;
          return candidate;
        }
        rejected++;
        reseed();
      }
    }

    private void reseed() {
      k = mac(k, v, new byte[] {0});
      v = mac(k, v);
    }

    private static byte[] mac(byte[] key, byte[]... parts) {
      HMac m = new HMac(new SM3Digest());
      m.init(new KeyParameter(key));
      for (byte[] p : parts) {
        m.update(p, 0, p.length);
      }
      byte[] out = new byte[32];
      m.doFinal(out, 0);
      return out;
    }
  }

  static byte[] sm3(byte[] a, byte[] b, byte[] c) {
    return Sm3.digest(org.bouncycastle.util.Arrays.concatenate(a, b, c));
  }

  /** A 256-bit order just above 2^255: about half of all candidates are rejected. */
  static final BigInteger HALF_REJECTING_N = BigInteger.ONE.shiftLeft(255).add(BigInteger.ONE);

  @Test
  void successiveAndRetriedKFollowTheDocumentedConstruction() {
    SplittableRandom seeds = new SplittableRandom(3_2918);
    int rejectedCandidates = 0;
    for (BigInteger n : new BigInteger[] {Sm2Domain.SM2P256V1.getN(), HALF_REJECTING_N}) {
      for (int i = 0; i < 16; i++) {
        byte[] secret = new byte[32];
        byte[] digest = new byte[32];
        byte[] extra = new byte[32];
        seeds.nextBytes(secret);
        seeds.nextBytes(digest);
        seeds.nextBytes(extra);
        HedgedNonces g = HedgedNonces.withPrf(new SM3Digest(), n, secret, digest, extra);
        Reference r = new Reference(n, secret, digest, extra);
        for (int call = 0; call < 3; call++) {
          assertThat(g.nextK()).as("n %x, input %d, call %d", n, i, call).isEqualTo(r.next());
        }
        rejectedCandidates += r.rejected;
      }
    }
    // The rejection path was compared too, not only first candidates.
    assertThat(rejectedCandidates).isPositive();
  }

  @Test
  void everyFactoryFeedsTheDocumentedInputs() {
    BigInteger n = Sm2Domain.SM2P256V1.getN();
    byte[] d = Hex.decode("3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8");
    byte[] e = Hex.decode("F0B43E94BA45ACCAACE692ED534382EB17E6AB5A19CE7B31F4486FDFC0D28640");
    byte[] random = new byte[32];
    Arrays.fill(random, (byte) 9);

    // Signing: secret d, digest e, k' 32 random bytes.
    assertThat(HedgedNonces.forSignature(n, d, e, fixedBytes(9)).nextK())
        .isEqualTo(new Reference(n, d, e, random).next());

    // Encryption: secret 32 random bytes, digest SM3(label ‖ point ‖ message), no k'.
    byte[] point = Sm2Domain.uncompressed(Sm2Domain.SM2P256V1.getG());
    byte[] message = "encryption standard".getBytes(StandardCharsets.US_ASCII);
    byte[] encDigest = sm3(ascii("anke/sm2/encrypt/k"), point, message);
    assertThat(HedgedNonces.forEncryption(n, point, message, fixedBytes(9)).nextK())
        .isEqualTo(new Reference(n, random, encDigest, new byte[0]).next());

    // Key exchange: secret the static d, digest SM3(label ‖ role ‖ Z), k' 32 random bytes; the
    // initiator is role 1, the responder role 2.
    byte[] label = ascii("anke/sm2/key-exchange/ephemeral");
    for (boolean initiator : new boolean[] {true, false}) {
      byte[] role = {(byte) (initiator ? 1 : 2)};
      assertThat(HedgedNonces.forKeyExchange(n, d, e, initiator, fixedBytes(9)).nextK())
          .as("initiator %s", initiator)
          .isEqualTo(new Reference(n, d, sm3(label, role, e), random).next());
    }
    assertThat(HedgedNonces.forKeyExchange(n, d, e, true, fixedBytes(9)).isDeterministic())
        .isTrue();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * HMAC-SM3 whose {@code forcedCall}th digest output (counting from 1) is replaced by {@code
   * forced}: the outer hash of an HMAC is its result, so this makes one PRF output a chosen value.
   */
  static final class ForcedOutput implements ExtendedDigest {
    private final SM3Digest sm3 = new SM3Digest();
    private final int forcedCall;
    private final byte[] forced;
    private int calls;

    ForcedOutput(int forcedCall, byte[] forced) {
      this.forcedCall = forcedCall;
      this.forced = forced;
    }

    @Override
    public String getAlgorithmName() {
      return "SM3-forced";
    }

    @Override
    public int getDigestSize() {
      return 32;
    }

    @Override
    public int getByteLength() {
      return sm3.getByteLength();
    }

    @Override
    public void update(byte in) {
      sm3.update(in);
    }

    @Override
    public void update(byte[] in, int off, int len) {
      sm3.update(in, off, len);
    }

    @Override
    public int doFinal(byte[] out, int off) {
      int r = sm3.doFinal(out, off);
      if (++calls == forcedCall) {
        System.arraycopy(forced, 0, out, off, 32);
      }
      return r;
    }

    @Override
    public void reset() {
      sm3.reset();
    }
  }

  @Test
  void aCandidateOfZeroOrOfTheOrderItselfIsNeverHandedOut() {
    BigInteger n = Sm2Domain.SM2P256V1.getN();
    byte[] d = new byte[32];
    d[31] = 1;
    // Set-up makes four HMACs (eight digest outputs); the first candidate is output ten.
    for (BigInteger bad : new BigInteger[] {BigInteger.ZERO, n}) {
      BigInteger unforced = HedgedNonces.withPrf(new SM3Digest(), n, d, d, d).nextK();
      BigInteger k =
          HedgedNonces.withPrf(new ForcedOutput(10, Sm2Domain.fixed(bad, 32)), n, d, d, d).nextK();
      assertThat(k).as("after a candidate %x", bad).isNotEqualTo(bad).isNotEqualTo(unforced);
      assertThat(k.signum()).isPositive();
      assertThat(k).isLessThan(n);
    }
  }

  @Test
  void wipeLeavesNothingOfTheInputsInTheGenerator() {
    BigInteger n = Sm2Domain.SM2P256V1.getN();
    byte[] e = new byte[32];
    HedgedNonces a = HedgedNonces.forSignature(n, new byte[32], e, fixedBytes(1));
    HedgedNonces b = HedgedNonces.forSignature(n, fixedBytes32(7), e, fixedBytes(2));
    assertThat(a.nextK()).isNotEqualTo(b.nextK());
    a.wipe();
    b.wipe();
    // With K and V cleared, what follows no longer depends on the secret or the randomness.
    assertThat(a.nextK()).isEqualTo(b.nextK());
  }

  private static byte[] fixedBytes32(int value) {
    byte[] b = new byte[32];
    Arrays.fill(b, (byte) value);
    return b;
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
