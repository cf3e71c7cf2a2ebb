package io.anke.crypto.sm2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.Hex;
import io.anke.crypto.InsecureSecretAccess;
import io.anke.crypto.KeyDestroyedException;
import io.anke.crypto.sm2.internal.HedgedNonces;
import io.anke.crypto.sm2.internal.Sm2Domain;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the SM2 objects show of themselves: accessors return what they were built with, {@code
 * toString} names the public key and never the private one, hash codes follow the public key, and
 * destroyed keys are refused.
 */
class Sm2ObjectsExposeOnlyPublicDataTest {
  static final Sm2KeyPair A = Sm2KeyPair.generate(TestRandoms.seeded(61));
  static final Sm2KeyPair B = Sm2KeyPair.generate(TestRandoms.seeded(62));
  static final byte[] ID_A = "ALICE123@YAHOO.COM".getBytes(StandardCharsets.US_ASCII);
  static final byte[] ID_B = "BILL456@YAHOO.COM".getBytes(StandardCharsets.US_ASCII);

  static String secretHex(Sm2PrivateKey k) {
    return k.exportHex(InsecureSecretAccess.get());
  }

  @Test
  void toStringNamesThePublicKeyOnly() {
    String pub = A.publicKey().toHex();
    List<Object> holders =
        List.of(
            A,
            A.privateKey(),
            A.publicKey(),
            new Sm2Signer(A.privateKey()),
            new Sm2Verifier(A.publicKey()),
            new Sm2Encrypter(A.publicKey()),
            new Sm2Decrypter(A.privateKey()),
            Sm2KeyExchange.initiator(A.privateKey(), ID_A));
    for (Object o : holders) {
      assertThat(o.toString())
          .as(o.getClass().getSimpleName())
          .startsWith(o.getClass().getSimpleName() + "[")
          .contains(pub)
          .doesNotContain(secretHex(A.privateKey()));
    }
    Sm2KeyExchangeResult result = agreeA(16);
    assertThat(result.toString())
        .isEqualTo("Sm2KeyExchangeResult[16-byte key]")
        .doesNotContain(Hex.encode(result.key()));
  }

  @Test
  void accessorsReturnWhatTheObjectWasBuiltWith() {
    Sm2Encrypter e = new Sm2Encrypter(B.publicKey(), Sm2CiphertextFormat.ASN1);
    assertThat(e.publicKey()).isEqualTo(B.publicKey());
    Sm2Verifier v =
        new Sm2Verifier(B.publicKey()).withId(ID_B).withEncoding(Sm2SignatureEncoding.RAW);
    assertThat(v.publicKey()).isEqualTo(B.publicKey());
    assertThat(v.encoding()).isEqualTo(Sm2SignatureEncoding.RAW);
    assertThat(v.z()).isEqualTo(Sm2.computeZ(B.publicKey(), ID_B));
    Sm2KeyExchange x = Sm2KeyExchange.responder(B.privateKey(), ID_B);
    assertThat(x.role()).isEqualTo(Sm2KeyExchange.Role.RESPONDER);
    assertThat(Sm2KeyExchange.initiator(A.privateKey(), ID_A).role())
        .isEqualTo(Sm2KeyExchange.Role.INITIATOR);
    assertThat(x.staticPublicKey()).isEqualTo(B.publicKey());
    assertThat(x.z()).isEqualTo(Sm2.computeZ(B.publicKey(), ID_B));
  }

  @Test
  void hashCodesFollowThePublicKey() {
    Sm2KeyPair again = Sm2KeyPair.generate(TestRandoms.seeded(61));
    assertThat(again.hashCode()).isEqualTo(A.hashCode());
    assertThat(again.privateKey().hashCode()).isEqualTo(A.privateKey().hashCode());
    assertThat(again.publicKey().hashCode()).isEqualTo(A.publicKey().hashCode());
    assertThat(B.hashCode()).isNotEqualTo(A.hashCode());
    assertThat(B.privateKey().hashCode()).isNotEqualTo(A.privateKey().hashCode());
    assertThat(B.publicKey().hashCode()).isNotEqualTo(A.publicKey().hashCode());
  }

  @Test
  void destroyIsReportedAndDestroyedKeysAreRefusedUpFront() {
    Sm2KeyPair pair = Sm2KeyPair.generate(TestRandoms.seeded(63));
    Sm2KeyExchange x = Sm2KeyExchange.initiator(pair.privateKey(), ID_A);
    assertThat(pair.isDestroyed()).isFalse();
    assertThat(x.isDestroyed()).isFalse();
    x.destroy();
    assertThat(x.isDestroyed()).isTrue();
    assertThat(pair.isDestroyed()).as("the static key outlives the exchange").isFalse();
    pair.destroy();
    assertThat(pair.isDestroyed()).isTrue();
    assertThatThrownBy(() -> new Sm2Decrypter(pair.privateKey()))
        .isInstanceOf(KeyDestroyedException.class);

    Sm2KeyExchangeResult result = agreeA(16);
    assertThat(result.isDestroyed()).isFalse();
    result.destroy();
    assertThat(result.isDestroyed()).isTrue();
  }

  @Test
  void aRawPrivateKeyOfAPublicKeyLengthSaysSo() {
    byte[] compressed = A.publicKey().toCompressed();
    for (byte[] raw :
        new byte[][] {compressed, A.publicKey().toRawXy(), A.publicKey().toUncompressed()}) {
      assertThatThrownBy(() -> Sm2PrivateKey.fromRaw(raw))
          .isInstanceOf(CryptoFormatException.class)
          .hasMessage(
              "raw private key: expected 32-byte private key d, got "
                  + raw.length
                  + " bytes (this length is a public key)");
    }
  }

  @Test
  void theEphemeralKeyIsDerivedForTheRoleItIsFor() {
    BigInteger n = Sm2Domain.SM2P256V1.getN();
    byte[] d = A.privateKey().exportRaw(InsecureSecretAccess.get());
    byte[] z = Sm2.computeZ(A.publicKey(), ID_A);
    for (Sm2KeyExchange.Role role : Sm2KeyExchange.Role.values()) {
      Sm2KeyExchange x = Sm2KeyExchange.create(role, A.privateKey(), ID_A, TestRandoms.seeded(64));
      BigInteger r =
          HedgedNonces.forKeyExchange(
                  n, d, z, role == Sm2KeyExchange.Role.INITIATOR, TestRandoms.seeded(64))
              .nextK();
      byte[] expected = Sm2Domain.uncompressed(Sm2Domain.SM2P256V1.getG().multiply(r));
      assertThat(x.ephemeralPublicKey().toUncompressed()).as("%s", role).isEqualTo(expected);
    }
    Arrays.fill(d, (byte) 0);
  }

  private static Sm2KeyExchangeResult agreeA(int length) {
    Sm2KeyExchange a = Sm2KeyExchange.initiator(A.privateKey(), ID_A);
    Sm2KeyExchange b = Sm2KeyExchange.responder(B.privateKey(), ID_B);
    b.agree(length, A.publicKey(), ID_A, a.ephemeralPublicKey());
    return a.agree(length, B.publicKey(), ID_B, b.ephemeralPublicKey());
  }
}
