package io.anke.crypto.sm2.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

/** The fixed-window multiplications against Bouncy Castle's, on sm2p256v1. */
class FixedWindowTableTest {
  private static final ECDomainParameters SM2 = Sm2Domain.SM2P256V1;
  private static final BigInteger N = SM2.getN();
  private static final FixedWindowTable G = SignatureMath.baseTable(SM2);
  private static final ECPoint P =
      SM2.getG().multiply(new BigInteger("123456789abcdef", 16)).normalize();
  private static final FixedWindowTable P_TABLE = FixedWindowTable.of(SM2, P);
  private static final FixedWindowTable P_TABLE_5 = FixedWindowTable.of(SM2, P, 5);
  private static final FixedWindowTable G_8 = FixedWindowTable.of(SM2, SM2.getG(), 8);

  private static BigInteger scalar(long seed) {
    return new BigInteger(256, new Random(seed))
        .mod(N.subtract(BigInteger.ONE))
        .add(BigInteger.ONE);
  }

  /** 1, 2, n−1, n−2, and the scalars around the offset C where (k − C) mod n wraps or is zero. */
  private static List<BigInteger> edges() {
    BigInteger c = BigInteger.ZERO;
    for (int i = 0; i < 64; i++) {
      c = c.add(BigInteger.ONE.shiftLeft(4 * i));
    }
    c = c.mod(N);
    List<BigInteger> out = new ArrayList<>();
    for (BigInteger k :
        List.of(
            BigInteger.ONE,
            BigInteger.TWO,
            N.subtract(BigInteger.ONE),
            N.subtract(BigInteger.TWO),
            c,
            c.subtract(BigInteger.ONE),
            c.add(BigInteger.ONE),
            BigInteger.ONE.shiftLeft(252),
            BigInteger.valueOf(16),
            BigInteger.valueOf(15))) {
      out.add(k.mod(N));
    }
    return out;
  }

  @Test
  void tablesBuiltForAnyWindowWidthMultiplyCorrectly() {
    // Built here rather than in a static field, so that the construction itself is under test.
    for (int bits : new int[] {2, 3, 4, 5}) {
      FixedWindowTable t =
          bits == 4 ? FixedWindowTable.of(SM2, P) : FixedWindowTable.of(SM2, P, bits);
      for (BigInteger k : edges()) {
        assertThat(t.multiply(k).normalize())
            .as("%d bits, k %x", bits, k)
            .isEqualTo(P.multiply(k).normalize());
      }
    }
  }

  @Test
  void baseTableIsOnlyForSm2() {
    assertThat(G).isNotNull();
    ECDomainParameters other = new ECDomainParameters(SM2.getCurve(), SM2.getG(), N);
    assertThat(SignatureMath.hasTables(other)).isFalse();
    assertThat(SignatureMath.baseTable(other)).isNull();
    assertThat(new PublicPointTable(other, P).get()).isNull();
  }

  @Test
  void edgeScalarsMultiplyAsBouncyCastleDoes() {
    for (BigInteger k : edges()) {
      if (k.signum() == 0) {
        continue;
      }
      assertThat(G.multiply(k).normalize()).isEqualTo(SM2.getG().multiply(k).normalize());
      assertThat(P_TABLE.multiply(k).normalize()).isEqualTo(P.multiply(k).normalize());
      for (BigInteger t : edges()) {
        ECPoint expected = ECAlgorithms.sumOfTwoMultiplies(SM2.getG(), k, P, t).normalize();
        assertThat(FixedWindowTable.sumOfTwo(G, k, P_TABLE, t).normalize()).isEqualTo(expected);
        assertThat(FixedWindowTable.sumOfTwo(G_8, k, P_TABLE_5, t).normalize()).isEqualTo(expected);
      }
    }
  }

  @Property(tries = 200)
  void randomScalarsMultiplyAsBouncyCastleDoes(@ForAll long seedK, @ForAll long seedT) {
    BigInteger k = scalar(seedK);
    BigInteger t = scalar(seedT);
    assertThat(G.multiply(k).normalize()).isEqualTo(SM2.getG().multiply(k).normalize());
    ECPoint expected = ECAlgorithms.sumOfTwoMultiplies(SM2.getG(), k, P, t).normalize();
    assertThat(FixedWindowTable.sumOfTwo(G, k, P_TABLE, t).normalize()).isEqualTo(expected);
    assertThat(FixedWindowTable.sumOfTwo(G_8, k, P_TABLE_5, t).normalize()).isEqualTo(expected);
  }

  @Test
  void sumThatCancelsIsInfinity() {
    BigInteger k = scalar(7);
    // k·G + (n−k)·G = infinity: a public table of G itself as Q.
    assertThat(FixedWindowTable.sumOfTwo(G, k, G, N.subtract(k)).isInfinity()).isTrue();
    assertThat(FixedWindowTable.sumOfTwo(G_8, k, P_TABLE_5, BigInteger.ZERO).normalize())
        .isEqualTo(SM2.getG().multiply(k).normalize());
  }
}
