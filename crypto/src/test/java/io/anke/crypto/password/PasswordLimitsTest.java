package io.anke.crypto.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.CryptoFormatException;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The bounds of a stored password hash at their edges: its length, its iteration count (a forged
 * count must not make a verification run for minutes) and the sizes of its salt and hash. Nothing
 * here derives a key: {@link PasswordHasher#iterationsOf} parses without hashing.
 */
class PasswordLimitsTest {
  private static String b64(int bytes) {
    return Base64.getEncoder().withoutPadding().encodeToString(new byte[bytes]);
  }

  private static String encoded(long iterations, int saltBytes, int hashBytes) {
    return "$pbkdf2-sm3$i=" + iterations + "$" + b64(saltBytes) + "$" + b64(hashBytes);
  }

  @Test
  void theIterationCountIsAcceptedUpToItsMaximumAndRefusedAboveIt() {
    int max = PasswordHasher.MAX_ITERATIONS;
    assertThat(PasswordHasher.iterationsOf(encoded(max, 16, 32))).isEqualTo(max);
    assertThatThrownBy(() -> PasswordHasher.iterationsOf(encoded(max + 1L, 16, 32)))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("password hash: iteration count 10000001 outside 10000..10000000");
    // New hashes are held to the same range.
    assertThat(PasswordHasher.withIterations(max).toString()).contains("iterations=10000000");
    assertThatThrownBy(() -> PasswordHasher.withIterations(max + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("iterations must be between 10000 and 10000000, got 10000001");
  }

  @Test
  void saltAndHashAreAcceptedUpTo64BytesAndRefusedAbove() {
    assertThat(PasswordHasher.iterationsOf(encoded(10_000, 64, 64))).isEqualTo(10_000);
    assertThatThrownBy(() -> PasswordHasher.iterationsOf(encoded(10_000, 65, 32)))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("password hash: salt has 65 bytes, expected 16..64");
    assertThatThrownBy(() -> PasswordHasher.iterationsOf(encoded(10_000, 16, 65)))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("password hash: hash has 65 bytes, expected 32..64");
  }

  @Test
  void anEncodedHashOf512CharactersIsParsedAndOneMoreIsRefusedUnparsed() {
    String atLimit = "x".repeat(512);
    assertThatThrownBy(() -> PasswordHasher.iterationsOf(atLimit))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageStartingWith("password hash: does not start with");
    assertThatThrownBy(() -> PasswordHasher.iterationsOf(atLimit + "x"))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("password hash: longer than 512 characters");
    assertThatThrownBy(() -> PasswordHasher.withDefaults().needsRehash(atLimit + "x"))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("password hash: longer than 512 characters");
  }

  @Test
  void theFieldCountIsReportedAsTheNumberOfFieldsAfterTheAlgorithm() {
    // "$pbkdf2-sm3$" then i=N, salt, hash: three fields; one more '$' makes four.
    assertThatThrownBy(() -> PasswordHasher.iterationsOf(encoded(10_000, 16, 32) + "$x"))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage(
            "password hash: expected '$pbkdf2-sm3$i=N$SALT$HASH', found 4 '$'-separated fields"
                + " after the algorithm");
    assertThatThrownBy(() -> PasswordHasher.iterationsOf("$pbkdf2-sm3$i=10000$" + b64(16)))
        .hasMessageContaining("found 2 '$'-separated fields");
  }

  @Test
  void nineDigitCountsAreRangeCheckedAndLongerOnesAreNotNumbersHere() {
    // Nine digits parse as an int and are refused as out of range; ten digits could overflow
    // Integer.parseInt and are refused as syntax before any parsing.
    assertThatThrownBy(() -> PasswordHasher.iterationsOf(encoded(100_000_000, 16, 32)))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("password hash: iteration count 100000000 outside 10000..10000000");
    assertThatThrownBy(() -> PasswordHasher.iterationsOf(encoded(9_999_999_999L, 16, 32)))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessage("password hash: iteration count is not a decimal number without leading zeros");
  }
}
