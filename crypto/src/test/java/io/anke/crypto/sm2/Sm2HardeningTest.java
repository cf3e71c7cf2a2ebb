package io.anke.crypto.sm2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.InsecureSecretAccess;
import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.junit.jupiter.api.Test;

/** Cases found in review: inputs and call sequences that must be refused cleanly. */
class Sm2HardeningTest {

  @Test
  void aKeyExchangeAgreesOnlyOnceSoItsEphemeralKeyIsNeverReused() {
    Sm2KeyPair alice = Sm2KeyPair.generate();
    Sm2KeyPair bob = Sm2KeyPair.generate();
    Sm2KeyExchange a = Sm2KeyExchange.initiator(alice.privateKey(), "alice");
    Sm2KeyExchange b = Sm2KeyExchange.responder(bob.privateKey(), "bob");
    Sm2KeyExchangeResult first = a.agree(16, bob.publicKey(), "bob", b.ephemeralPublicKey());
    assertThat(first.key()).hasSize(16);
    assertThatThrownBy(() -> a.agree(16, bob.publicKey(), "bob", b.ephemeralPublicKey()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already agreed");
  }

  @Test
  void keyLengthsOutsideTheRangeAreRefusedAndTheBoundsAccepted() {
    Sm2KeyPair alice = Sm2KeyPair.generate();
    Sm2KeyPair bob = Sm2KeyPair.generate();
    Sm2KeyExchange b = Sm2KeyExchange.responder(bob.privateKey(), "bob");
    for (int bad : new int[] {0, -1, (1 << 20) + 1}) {
      Sm2KeyExchange a = Sm2KeyExchange.initiator(alice.privateKey(), "alice");
      assertThatThrownBy(() -> a.agree(bad, bob.publicKey(), "bob", b.ephemeralPublicKey()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("key length must be 1 to 1048576");
    }
    assertThat(
            Sm2KeyExchange.initiator(alice.privateKey(), "alice")
                .agree(1, bob.publicKey(), "bob", b.ephemeralPublicKey())
                .key())
        .hasSize(1);
  }

  @Test
  void keysAreEqualOnlyWhenTheyAre() {
    Sm2KeyPair a = Sm2KeyPair.generate();
    Sm2KeyPair b = Sm2KeyPair.generate();
    assertThat(a.privateKey()).isNotEqualTo(b.privateKey()).isNotEqualTo("key");
    assertThat(a).isNotEqualTo(b);
    Sm2PrivateKey again =
        Sm2PrivateKey.fromRaw(a.privateKey().exportRaw(InsecureSecretAccess.get()));
    assertThat(again).isEqualTo(a.privateKey()).hasSameHashCodeAs(a.privateKey());
    assertThat(new Sm2KeyPair(again)).isEqualTo(a).hasSameHashCodeAs(a);
  }

  @Test
  void aPkcs8VersionBeyondAnIntIsAFormatErrorNotACrash() {
    byte[] good = Sm2KeyPair.generate().privateKey().exportPkcs8Der(InsecureSecretAccess.get());
    ASN1Sequence seq = ASN1Sequence.getInstance(good);
    ASN1Encodable[] fields = seq.toArray();
    fields[0] = new ASN1Integer(BigInteger.ONE.shiftLeft(80));
    byte[] bad = encode(new DERSequence(fields));
    assertThatThrownBy(() -> Sm2PrivateKey.fromDer(bad))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("PKCS#8 private key");
  }

  private static byte[] encode(DERSequence seq) {
    try {
      return seq.getEncoded();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
