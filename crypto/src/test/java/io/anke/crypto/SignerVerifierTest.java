package io.anke.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.keyset.KeyStatus;
import io.anke.crypto.keyset.KeyType;
import io.anke.crypto.keyset.KeyUnavailableException;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.provider.InMemoryKeyProvider;
import io.anke.crypto.sm2.Sm2KeyPair;
import io.anke.crypto.sm2.Sm2SignatureEncoding;
import io.anke.crypto.sm2.Sm2Signer;
import io.anke.crypto.sm2.Sm2Verifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Raw keys, keysets and key providers sign and verify through one pair of interfaces. */
class SignerVerifierTest {
  private static final byte[] MSG = "release 2.0 manifest".getBytes(StandardCharsets.UTF_8);

  @Test
  void everyKindOfSigningKeyIsASignerThatItsVerifierAccepts() throws Exception {
    Sm2KeyPair pair = Sm2KeyPair.generate();
    KeysetHandle keyset = KeysetHandle.generateNew(KeyType.SM2);
    InMemoryKeyProvider provider =
        InMemoryKeyProvider.builder().sm2("signing", pair.privateKey()).build();

    Verifier raw = new Sm2Verifier(pair.publicKey());
    List<Signer> rawSigners =
        List.of(new Sm2Signer(pair.privateKey()), provider.sm2SigningKey("signing"));
    for (Signer s : rawSigners) {
      byte[] sig = s.sign(MSG);
      assertThat(raw.verify(MSG, sig)).as("%s", s).isTrue();
      assertThat(raw.verify("other".getBytes(StandardCharsets.UTF_8), sig)).as("%s", s).isFalse();
    }
    Signer keysetSigner = keyset.signer();
    Verifier keysetVerifier = keyset.publicKeysetHandle().verifier();
    byte[] prefixed = keysetSigner.sign(MSG);
    assertThat(keysetVerifier.verify(MSG, prefixed)).isTrue();
    // A keyset signature carries its key-ID prefix, so a raw verifier of the same key refuses it.
    Verifier sameKeyRaw = new Sm2Verifier(keyset.primarySm2Key().publicKey());
    assertThat(sameKeyRaw.verify(MSG, prefixed)).isFalse();
    assertThat(sameKeyRaw.verify(MSG, java.util.Arrays.copyOfRange(prefixed, 5, prefixed.length)))
        .isTrue();
  }

  @Test
  void theEncodingAndIdAreFixedWhenTheSignerIsMade() throws Exception {
    Sm2KeyPair pair = Sm2KeyPair.generate();
    Signer rawRs = new Sm2Signer(pair.privateKey()).withEncoding(Sm2SignatureEncoding.RAW);
    byte[] sig = rawRs.sign(MSG);
    assertThat(sig).hasSize(64);
    assertThat(new Sm2Verifier(pair.publicKey()).verify(MSG, sig)).isFalse();
    Sm2Verifier rawVerifier =
        new Sm2Verifier(pair.publicKey()).withEncoding(Sm2SignatureEncoding.RAW);
    assertThat(((Verifier) rawVerifier).verify(MSG, sig)).isTrue();
    assertThat(((Verifier) rawVerifier.withId("someone else")).verify(MSG, sig)).isFalse();
  }

  @Test
  void aVerifierThatCannotAnswerSaysSoThroughTheInterface() throws Exception {
    KeysetHandle keyset = KeysetHandle.generateNew(KeyType.SM2);
    byte[] sig = keyset.signer().sign(MSG);
    int id = keyset.primaryKeyId();
    Verifier v = keyset.rotate().disable(id).verifier();
    assertThatThrownBy(() -> v.verify(MSG, sig))
        .isInstanceOfSatisfying(
            KeyUnavailableException.class,
            e -> assertThat(e.status()).isEqualTo(KeyStatus.DISABLED));
  }
}
