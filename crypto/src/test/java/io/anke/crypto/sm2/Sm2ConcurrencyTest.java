package io.anke.crypto.sm2;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.testing.Canaries;
import io.anke.testing.ConcurrentRuns;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One signer, verifier, encrypter and decrypter shared by eight threads released together. The
 * verifier is new, so the threads also race to build its public-point table (after its eighth use).
 * Signatures and ciphertexts are randomised: every thread checks those made beforehand by separate
 * instances, and separate instances check every thread's output afterwards.
 */
class Sm2ConcurrencyTest {
  static final int THREADS = 8;
  static final int MESSAGES = 24;

  static byte[] message(int i) {
    return ("record " + i + " of the shared-instance test").getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void sharedInstancesAgreeWithSeparateOnesFromManyThreads() throws Exception {
    Sm2PrivateKey key = Canaries.sm2Key();
    Sm2Signer referenceSigner = new Sm2Signer(Canaries.sm2Key()).withId("shared");
    Sm2Verifier referenceVerifier = new Sm2Verifier(key.publicKey()).withId("shared");
    Sm2Encrypter referenceEncrypter = new Sm2Encrypter(key.publicKey(), Sm2CiphertextFormat.ASN1);
    Sm2Decrypter referenceDecrypter = new Sm2Decrypter(Canaries.sm2Key(), Sm2CiphertextFormat.ASN1);
    List<byte[]> signatures = new ArrayList<>();
    List<byte[]> ciphertexts = new ArrayList<>();
    for (int i = 0; i < MESSAGES; i++) {
      signatures.add(referenceSigner.sign(message(i)));
      ciphertexts.add(referenceEncrypter.encrypt(message(i)));
    }

    Sm2Signer signer = new Sm2Signer(key).withId("shared");
    Sm2Verifier verifier = new Sm2Verifier(key.publicKey()).withId("shared");
    Sm2Encrypter encrypter = new Sm2Encrypter(key.publicKey(), Sm2CiphertextFormat.ASN1);
    Sm2Decrypter decrypter = new Sm2Decrypter(key, Sm2CiphertextFormat.ASN1);
    record Made(int message, byte[] signature, byte[] ciphertext) {}

    List<List<Made>> made =
        ConcurrentRuns.run(
            THREADS,
            t -> {
              List<Made> mine = new ArrayList<>();
              for (int n = 0; n < MESSAGES; n++) {
                int i = (n + t * 3) % MESSAGES;
                byte[] m = message(i);
                String what = "thread " + t + " message " + i;
                assertThat(verifier.verify(m, signatures.get(i))).as(what).isTrue();
                assertThat(verifier.verify(message(i + 1), signatures.get(i))).as(what).isFalse();
                assertThat(decrypter.decrypt(ciphertexts.get(i))).as(what).isEqualTo(m);
                if (n % 3 == 0) {
                  mine.add(new Made(i, signer.sign(m), encrypter.encrypt(m)));
                }
              }
              return mine;
            });

    for (List<Made> fromThread : made) {
      assertThat(fromThread).hasSize(MESSAGES / 3);
      for (Made m : fromThread) {
        assertThat(referenceVerifier.verify(message(m.message()), m.signature())).isTrue();
        assertThat(referenceDecrypter.decrypt(m.ciphertext())).isEqualTo(message(m.message()));
      }
    }
  }
}
