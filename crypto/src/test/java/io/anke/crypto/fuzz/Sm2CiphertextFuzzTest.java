package io.anke.crypto.fuzz;

import static io.anke.crypto.fuzz.Contract.acceptedOrRefused;
import static io.anke.crypto.fuzz.Contract.check;
import static io.anke.crypto.fuzz.Fixtures.CONTENT;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.DecryptionFailedException;
import io.anke.crypto.sm2.Sm2CiphertextFormat;
import io.anke.crypto.sm2.Sm2Ciphertexts;
import io.anke.crypto.sm2.Sm2Decrypter;
import io.anke.crypto.sm2.Sm2Encrypter;
import io.anke.crypto.sm2.Sm2PrivateKey;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * SM2 ciphertexts in all five layouts ({@code Sm2Ciphertexts.convert}, {@code Sm2Decrypter}): the
 * converter throws only {@link CryptoFormatException} and what it accepts converts back to the same
 * bytes; the decrypter throws only {@link DecryptionFailedException} and refuses every changed
 * ciphertext (each layout is a unique encoding).
 */
class Sm2CiphertextFuzzTest {
  private static final Class<?> CFE = CryptoFormatException.class;
  private static final Class<?> DFE = DecryptionFailedException.class;
  private static final Sm2CiphertextFormat[] FORMATS = Sm2CiphertextFormat.values();
  private static final Sm2PrivateKey KEY = Fixtures.sm2Key();
  private static final Map<Sm2CiphertextFormat, byte[]> VALID =
      new EnumMap<>(Sm2CiphertextFormat.class);
  private static final Map<Sm2CiphertextFormat, Sm2Decrypter> DECRYPTERS =
      new EnumMap<>(Sm2CiphertextFormat.class);

  static {
    long seed = 30;
    for (Sm2CiphertextFormat f : FORMATS) {
      VALID.put(f, new Sm2Encrypter(KEY.publicKey(), f, Fixtures.seeded(seed++)).encrypt(CONTENT));
      DECRYPTERS.put(f, new Sm2Decrypter(KEY, f));
    }
  }

  /**
   * First byte: the layout to read (low four bits) and to write (high four bits); then the bytes.
   */
  @FuzzTest
  void convert(byte[] input) {
    if (input.length == 0) {
      return;
    }
    Sm2CiphertextFormat from = FORMATS[(input[0] & 0x0f) % FORMATS.length];
    Sm2CiphertextFormat to = FORMATS[((input[0] & 0xff) >>> 4) % FORMATS.length];
    byte[] ciphertext = Arrays.copyOfRange(input, 1, input.length);
    convertsBack(ciphertext, from, to);
    acceptedOrRefused(
        "Sm2Decrypter.decrypt " + from, () -> DECRYPTERS.get(from).decrypt(ciphertext), DFE);
  }

  @FuzzTest
  void decrypterRefusesEveryChange(FuzzedDataProvider data) {
    Sm2CiphertextFormat format = data.pickValue(FORMATS);
    Sm2CiphertextFormat to = data.pickValue(FORMATS);
    byte[] valid = VALID.get(format);
    byte[] changed = Mutator.mutate(valid, data);
    convertsBack(changed, format, to);
    byte[] plaintext =
        acceptedOrRefused(
            "Sm2Decrypter.decrypt " + format, () -> DECRYPTERS.get(format).decrypt(changed), DFE);
    boolean unchanged = Arrays.equals(changed, valid);
    check(
        (plaintext != null) == unchanged,
        "Sm2Decrypter " + format + " accepts exactly the unchanged ciphertext");
    check(plaintext == null || Arrays.equals(plaintext, CONTENT), "and decrypts it to the content");
  }

  private static void convertsBack(
      byte[] ciphertext, Sm2CiphertextFormat from, Sm2CiphertextFormat to) {
    byte[] converted =
        acceptedOrRefused(
            "Sm2Ciphertexts.convert " + from + " → " + to,
            () -> Sm2Ciphertexts.convert(ciphertext, from, to),
            CFE);
    if (converted != null) {
      check(
          Arrays.equals(Sm2Ciphertexts.convert(converted, to, from), ciphertext),
          "an accepted " + from + " ciphertext converts to " + to + " and back unchanged");
    }
  }
}
