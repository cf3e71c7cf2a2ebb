package io.anke.crypto.fuzz;

import static io.anke.crypto.fuzz.Contract.acceptedOrRefused;
import static io.anke.crypto.fuzz.Contract.check;
import static io.anke.crypto.fuzz.Fixtures.latin1;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.password.PasswordHasher;
import java.nio.charset.StandardCharsets;

/**
 * Stored password hashes ({@code PasswordHasher.verify}, {@code needsRehash}, {@code
 * iterationsOf}): only {@link CryptoFormatException} escapes, the three agree on what is
 * well-formed, and only the canonical string of the committed hash verifies the password.
 */
class PasswordHashFuzzTest {
  private static final Class<?> CFE = CryptoFormatException.class;
  private static final String VALID = Fixtures.hostileText("password-hash.txt").strip();
  private static final char[] PASSWORD = "correct horse battery staple".toCharArray();
  private static final PasswordHasher HASHER = PasswordHasher.withIterations(10_000);

  /** Iteration counts up to this are verified; larger ones are only parsed, to keep runs fast. */
  private static final int VERIFIED_ITERATIONS = 20_000;

  @FuzzTest
  @DictionaryEntries({"$pbkdf2-sm3$i=", "$"})
  void hashString(byte[] input) {
    checkHash(latin1(input));
  }

  @FuzzTest
  void hashStringRefusesEveryChange(FuzzedDataProvider data) {
    checkHash(latin1(Mutator.mutate(VALID.getBytes(StandardCharsets.ISO_8859_1), data)));
  }

  private static void checkHash(String encoded) {
    Integer iterations =
        acceptedOrRefused(
            "PasswordHasher.iterationsOf", () -> PasswordHasher.iterationsOf(encoded), CFE);
    Boolean rehash =
        acceptedOrRefused("PasswordHasher.needsRehash", () -> HASHER.needsRehash(encoded), CFE);
    check((iterations != null) == (rehash != null), "iterationsOf and needsRehash agree");
    if (iterations == null || iterations > VERIFIED_ITERATIONS) {
      return;
    }
    Boolean verified =
        acceptedOrRefused("PasswordHasher.verify", () -> HASHER.verify(PASSWORD, encoded), CFE);
    check(verified != null, "verify parses what iterationsOf parses");
    check(verified == encoded.equals(VALID), "only the committed hash string verifies");
  }
}
