package io.anke.cli;

/**
 * Secret values the tests use where they need a key or a password, so that a leak into any output
 * can be found by value: the leak scan of the {@code samples} module looks for each of them, in
 * every encoding, in everything the test suite wrote ({@link MainTest#run} copies every command's
 * output there). The same values stand in every module's {@code Canaries}; never use them for
 * anything but tests.
 */
final class Canaries {
  /** An SM4 key, 16 bytes in lowercase hex. */
  static final String SM4_KEY_HEX = "5ca1ab1ec0ffee0ddba11fac4dec0de5";

  /** An HMAC-SM3 key, 32 bytes in lowercase hex. */
  static final String HMAC_KEY_HEX =
      "c4a7a81e5ec7e7b1dfeedbacc0de5eed0ddf00d5ca1edb01dface0ff1ce5a1e5";

  /** An SM2 private key d, 32 bytes in lowercase hex. */
  static final String SM2_D_HEX =
      "3a5ca1ab1e5ec7e7c0de0ddba11fac4dbeefcafe5eedf00dd0d0ca7da7ab0de5";

  /** A keystore or keyset password. */
  static final String KEYSTORE_PASSWORD = "canary-Keystore-Pw-4f9Q";

  /** A database password, as configuration files hold one. */
  static final String DB_PASSWORD = "canary-Db-Pw-7Kx2";

  private Canaries() {}
}
