package io.anke.crypto.fuzz;

/**
 * The exception contract of a call on hostile input: it either accepts the input or refuses it with
 * one of the types its documentation lists (docs/crypto.md, "What a parser may throw"). Anything
 * else, an {@code OutOfMemoryError} or a {@code StackOverflowError} included, fails the fuzz target
 * with the call named, so that Jazzer keeps the input as a finding.
 */
final class Contract {
  private Contract() {}

  /** A call that may throw anything; the contract decides what it may throw. */
  @FunctionalInterface
  interface Call<T> {
    T call() throws Exception;
  }

  /**
   * The result of {@code call}, or null when it refused the input with one of {@code documented};
   * any other throwable fails the target.
   */
  static <T> T acceptedOrRefused(String what, Call<T> call, Class<?>... documented) {
    try {
      return call.call();
    } catch (Throwable t) {
      for (Class<?> type : documented) {
        if (type.isInstance(t)) {
          return null;
        }
      }
      throw new AssertionError(what + " threw an undocumented " + t.getClass().getName(), t);
    }
  }

  /** Fails the target when {@code condition} does not hold. */
  static void check(boolean condition, String invariant) {
    if (!condition) {
      throw new AssertionError(invariant);
    }
  }
}
