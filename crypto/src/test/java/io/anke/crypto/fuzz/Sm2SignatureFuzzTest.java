package io.anke.crypto.fuzz;

import static io.anke.crypto.fuzz.Contract.acceptedOrRefused;
import static io.anke.crypto.fuzz.Contract.check;
import static io.anke.crypto.fuzz.Fixtures.CONTENT;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm2.Sm2SignatureEncoding;
import io.anke.crypto.sm2.Sm2Signatures;
import io.anke.crypto.sm2.Sm2Signer;
import io.anke.crypto.sm2.Sm2Verifier;
import io.anke.crypto.sm3.Sm3;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * SM2 signature encodings ({@code Sm2Signatures}) and {@code Sm2Verifier}: the converters throw
 * only {@link CryptoFormatException} and what they accept converts back to the same bytes (both
 * encodings are unique: strict DER, fixed-width r‖s); the verifier answers false, never throws, and
 * never accepts a changed signature, message or digest.
 */
class Sm2SignatureFuzzTest {
  private static final Class<?> CFE = CryptoFormatException.class;
  private static final Sm2PrivateKey KEY = Fixtures.sm2Key();
  private static final Sm2Signer SIGNER = new Sm2Signer(KEY).withRandom(Fixtures.seeded(11));
  private static final Sm2Verifier DER_VERIFIER = new Sm2Verifier(KEY.publicKey());
  private static final Sm2Verifier RAW_VERIFIER =
      DER_VERIFIER.withEncoding(Sm2SignatureEncoding.RAW);
  private static final byte[] DER_SIGNATURE = SIGNER.sign(CONTENT);
  private static final byte[] RAW_SIGNATURE =
      SIGNER.withEncoding(Sm2SignatureEncoding.RAW).sign(CONTENT);
  private static final byte[] E = Sm3.digest(CONTENT);
  private static final byte[] DIGEST_SIGNATURE = SIGNER.signDigest(E);

  @FuzzTest
  void encodings(byte[] input) {
    byte[] raw =
        acceptedOrRefused("Sm2Signatures.derToRaw", () -> Sm2Signatures.derToRaw(input), CFE);
    if (raw != null) {
      check(Arrays.equals(Sm2Signatures.rawToDer(raw), input), "DER → RAW → DER gives the input");
      byte[] same =
          Sm2Signatures.convert(input, Sm2SignatureEncoding.DER, Sm2SignatureEncoding.DER);
      check(Arrays.equals(same, input), "DER → DER is a copy");
    }
    byte[] der =
        acceptedOrRefused("Sm2Signatures.rawToDer", () -> Sm2Signatures.rawToDer(input), CFE);
    if (der != null) {
      check(Arrays.equals(Sm2Signatures.derToRaw(der), input), "RAW → DER → RAW gives the input");
    }
    // Arbitrary bytes never verify (unless they are the signature itself).
    check(
        !DER_VERIFIER.verify(CONTENT, input) || Arrays.equals(input, DER_SIGNATURE),
        "only the signature verifies (DER)");
    check(
        !RAW_VERIFIER.verify(CONTENT, input) || Arrays.equals(input, RAW_SIGNATURE),
        "only the signature verifies (RAW)");
  }

  @FuzzTest
  void verifierRefusesEveryChange(FuzzedDataProvider data) throws IOException {
    int what = data.consumeInt(0, 4);
    switch (what) {
      case 0 -> {
        byte[] sig = Mutator.mutate(DER_SIGNATURE, data);
        expect(DER_VERIFIER.verify(CONTENT, sig), Arrays.equals(sig, DER_SIGNATURE), "DER");
      }
      case 1 -> {
        byte[] sig = Mutator.mutate(RAW_SIGNATURE, data);
        expect(RAW_VERIFIER.verify(CONTENT, sig), Arrays.equals(sig, RAW_SIGNATURE), "RAW");
      }
      case 2 -> {
        byte[] sig = Mutator.mutate(DER_SIGNATURE, data);
        boolean ok = DER_VERIFIER.verify(new ByteArrayInputStream(CONTENT), sig);
        expect(ok, Arrays.equals(sig, DER_SIGNATURE), "stream");
      }
      case 3 -> {
        byte[] sig = Mutator.mutate(DIGEST_SIGNATURE, data);
        expect(DER_VERIFIER.verifyDigest(E, sig), Arrays.equals(sig, DIGEST_SIGNATURE), "digest");
      }
      default -> {
        byte[] message = Mutator.mutate(CONTENT, data);
        expect(
            DER_VERIFIER.verify(message, DER_SIGNATURE),
            Arrays.equals(message, CONTENT),
            "message");
      }
    }
  }

  private static void expect(boolean verified, boolean unchanged, String what) {
    check(
        verified == unchanged,
        "Sm2Verifier ("
            + what
            + "): verified="
            + verified
            + " for an input that is "
            + (unchanged ? "unchanged" : "changed"));
  }
}
