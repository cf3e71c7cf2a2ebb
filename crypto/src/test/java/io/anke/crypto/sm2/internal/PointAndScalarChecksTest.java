package io.anke.crypto.sm2.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.internal.CryptoMessage;
import java.math.BigInteger;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

/**
 * The point and scalar checks of {@link Sm2Domain}, and when {@link PublicPointTable} builds its
 * table. A toy curve with cofactor 2 shows the small-order check that sm2p256v1 (cofactor 1) never
 * needs.
 */
class PointAndScalarChecksTest {
  /**
   * y² = x³ + 2x + 11 over F₁₀₀₀₇: 10174 = 2·5087 points, (2796, 0) of order 2. The curve object
   * itself knows no order, so Bouncy Castle's own validity check does not reject small-order
   * points.
   */
  static final ECCurve TOY =
      new ECCurve.Fp(BigInteger.valueOf(10007), BigInteger.TWO, BigInteger.valueOf(11), null, null);

  static final ECPoint G =
      TOY.createPoint(BigInteger.ZERO, BigInteger.valueOf(7439)).twice().normalize();
  static final ECDomainParameters TOY_DOMAIN =
      new ECDomainParameters(TOY, G, BigInteger.valueOf(5087), BigInteger.TWO);

  @Test
  void onACurveWithCofactorAPointOfSmallOrderIsRefusedAndOthersAreNot() {
    assertThatThrownBy(
            () ->
                Sm2Domain.point(
                    TOY_DOMAIN,
                    BigInteger.valueOf(2796),
                    BigInteger.ZERO,
                    CryptoMessage.VERBATIM.text("toy point")))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("toy point: point of small order");
    ECPoint ok =
        Sm2Domain.point(
            TOY_DOMAIN,
            G.getAffineXCoord().toBigInteger(),
            G.getAffineYCoord().toBigInteger(),
            CryptoMessage.VERBATIM.text("toy point"));
    assertThat(ok).isEqualTo(G);
  }

  @Test
  void scalarRangeIsOneToNMinusOne() {
    ECDomainParameters sm2 = Sm2Domain.SM2P256V1;
    BigInteger n = sm2.getN();
    assertThat(Sm2Domain.inScalarRange(sm2, BigInteger.ZERO)).isFalse();
    assertThat(Sm2Domain.inScalarRange(sm2, BigInteger.ONE)).isTrue();
    assertThat(Sm2Domain.inScalarRange(sm2, n.subtract(BigInteger.ONE))).isTrue();
    assertThat(Sm2Domain.inScalarRange(sm2, n)).isFalse();
    assertThat(Sm2Domain.inScalarRange(sm2, BigInteger.ONE.negate())).isFalse();
  }

  @Test
  void aPublicKeyTableIsBuiltAtTheEighthUseAndThenKept() {
    ECPoint q = Sm2Domain.SM2P256V1.getG().multiply(BigInteger.valueOf(1234567)).normalize();
    PublicPointTable table = new PublicPointTable(Sm2Domain.SM2P256V1, q);
    for (int use = 1; use < PublicPointTable.BUILD_AFTER; use++) {
      assertThat(table.get()).as("use %d", use).isNull();
    }
    FixedWindowTable built = table.get();
    assertThat(built).isNotNull();
    assertThat(table.get()).isSameAs(built);
    BigInteger k = BigInteger.valueOf(987654321);
    assertThat(built.multiply(k).normalize()).isEqualTo(q.multiply(k).normalize());
  }

  @Test
  void onOtherCurvesNoTableIsEverBuilt() {
    PublicPointTable table = new PublicPointTable(TOY_DOMAIN, G);
    for (int use = 1; use <= 2 * PublicPointTable.BUILD_AFTER; use++) {
      assertThat(table.get()).as("use %d", use).isNull();
    }
  }
}
