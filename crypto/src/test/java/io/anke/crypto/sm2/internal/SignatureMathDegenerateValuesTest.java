package io.anke.crypto.sm2.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.crypto.sm2.Sm2SignatureEncoding;
import io.anke.crypto.sm2.Sm2Signer;
import io.anke.crypto.sm2.TestRandoms;
import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

/**
 * Verification on its own refuses r and s outside [1, n-1] and r + s = n (GB/T 32918.2 B1, B2 and
 * B5), whoever calls it and whatever the caller checked before.
 */
class SignatureMathDegenerateValuesTest {
  static final Sm2KeyPair PAIR = Sm2KeyPair.generate(TestRandoms.seeded(71));
  static final ECPoint Q =
      Sm2Domain.SM2P256V1.getCurve().decodePoint(PAIR.publicKey().toUncompressed());
  static final BigInteger N = Sm2Domain.SM2P256V1.getN();

  static boolean verify(byte[] e, BigInteger r, BigInteger s) {
    return SignatureMath.verify(Sm2Domain.SM2P256V1, Q, e, r, s);
  }

  @Test
  void outOfRangeValuesAndASumOfNAreRefused() {
    byte[] e = new byte[32];
    e[0] = 0x5a;
    byte[] rs =
        new Sm2Signer(PAIR.privateKey()).withEncoding(Sm2SignatureEncoding.RAW).signDigest(e);
    BigInteger r = new BigInteger(1, Arrays.copyOf(rs, 32));
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(rs, 32, 64));
    assertThat(verify(e, r, s)).as("the genuine signature").isTrue();

    assertThat(verify(e, BigInteger.ZERO, s)).isFalse();
    assertThat(verify(e, r, BigInteger.ZERO)).isFalse();
    assertThat(verify(e, r.add(N), s)).isFalse();
    assertThat(verify(e, r, s.add(N))).isFalse();
    // t = (r + s) mod n = 0 would make the check point s·G, independent of the key.
    assertThat(verify(e, r, N.subtract(r))).isFalse();
    // s·G + t·Q is the point at infinity when s + (r + s)·d = 0 mod n: no x coordinate to compare.
    BigInteger d = new BigInteger(1, PAIR.privateKey().exportRaw(InsecureSecretAccess.get()));
    BigInteger sInf = r.negate().multiply(d).multiply(d.add(BigInteger.ONE).modInverse(N)).mod(N);
    assertThat(verify(e, r, sInf)).isFalse();
  }
}
