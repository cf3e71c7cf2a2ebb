package io.anke.crypto.sm2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The SM2 length limits at their upper edges: the key an exchange agrees (1 MiB) and the signer's
 * user ID ({@value Sm2#MAX_ID_BYTES} bytes, whose length in bits must fit ENTL's 16 bits). The
 * lower edges are {@code Sm2HardeningTest}'s and {@code Sm2SignatureTest}'s.
 */
class Sm2LimitsTest {
  private static final Sm2KeyPair ALICE = Sm2KeyPair.generate();
  private static final Sm2KeyPair BOB = Sm2KeyPair.generate();

  @Test
  void aKeyExchangeAgreesExactly1MiBAndRefusesOneByteMore() {
    int max = 1 << 20;
    Sm2KeyExchange bob = Sm2KeyExchange.responder(BOB.privateKey(), "bob");
    Sm2KeyExchange alice = Sm2KeyExchange.initiator(ALICE.privateKey(), "alice");
    assertThat(alice.agree(max, BOB.publicKey(), "bob", bob.ephemeralPublicKey()).key())
        .hasSize(max);
    Sm2KeyExchange again = Sm2KeyExchange.initiator(ALICE.privateKey(), "alice");
    assertThatThrownBy(() -> again.agree(max + 1, BOB.publicKey(), "bob", bob.ephemeralPublicKey()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key length must be 1 to 1048576");
  }

  @Test
  void aUserIdOfExactlyTheLimitSignsAndVerifiesAndOneByteMoreIsRefused() {
    assertThat(Sm2.MAX_ID_BYTES).isEqualTo(8191);
    byte[] id = new byte[Sm2.MAX_ID_BYTES];
    id[0] = 'a';
    byte[] message = {1, 2, 3};
    byte[] signature = new Sm2Signer(ALICE.privateKey()).withId(id).sign(message);
    assertThat(new Sm2Verifier(ALICE.publicKey()).withId(id).verify(message, signature)).isTrue();
    assertThatThrownBy(() -> new Sm2Verifier(ALICE.publicKey()).withId(new byte[8192]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("8191");
  }
}
