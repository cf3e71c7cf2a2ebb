package io.anke.testing;

import io.anke.crypto.Hex;
import io.anke.crypto.sm2.Sm2PrivateKey;
import io.anke.crypto.sm4.Sm4Key;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Secret values the tests of every module use where they need a key or a password, so that a leak
 * into any output can be found by value: the leak scan of the {@code samples} module looks for each
 * of them, in every encoding, in everything the test suite wrote. This class is their one owner
 * (the other modules reach it through {@code anke-crypto}'s test jar); never use them for anything
 * but tests.
 */
public final class Canaries {
  /** One canary: what it stands for, and its bytes (a key's bytes, a password's UTF-8). */
  public record Canary(String name, byte[] bytes, boolean text) {}

  /** An SM4 key, 16 bytes in lowercase hex. */
  public static final String SM4_KEY_HEX = "5ca1ab1ec0ffee0ddba11fac4dec0de5";

  /** An HMAC-SM3 key, 32 bytes in lowercase hex. */
  public static final String HMAC_KEY_HEX =
      "c4a7a81e5ec7e7b1dfeedbacc0de5eed0ddf00d5ca1edb01dface0ff1ce5a1e5";

  /** An SM2 private key d, 32 bytes in lowercase hex. */
  public static final String SM2_D_HEX =
      "3a5ca1ab1e5ec7e7c0de0ddba11fac4dbeefcafe5eedf00dd0d0ca7da7ab0de5";

  /** A keystore or keyset password. */
  public static final String KEYSTORE_PASSWORD = "canary-Keystore-Pw-4f9Q";

  /** A database password, as configuration files hold one. */
  public static final String DB_PASSWORD = "canary-Db-Pw-7Kx2";

  private Canaries() {}

  /** A new key object holding {@link #SM4_KEY_HEX}. */
  public static Sm4Key sm4Key() {
    return Sm4Key.fromBytes(Hex.decode(SM4_KEY_HEX));
  }

  /** {@link #HMAC_KEY_HEX} as bytes. */
  public static byte[] hmacKey() {
    return Hex.decode(HMAC_KEY_HEX);
  }

  /** A new key object holding {@link #SM2_D_HEX}. */
  public static Sm2PrivateKey sm2Key() {
    return Sm2PrivateKey.fromHex(SM2_D_HEX);
  }

  /** Every canary as written above: the forms a test may look for directly in one output. */
  public static List<String> texts() {
    return List.of(SM4_KEY_HEX, HMAC_KEY_HEX, SM2_D_HEX, KEYSTORE_PASSWORD, DB_PASSWORD);
  }

  /** Every canary with its bytes, for the leak scan's encodings. */
  public static List<Canary> all() {
    return List.of(
        new Canary("SM4 key", Hex.decode(SM4_KEY_HEX), false),
        new Canary("HMAC-SM3 key", Hex.decode(HMAC_KEY_HEX), false),
        new Canary("SM2 private key d", Hex.decode(SM2_D_HEX), false),
        new Canary("keystore password", KEYSTORE_PASSWORD.getBytes(StandardCharsets.UTF_8), true),
        new Canary("database password", DB_PASSWORD.getBytes(StandardCharsets.UTF_8), true));
  }
}
