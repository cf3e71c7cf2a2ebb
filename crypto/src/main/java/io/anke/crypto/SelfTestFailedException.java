package io.anke.crypto;

import io.anke.crypto.internal.CryptoMessage;
import java.util.List;
import java.util.Locale;

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
public class SelfTestFailedException extends IllegalStateException implements Bilingual {
  private static final long serialVersionUID = 1L;

  /** The message in both languages. */
  private final transient Bilingual message;

  /** The names of the failed known-answer tests (e.g. {@code "SM3"}, {@code "SM4-GCM decrypt"}). */
  private final List<String> failures;

  /** {@code failures} names the known-answer tests that failed. */
  public SelfTestFailedException(List<String> failures) {
    this(CryptoMessage.SELF_TEST_FAILED.text(String.join(", ", failures)), failures);
  }

  private SelfTestFailedException(Bilingual message, List<String> failures) {
    super(message.messageIn(Locale.ENGLISH));
    this.message = message;
    this.failures = List.copyOf(failures);
  }

  /** The names of the failed known-answer tests. */
  public List<String> failures() {
    return failures;
  }

  /** The message in the language of {@code locale}; Chinese for any {@code zh} locale. */
  @Override
  public String messageIn(Locale locale) {
    return message == null ? getMessage() : message.messageIn(locale);
  }

  /** {@link #messageIn(Locale)} of the default locale. */
  @Override
  public String getLocalizedMessage() {
    return messageIn(Locale.getDefault());
  }
}
