package io.anke.crypto;

import java.util.List;

/**
 * Thrown by the factories of the SM primitives (SM2 signer, verifier, encrypter, decrypter and key
 * exchange, SM3 and its KDF, HMAC-SM3, the password hasher, every SM4 mode) once the power-on
 * self-test ({@link io.anke.crypto.selftest.SelfTest#run()}) has run in this JVM and failed: an
 * implementation that gave a wrong answer for a known input must not be trusted with real data, so
 * the module fails closed, the way a FIPS 140 module enters its error state. An {@link
 * IllegalStateException}: the JVM, not the caller's input, is at fault, and no retry in the same
 * process helps.
 *
 * <p>The message names the failed known-answer tests, never key material.
 */
public class SelfTestFailedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The names of the failed known-answer tests (e.g. {@code "SM3"}, {@code "SM4-GCM decrypt"}). */
  private final List<String> failures;

  /** {@code failures} names the known-answer tests that failed. */
  public SelfTestFailedException(List<String> failures) {
    super(
        "SM cryptography is disabled in this JVM: the power-on self-test failed ("
            + String.join(", ", failures)
            + ")");
    this.failures = List.copyOf(failures);
  }

  /** The names of the failed known-answer tests. */
  public List<String> failures() {
    return failures;
  }
}
