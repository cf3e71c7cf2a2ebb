package io.anke.crypto.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.Hex;
import io.anke.crypto.pkix.OpenSsl;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;
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
                "iter:10000",
                "PBKDF2")
            .assertOk()
            .out();
    byte[] expected = Hex.decode(out.replace(":", "").strip());
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    String encoded =
        "$pbkdf2-sm3$i=10000$" + b64.encodeToString(salt) + "$" + b64.encodeToString(expected);
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

    // Above the floors but below this hasher's settings: verified, and flagged for an upgrade.
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    byte[] salt = new byte[20];
    String longerSaltFewerIterations =
        "$pbkdf2-sm3$i=15000$"
            + b64.encodeToString(salt)
            + "$"
            + b64.encodeToString(pbkdf2("pw", salt, 15_000, 32));
    assertThat(stronger.verify("pw".toCharArray(), longerSaltFewerIterations)).isTrue();
    assertThat(stronger.needsRehash(longerSaltFewerIterations)).isTrue();
  }

  @Test
  void storedHashesBelowTheFloorsAreRefusedNotVerified() {
    // Each of these is a correct PBKDF2-HMAC-SM3 of "pw", which verify() used to accept: one
    // iteration with a 16-byte output, an 8-byte salt, 9,999 iterations, a 16-byte output.
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    byte[] salt16 = new byte[16];
    byte[] salt8 = new byte[8];
    String[][] weak = {
      {
        "$pbkdf2-sm3$i=1$"
            + b64.encodeToString(salt16)
            + "$"
            + b64.encodeToString(pbkdf2("pw", salt16, 1, 16)),
        "iteration count 1 outside"
      },
      {
        "$pbkdf2-sm3$i=20000$"
            + b64.encodeToString(salt8)
            + "$"
            + b64.encodeToString(pbkdf2("pw", salt8, 20_000, 32)),
        "salt has 8 bytes"
      },
      {
        "$pbkdf2-sm3$i=9999$"
            + b64.encodeToString(salt16)
            + "$"
            + b64.encodeToString(pbkdf2("pw", salt16, 9_999, 32)),
        "iteration count 9999 outside"
      },
      {
        "$pbkdf2-sm3$i=20000$"
            + b64.encodeToString(salt16)
            + "$"
            + b64.encodeToString(pbkdf2("pw", salt16, 20_000, 16)),
        "hash has 16 bytes"
      },
    };
    for (String[] w : weak) {
      assertThatThrownBy(() -> FAST.verify("pw".toCharArray(), w[0]))
          .as(w[0])
          .isInstanceOf(CryptoFormatException.class)
          .hasMessageContaining(w[1])
          .hasMessageContaining("too weak");
      assertThatThrownBy(() -> FAST.needsRehash(w[0])).isInstanceOf(CryptoFormatException.class);
    }
    assertThat(PasswordHasher.MIN_STORED_ITERATIONS).isEqualTo(PasswordHasher.MIN_ITERATIONS);
  }

  @Test
  void onlyTheCanonicalSpellingOfAHashIsAccepted() {
    // Same numbers, other characters: a leading zero, and Base64 whose unused low bits are set.
    // Both used to verify; a changed character of a stored hash must not.
    String good = FAST.hash("pw".toCharArray());
    String leadingZero = good.replace("$i=10000$", "$i=010000$");
    String[] f = good.split("\\$");
    String salt = f[3];
    // 16 bytes take 22 characters; the last one carries 2 bits of data and 4 unused bits.
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    int last = alphabet.indexOf(salt.charAt(salt.length() - 1));
    String sloppySalt = salt.substring(0, salt.length() - 1) + alphabet.charAt(last ^ 1);
    assertThat(Base64.getDecoder().decode(sloppySalt)).isEqualTo(Base64.getDecoder().decode(salt));
    String sloppy = "$pbkdf2-sm3$" + f[2] + "$" + sloppySalt + "$" + f[4];
    assertThat(FAST.verify("pw".toCharArray(), good)).isTrue();
    assertThatThrownBy(() -> FAST.verify("pw".toCharArray(), leadingZero))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("leading zeros");
    assertThatThrownBy(() -> FAST.verify("pw".toCharArray(), sloppy))
        .isInstanceOf(CryptoFormatException.class)
        .hasMessageContaining("salt is not canonical");
  }

  static byte[] pbkdf2(String password, byte[] salt, int iterations, int length) {
    PKCS5S2ParametersGenerator g = new PKCS5S2ParametersGenerator(new SM3Digest());
    g.init(password.getBytes(StandardCharsets.UTF_8), salt, iterations);
    return ((KeyParameter) g.generateDerivedParameters(length * 8)).getKey();
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
    assertThatThrownBy(() -> FAST.verify(pw, "$pbkdf2-sm3$i=10000$" + salt + "$" + hash + "$x"))
        .hasMessageContaining("fields");
    assertThatThrownBy(() -> FAST.verify(pw, "$pbkdf2-sm3$i=10000$!!$" + hash))
        .hasMessageContaining("salt is not valid Base64");
    assertThatThrownBy(() -> FAST.verify(pw, "$pbkdf2-sm3$i=10000$" + salt + "$AAAA"))
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
  void anUnpairedSurrogateNeverMatchesAndIsNoError() {
    // A login form's JSON may carry a lone U+D800 as an escape: verify answers false (hash() never
    // stores such a
    // password) instead of throwing an undocumented IllegalArgumentException past a caller that
    // catches the documented CryptoFormatException.
    String encoded = FAST.hash("a\uFFFD".toCharArray());
    assertThat(FAST.verify(new char[] {'a', '\uD800'}, encoded)).isFalse();
    assertThat(FAST.verify(new char[] {'a', '\uDC00'}, encoded)).isFalse();
    // The stored value is still checked first: a malformed one is the documented exception.
    assertThatThrownBy(() -> FAST.verify(new char[] {'\uD800'}, "$pbkdf2-sm3$i=1$AA$AA"))
        .isInstanceOf(CryptoFormatException.class);
  }

  @Test
  void calibrationStaysWithinTheAllowedRange() {
    // One second is far from both limits on any machine: 10,000 iterations would mean 100 us per
    // HMAC-SM3 iteration, 10,000,000 would mean 0.1 us (it takes about 1 us). So the result is a
    // measured count, not a limit, and its rounding to thousands shows.
    int n = PasswordHasher.calibrate(Duration.ofSeconds(1));
    assertThat(n).isStrictlyBetween(PasswordHasher.MIN_ITERATIONS, PasswordHasher.MAX_ITERATIONS);
    assertThat(n % 1_000).isZero();
  }
}
