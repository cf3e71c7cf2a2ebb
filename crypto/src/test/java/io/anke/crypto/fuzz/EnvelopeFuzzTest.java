package io.anke.crypto.fuzz;

import static io.anke.crypto.fuzz.Contract.acceptedOrRefused;
import static io.anke.crypto.fuzz.Contract.check;
import static io.anke.crypto.fuzz.Fixtures.AAD;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.envelope.EnvelopeAead;
import io.anke.crypto.envelope.EnvelopeDecrypter;
import io.anke.crypto.provider.Sm2KeyHandle;
import java.util.Arrays;

/**
 * SM2 envelopes ({@code EnvelopeDecrypter.decrypt}, {@code EnvelopeAead.decrypt}): only {@link
 * DecryptionFailedException} escapes, the two agree, and the committed envelope refuses every
 * changed byte.
 */
class EnvelopeFuzzTest {
  private static final Class<?> DFE = DecryptionFailedException.class;
  private static final Sm2KeyHandle KEY = Sm2KeyHandle.of(Fixtures.sm2Key());
  private static final EnvelopeDecrypter DECRYPTER = new EnvelopeDecrypter(KEY);
  private static final EnvelopeAead AEAD = EnvelopeAead.of(KEY);
  private static final byte[] VALID = Fixtures.hostile("envelope.bin");

  @FuzzTest
  void envelope(byte[] input) {
    open(input);
  }

  @FuzzTest
  void envelopeRefusesEveryChange(FuzzedDataProvider data) {
    byte[] changed = Mutator.mutate(VALID, data);
    check(
        (open(changed) != null) == Arrays.equals(changed, VALID),
        "an envelope opens exactly when unchanged");
  }

  /** The plaintext, or null when both refused the envelope. */
  private static byte[] open(byte[] envelope) {
    byte[] a =
        acceptedOrRefused("EnvelopeDecrypter.decrypt", () -> DECRYPTER.decrypt(envelope, AAD), DFE);
    byte[] b = acceptedOrRefused("EnvelopeAead.decrypt", () -> AEAD.decrypt(envelope, AAD), DFE);
    check(a == null ? b == null : Arrays.equals(a, b), "EnvelopeDecrypter and EnvelopeAead agree");
    return a;
  }
}
