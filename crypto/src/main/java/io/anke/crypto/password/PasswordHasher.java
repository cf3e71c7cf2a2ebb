package io.anke.crypto.password;

import io.anke.crypto.Bilingual;
import io.anke.crypto.CryptoFormatException;
import io.anke.crypto.internal.CanonicalBase64;
import io.anke.crypto.internal.CryptoMessage;
import io.anke.crypto.internal.SelfTestGate;
import io.anke.crypto.internal.StrictUtf8;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Password hashing with PBKDF2-HMAC-SM3 (RFC 8018 PBKDF2, PRF HMAC-SM3) and a self-describing
 * encoded string:
 *
 * <pre>
 * $pbkdf2-sm3$i=ITERATIONS$SALT$HASH
 * </pre>
 *
 * where {@code SALT} (16 random bytes) and {@code HASH} (32 bytes) are Base64 without padding (RFC
 * 4648 §4 alphabet, as in the PHC string format). The password is encoded as UTF-8, exactly as
 * given (no Unicode normalisation), which is what GmSSL's {@code Sm3Pbkdf2}, Bouncy Castle's {@code
 * PBKDF2WithHmacSM3} and {@code openssl kdf -kdfopt digest:SM3 PBKDF2} compute.
 *
 * <p>Instances are immutable and thread-safe. {@link #verify} compares in constant time; {@link
 * #needsRehash} tells when a stored hash is weaker than this hasher's settings, so that an
 * application can upgrade it at the next successful login.
 */
public final class PasswordHasher {

  /** The algorithm name in the encoded string. */
  public static final String ALGORITHM = "pbkdf2-sm3";

  /**
   * Default iteration count: about 100 ms of CPU time per hash on the reference machine (2-vCPU AMD
   * EPYC VM, OpenJDK 17.0.15, Bouncy Castle 1.87: 150,000 iterations measured at 102 to 106 ms,
   * about 0.69 µs per iteration; see docs/crypto.md, "Passwords").
   */
  public static final int DEFAULT_ITERATIONS = 150_000;

  /** The smallest iteration count this class will use for new hashes. */
  public static final int MIN_ITERATIONS = 10_000;

  /**
   * The largest iteration count accepted in an encoded hash, so that a forged stored value cannot
   * make a verification run for minutes.
   */
  public static final int MAX_ITERATIONS = 10_000_000;

  /** Salt length of new hashes, in bytes. */
  public static final int SALT_LENGTH = 16;

  /** Hash length of new hashes, in bytes. */
  public static final int HASH_LENGTH = 32;

  /**
   * The floor of a stored hash's iteration count: {@link #verify} refuses a hash with fewer as
   * invalid, because a hash that cheap to recompute protects nothing (and is how a planted or
   * downgraded entry would look). Equal to {@link #MIN_ITERATIONS}, the least this class writes.
   */
  public static final int MIN_STORED_ITERATIONS = MIN_ITERATIONS;

  /**
   * The floor of a stored hash's salt length in bytes (128 bits, as NIST SP 800-132 asks): shorter
   * salts are refused as invalid.
   */
  public static final int MIN_STORED_SALT_LENGTH = 16;

  /**
   * The floor of a stored hash's length in bytes: the full 256-bit output of HMAC-SM3. A truncated
   * hash is refused as invalid.
   */
  public static final int MIN_STORED_HASH_LENGTH = 32;

  private static final String PREFIX = "$" + ALGORITHM + "$i=";
  private static final int MAX_ENCODED_LENGTH = 512;
  private static final int MAX_FIELD_LENGTH = 64;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final PasswordHasher DEFAULTS = new PasswordHasher(DEFAULT_ITERATIONS);

  private final int iterations;

  private PasswordHasher(int iterations) {
    this.iterations = iterations;
  }

  /** A hasher with {@link #DEFAULT_ITERATIONS}. */
  public static PasswordHasher withDefaults() {
    SelfTestGate.requireNotFailed(); // here, not in the constructor: DEFAULTS is built statically
    return DEFAULTS;
  }

  /**
   * A hasher with a chosen iteration count.
   *
   * @throws IllegalArgumentException if {@code iterations} is outside [{@link #MIN_ITERATIONS},
   *     {@link #MAX_ITERATIONS}]
   */
  public static PasswordHasher withIterations(int iterations) {
    SelfTestGate.requireNotFailed();
    if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
      throw new IllegalArgumentException(
          CryptoMessage.PASSWORD_ITERATIONS_RANGE.english(
              MIN_ITERATIONS, MAX_ITERATIONS, iterations));
    }
    return new PasswordHasher(iterations);
  }

  /**
   * Measures this machine and returns the iteration count that takes about {@code target} of CPU
   * time per hash, rounded down to a multiple of 1,000 and kept within the allowed range. It uses
   * the thread's CPU time where the JVM offers it, so that other busy processes do not distort the
   * result, and warms the JIT up first; expect it to run for about half a second plus a few times
   * {@code target}.
   */
  public static int calibrate(Duration target) {
    if (target.isNegative() || target.isZero()) {
      throw new IllegalArgumentException(CryptoMessage.PASSWORD_TARGET_NOT_POSITIVE.english());
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    byte[] password = "calibration".getBytes(StandardCharsets.UTF_8);
    byte[] salt = new byte[SALT_LENGTH];
    int probe = 20_000;
    // Warm-up: let the JIT compile SM3 before anything is measured.
    long warmUntil = System.nanoTime() + 500_000_000L;
    for (int round = 0; round < 3 || System.nanoTime() < warmUntil; round++) {
      derive(password, salt, probe, HASH_LENGTH);
    }
    long best = Long.MAX_VALUE;
    for (int round = 0; round < 5; round++) {
      long start = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
      derive(password, salt, probe, HASH_LENGTH);
      long end = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
      best = Math.min(best, end - start);
    }
    double perIteration = (double) Math.max(best, 1) / probe;
    long wanted = (long) (target.toNanos() / perIteration);
    long rounded = (wanted / 1_000) * 1_000;
    return (int) Math.max(MIN_ITERATIONS, Math.min(MAX_ITERATIONS, rounded));
  }

  /** The iteration count of new hashes. */
  public int iterations() {
    return iterations;
  }

  /** Hashes a password with a fresh random salt and returns the encoded string. */
  public String hash(char[] password) {
    byte[] salt = new byte[SALT_LENGTH];
    RANDOM.nextBytes(salt);
    byte[] pw = utf8(password);
    try {
      byte[] hash = derive(pw, salt, iterations, HASH_LENGTH);
      Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
      return PREFIX + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    } finally {
      Arrays.fill(pw, (byte) 0);
    }
  }

  /**
   * Checks a password against an encoded hash, in constant time with respect to the hash bytes. The
   * hash may use any iteration count from {@link #MIN_STORED_ITERATIONS} to {@link
   * #MAX_ITERATIONS}, not only this hasher's.
   *
   * <p>A stored hash below the floors ({@link #MIN_STORED_ITERATIONS} iterations, {@link
   * #MIN_STORED_SALT_LENGTH}-byte salt, {@link #MIN_STORED_HASH_LENGTH}-byte hash) is refused as
   * invalid, with the same exception as a malformed one, not answered with true or false: no
   * password is accepted against it, and the caller learns that the stored value, not the password,
   * is the problem (replace it through a password reset).
   *
   * <p>A password that is not valid UTF-16 (an unpaired surrogate such as U+D800, which a JSON
   * escape can carry) matches nothing, since {@link #hash} never stores one: the answer is false.
   *
   * @return true if the password matches
   * @throws CryptoFormatException if {@code encoded} is not a canonical {@code $pbkdf2-sm3$} string
   *     or is below a floor; the message names the faulty field, never its content
   * @throws IllegalArgumentException if {@code password} is null
   */
  public boolean verify(char[] password, String encoded) {
    Encoded e = parse(encoded);
    if (password == null) {
      throw new IllegalArgumentException(CryptoMessage.PASSWORD_NULL.english());
    }
    byte[] pw;
    try {
      pw = utf8(password);
    } catch (IllegalArgumentException unpairedSurrogate) {
      return false;
    }
    byte[] actual = null;
    try {
      actual = derive(pw, e.salt, e.iterations, e.hash.length);
      return org.bouncycastle.util.Arrays.constantTimeAreEqual(actual, e.hash);
    } finally {
      Arrays.fill(pw, (byte) 0);
      if (actual != null) {
        Arrays.fill(actual, (byte) 0);
      }
    }
  }

  /**
   * True if {@code encoded} is weaker than what this hasher writes: fewer iterations, a shorter
   * salt or a shorter hash. Call it after a successful {@link #verify} and store a fresh {@link
   * #hash} when it says so.
   *
   * @throws CryptoFormatException as {@link #verify}: malformed or below a floor
   */
  public boolean needsRehash(String encoded) {
    Encoded e = parse(encoded);
    return e.iterations < iterations || e.salt.length < SALT_LENGTH || e.hash.length < HASH_LENGTH;
  }

  /**
   * The iteration count stored in an encoded hash.
   *
   * @throws CryptoFormatException as {@link #verify}: malformed or below a floor
   */
  public static int iterationsOf(String encoded) {
    return parse(encoded).iterations;
  }

  @Override
  public String toString() {
    return "PasswordHasher[" + ALGORITHM + ", iterations=" + iterations + "]";
  }

  private record Encoded(int iterations, byte[] salt, byte[] hash) {}

  private static Encoded parse(String encoded) {
    if (encoded == null) {
      throw new CryptoFormatException(CryptoMessage.PASSWORD_HASH_NULL.text());
    }
    if (encoded.length() > MAX_ENCODED_LENGTH) {
      throw new CryptoFormatException(
          CryptoMessage.PASSWORD_HASH_TOO_LONG.text(MAX_ENCODED_LENGTH));
    }
    if (!encoded.startsWith(PREFIX)) {
      throw new CryptoFormatException(CryptoMessage.PASSWORD_HASH_PREFIX.text(PREFIX));
    }
    String[] fields = encoded.substring(PREFIX.length()).split("\\$", -1);
    if (fields.length != 3) {
      throw new CryptoFormatException(CryptoMessage.PASSWORD_HASH_FIELDS.text(fields.length));
    }
    int iterations;
    if (fields[0].isEmpty()
        || fields[0].length() > 9
        || !fields[0].chars().allMatch(c -> c >= '0' && c <= '9')
        || (fields[0].length() > 1 && fields[0].charAt(0) == '0')) {
      throw new CryptoFormatException(CryptoMessage.PASSWORD_HASH_ITERATIONS_SYNTAX.text());
    }
    iterations = Integer.parseInt(fields[0]);
    if (iterations < MIN_STORED_ITERATIONS || iterations > MAX_ITERATIONS) {
      throw new CryptoFormatException(
          (iterations < MIN_STORED_ITERATIONS
                  ? CryptoMessage.PASSWORD_HASH_ITERATIONS_WEAK
                  : CryptoMessage.PASSWORD_HASH_ITERATIONS_RANGE)
              .text(iterations, MIN_STORED_ITERATIONS, MAX_ITERATIONS));
    }
    byte[] salt = base64(fields[1], CryptoMessage.WHAT_SALT.text(), MIN_STORED_SALT_LENGTH);
    byte[] hash = base64(fields[2], CryptoMessage.WHAT_HASH.text(), MIN_STORED_HASH_LENGTH);
    return new Encoded(iterations, salt, hash);
  }

  private static byte[] base64(String field, Bilingual name, int minLength) {
    // Canonical only (no padding, unused bits zero), so that a changed character is never accepted.
    byte[] bytes =
        CanonicalBase64.decode(
            field,
            false,
            CryptoMessage.PASSWORD_HASH_NOT_BASE64.text(name),
            CryptoMessage.PASSWORD_HASH_NOT_CANONICAL.text(name));
    if (bytes.length < minLength || bytes.length > MAX_FIELD_LENGTH) {
      throw new CryptoFormatException(
          (bytes.length < minLength
                  ? CryptoMessage.PASSWORD_HASH_FIELD_WEAK
                  : CryptoMessage.PASSWORD_HASH_FIELD_LENGTH)
              .text(name, bytes.length, minLength, MAX_FIELD_LENGTH));
    }
    return bytes;
  }

  private static byte[] derive(byte[] password, byte[] salt, int iterations, int length) {
    PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SM3Digest());
    generator.init(password, salt, iterations);
    return ((KeyParameter) generator.generateDerivedParameters(length * 8)).getKey();
  }

  private static byte[] utf8(char[] password) {
    if (password == null) {
      throw new IllegalArgumentException(CryptoMessage.PASSWORD_NULL.english());
    }
    // An unpaired surrogate: refuse rather than hash a replacement character.
    return StrictUtf8.encode(password, CryptoMessage.LABEL_PASSWORD.text());
  }
}
