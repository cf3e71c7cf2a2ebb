package io.anke.crypto.internal;

import io.anke.crypto.SelfTestFailedException;
import java.util.List;

/**
 * The error state of the power-on self-test, read by every primitive factory. Until the self-test
 * has run and failed, {@link #requireNotFailed()} is one volatile read: a program that never runs
 * the self-test pays nothing else. Only {@code io.anke.crypto.selftest} sets it.
 */
public final class SelfTestGate {
  // Null: not run or passed. Non-null: the failed tests; every factory refuses.
  private static volatile List<String> failures;

  private SelfTestGate() {}

  /**
   * Returns normally unless the self-test has failed in this JVM.
   *
   * @throws SelfTestFailedException naming the failed known-answer tests
   */
  public static void requireNotFailed() {
    List<String> failed = failures;
    if (failed != null) {
      throw new SelfTestFailedException(failed);
    }
  }

  /** Records the outcome of a self-test run: an empty list opens the gate, any other closes it. */
  public static void record(List<String> failedTests) {
    failures = failedTests.isEmpty() ? null : List.copyOf(failedTests);
  }
}
