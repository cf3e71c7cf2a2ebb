package io.anke.crypto.selftest;

import io.anke.crypto.internal.CryptoMessage;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of the power-on self-test.
 *
 * @param passed true when every known-answer test gave the expected answer
 * @param failures the names of the failed known-answer tests (e.g. {@code "SM3"}, {@code "SM4-GCM
 *     decrypt"}), in the order they ran; empty exactly when {@code passed}. Names only: never a
 *     key, an input or an output.
 */
public record SelfTestResult(boolean passed, List<String> failures) {
  /**
   * @throws IllegalArgumentException if {@code passed} disagrees with {@code failures}
   */
  public SelfTestResult {
    failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
    if (passed != failures.isEmpty()) {
      throw new IllegalArgumentException(
          CryptoMessage.SELF_TEST_RESULT_INCONSISTENT.english(passed, failures));
    }
  }

  /** A result from the names of the failed tests: passed when there are none. */
  public static SelfTestResult of(List<String> failures) {
    return new SelfTestResult(failures.isEmpty(), failures);
  }
}
