package io.anke.crypto.selftest;

import io.anke.crypto.internal.SelfTestGate;
import java.util.ArrayList;
import java.util.List;

/**
 * The power-on self-test of the SM primitives, in the manner of FIPS 140: known-answer tests of SM2
 * signature verification (the GM/T 0003.5 example signature verifies, the same signature over an
 * altered message does not), SM2 signing (the standard key gives its public key and a signature
 * that verifies), SM3 (GB/T 32905 "abc"), HMAC-SM3, SM4-GCM (RFC 8998) and SM4-CBC, each in both
 * directions where there are two. Every test goes through the public API, so it exercises the code
 * and the Bouncy Castle jar the application really runs with.
 *
 * <p>The tests run once per JVM, on the first call of {@link #run()}, which every later call
 * answers from memory. If any test fails, the module <b>fails closed</b>: from then on the
 * factories of the primitives (SM2 signer, verifier, encrypter, decrypter and key exchange, SM3,
 * the SM3 KDF, HMAC-SM3, the password hasher and every SM4 primitive, hence also the envelopes and
 * keysets built on them) throw {@link io.anke.crypto.SelfTestFailedException} naming the failed
 * tests. Objects built before the failure keep working: run the self-test at start-up, before
 * anything uses the primitives (the start-up guard does). A program that never calls {@link #run()}
 * is unaffected; each factory pays one volatile read.
 *
 * <pre>{@code
 * SelfTestResult r = SelfTest.run();
 * if (!r.passed()) {
 *   throw new IllegalStateException("SM self-test failed: " + r.failures());
 * }
 * }</pre>
 */
public final class SelfTest {
  private SelfTest() {}

  /**
   * Runs the known-answer tests the first time it is called in this JVM and returns their result;
   * later calls return the same result without running them again. Thread-safe: concurrent first
   * callers wait for the one run.
   */
  public static SelfTestResult run() {
    return Once.RESULT;
  }

  // The class-holder idiom: the JVM initialises Once exactly once, on first use, under its lock.
  private static final class Once {
    static final SelfTestResult RESULT = execute(KnownAnswerTest.standard());
  }

  /**
   * Runs {@code tests} now and records the outcome for the primitive factories. The seam through
   * which tests hand in corrupted vectors; {@link #run()} calls it once with the standard ones.
   */
  static synchronized SelfTestResult execute(List<KnownAnswerTest> tests) {
    List<String> failures = new ArrayList<>();
    for (KnownAnswerTest test : tests) {
      if (!test.passes()) {
        failures.add(test.name());
      }
    }
    SelfTestGate.record(failures);
    return SelfTestResult.of(failures);
  }

  /** For tests: reopens the factories after a deliberately failed run. */
  static synchronized void resetForTesting() {
    SelfTestGate.record(List.of());
  }
}
