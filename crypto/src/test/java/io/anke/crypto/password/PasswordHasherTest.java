package io.anke.crypto.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.Hex;
import io.anke.crypto.pkix.OpenSsl;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordHasherTest {

  // The minimum count keeps the suite fast; the algorithm does not depend on the count.
  private static final PasswordHasher FAST =
      PasswordHasher.withIterations(PasswordHasher.MIN_ITERATIONS);

  @Test
  void hashHasDocumentedShapeAndVerifies() {
    String encoded = FAST.hash("correct horse battery staple".toCharArray());
    assertThat(encoded).matches("\\$pbkdf2-sm3\\$i=10000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    assertThat(FAST.verify("correct horse battery staple".toCharArray(), encoded)).isTrue();
    assertThat(FAST.verify("correct horse battery stapl".toCharArray(), encoded)).isFalse();
    assertThat(FAST.verify("".toCharArray(), encoded)).isFalse();
  }

  @Test
  void saltIsFreshForEveryHash() {
    char[] pw = "same".toCharArray();
    assertThat(FAST.hash(pw)).isNotEqualTo(FAST.hash(pw));
  }

  @Property(tries = 20)
  void anyPasswordVerifiesAndANeighbourDoesNot(@ForAll @StringLength(max = 40) String password) {
    String encoded = FAST.hash(password.toCharArray());
    assertThat(FAST.verify(password.toCharArray(), encoded)).isTrue();
    assertThat(FAST.verify((password + "x").toCharArray(), encoded)).isFalse();
  }

  @Test
  void matchesOpenSslPbkdf2WithSm3(@TempDir Path dir) {
    // An independent implementation: OpenSSL 3 "kdf PBKDF2" with digest SM3.
    byte[] salt = Hex.decode("a0a1a2a3a4a5a6a7a8a9aaabacadaeaf");
    String out =
        OpenSsl.run(
                dir,
                "kdf",
                "-keylen",
                "32",
                "-kdfopt",
                "digest:SM3",
                "-kdfopt",
                "pass:密码 p@ss",
                "-kdfopt",
                "hexsalt:" + Hex.encode(salt),
                "-kdfopt",
                "iter:1200",
                "PBKDF2")
            .assertOk()
            .out();
    byte[] expected = Hex.decode(out.replace(":", "").strip());
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    String encoded =
        "$pbkdf2-sm3$i=1200$" + b64.encodeToString(salt) + "$" + b64.encodeToString(expected);
    assertThat(FAST.verify("密码 p@ss".toCharArray(), encoded)).isTrue();
    assertThat(FAST.verify("密码 p@sS".toCharArray(), encoded)).isFalse();
  }

  @Test
  void needsRehashWhenWeakerThanSettings() {
    String weak = FAST.hash("pw".toCharArray());
    PasswordHasher stronger = PasswordHasher.withIterations(20_000);
    assertThat(stronger.needsRehash(weak)).isTrue();
    assertThat(FAST.needsRehash(weak)).isFalse();
    assertThat(stronger.verify("pw".toCharArray(), weak)).isTrue();
    String upgraded = stronger.hash("pw".toCharArray());
    assertThat(stronger.needsRehash(upgraded)).isFalse();
    assertThat(PasswordHasher.iterationsOf(upgraded)).isEqualTo(20_000);

    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    String shortSalt =
        "$pbkdf2-sm3$i=20000$"
            + b64.encodeToString(new byte[8])
            + "$"
            + b64.encodeToString(new byte[32]);
    String shortHash =
        "$pbkdf2-sm3$i=20000$"
            + b64.encodeToString(new byte[16])
            + "$"
            + b64.encodeToString(new byte[16]);
    assertThat(FAST.needsRehash(shortSalt)).isTrue();
    assertThat(FAST.needsRehash(shortHash)).isTrue();
  }

  @Test
  void defaultsUseTheMeasuredIterationCount() {
    assertThat(PasswordHasher.withDefaults().iterations())
        .isEqualTo(PasswordHasher.DEFAULT_ITERATIONS);
    assertThat(PasswordHasher.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(100_000);
  }

  @Test
  void malformedHashesAreRejectedNamingTheField() {
    String salt = Base64.getEncoder().withoutPadding().encodeToString(new byte[16]);
    String hash = Base64.getEncoder().withoutPadding().encodeToString(new byte[32]);
    char[] pw = "pw".toCharArray();
    assertThatThrownBy(() -> FAST.verify(pw, "$2a$10$abcdefghijklmnopqrstuv"))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("not a PBKDF2-SM3 hash");
    assertThatThrownBy(() -> FAST.verify(pw, "$pbkdf2-sm3$i=x$" + salt + "$" + hash))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("iteration count");
    assertThatThrownBy(() -> FAST.verify(pw, "$pbkdf2-sm3$i=0$" + salt + "$" + hash))
        .hasMessageContaining("iteration count 0");
    assertThatThrownBy(() -> FAST.verify(pw, "$pbkdf2-sm3$i=99999999$" + salt + "$" + hash))
        .hasMessageContaining("outside");
    assertThatThrownBy(() -> FAST.verify(pw, "$pbkdf2-sm3$i=1000$" + salt + "$" + hash + "$x"))
        .hasMessageContaining("fields");
    assertThatThrownBy(() -> FAST.verify(pw, "$pbkdf2-sm3$i=1000$!!$" + hash))
        .hasMessageContaining("salt is not valid Base64");
    assertThatThrownBy(() -> FAST.verify(pw, "$pbkdf2-sm3$i=1000$" + salt + "$AAAA"))
        .hasMessageContaining("hash has 3 bytes");
    assertThatThrownBy(() -> FAST.verify(pw, null)).isInstanceOf(CryptoFormatException.class);
    assertThatThrownBy(() -> FAST.needsRehash("x".repeat(1000))).hasMessageContaining("longer");
  }

  @Test
  void rejectsIterationCountsOutsideRangeForNewHashes() {
    assertThatThrownBy(() -> PasswordHasher.withIterations(9_999))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PasswordHasher.withIterations(PasswordHasher.MAX_ITERATIONS + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unpairedSurrogateIsRefusedNotReplaced() {
    assertThatThrownBy(() -> FAST.hash(new char[] {'a', '\uD800'}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("surrogate");
  }

  @Test
  void calibrationStaysWithinTheAllowedRange() {
    int n = PasswordHasher.calibrate(Duration.ofMillis(5));
    assertThat(n).isBetween(PasswordHasher.MIN_ITERATIONS, PasswordHasher.MAX_ITERATIONS);
    assertThat(n % 1_000).isZero();
  }
}
