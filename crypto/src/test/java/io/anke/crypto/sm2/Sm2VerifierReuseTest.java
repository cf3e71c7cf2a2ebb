package io.anke.crypto.sm2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.junit.jupiter.api.Test;

/**
 * A verifier reused past the point where it builds its public-key table keeps giving Bouncy
 * Castle's answers, for its copies too.
 */
class Sm2VerifierReuseTest {
  private static final Sm2KeyPair PAIR = Sm2KeyPair.generate(TestRandoms.seeded(181));

  @Test
  void reusedVerifierAgreesWithBouncyCastleBeforeAndAfterItsTableExists() {
    Sm2Signer signer = new Sm2Signer(PAIR.privateKey()).withRandom(TestRandoms.seeded(182));
    Sm2Verifier verifier = new Sm2Verifier(PAIR.publicKey());
    Sm2Verifier raw = verifier.withEncoding(Sm2SignatureEncoding.RAW);
    Sm2Signer rawSigner = signer.withEncoding(Sm2SignatureEncoding.RAW);
    SM2Signer bc = new SM2Signer();
    bc.init(
        false,
        new ParametersWithID(
            new ECPublicKeyParameters(
                PAIR.publicKey().point(), io.anke.crypto.sm2.internal.Sm2Domain.SM2P256V1),
            Sm2.DEFAULT_ID.getBytes(StandardCharsets.US_ASCII)));
    for (int i = 0; i < 40; i++) {
      byte[] message = ("message " + i).getBytes(StandardCharsets.US_ASCII);
      byte[] sig = signer.sign(message);
      assertThat(verifier.verify(message, sig)).isTrue();
      bc.update(message, 0, message.length);
      assertThat(bc.verifySignature(sig)).isTrue();
      byte[] other = ("other " + i).getBytes(StandardCharsets.US_ASCII);
      assertThat(verifier.verify(other, sig)).isFalse();
      byte[] flipped = rawSigner.sign(message);
      flipped[i % 64] ^= 1;
      assertThat(raw.verify(message, flipped)).isFalse();
      assertThat(raw.verify(message, rawSigner.sign(message))).isTrue();
    }
  }
}
