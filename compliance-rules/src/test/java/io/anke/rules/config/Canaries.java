package io.anke.rules.config;

/**
 * Secret values the tests use where they need a key or a password, so that a leak into any output
 * can be found by value: the leak scan of the {@code samples} module looks for each of them, in
 * every encoding, in everything the test suite wrote. The same values stand in every module's
 * {@code Canaries}; never use them for anything but tests.
 */
final class Canaries {
  /** An SM4 key, 16 bytes in lowercase hex. */
  static final String SM4_KEY_HEX = "5ca1ab1ec0ffee0ddba11fac4dec0de5";

  /** A database password, as configuration files hold one. */
  static final String DB_PASSWORD = "canary-Db-Pw-7Kx2";

  private Canaries() {}
}
