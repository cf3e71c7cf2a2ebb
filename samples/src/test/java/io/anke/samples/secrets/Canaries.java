package io.anke.samples.secrets;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * The secret values the test suite uses as keys and passwords (each module's tests hold the same
 * values in their own {@code Canaries}), and the {@link LeakScanner} looks for in everything the
 * suite wrote. Never use them for anything but tests.
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

  /** Every canary. */
  public static List<Canary> all() {
    HexFormat hex = HexFormat.of();
    return List.of(
        new Canary("SM4 key", hex.parseHex(SM4_KEY_HEX), false),
        new Canary("HMAC-SM3 key", hex.parseHex(HMAC_KEY_HEX), false),
        new Canary("SM2 private key d", hex.parseHex(SM2_D_HEX), false),
        new Canary("keystore password", KEYSTORE_PASSWORD.getBytes(StandardCharsets.UTF_8), true),
        new Canary("database password", DB_PASSWORD.getBytes(StandardCharsets.UTF_8), true));
  }
}
