package io.anke.it.legacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The login module of a legacy system: stores MD5 password hashes. */
public final class PasswordHasher {
  private PasswordHasher() {}

  public static String hash(String password) throws NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance("MD5"); // the weak call under test
    return HexFormat.of().formatHex(md.digest(password.getBytes(StandardCharsets.UTF_8)));
  }
}
