package io.anke.it.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Account data access; account numbers are stored as SHA-256 digests. */
public final class Accounts {
  private Accounts() {}

  public static String table() {
    return "accounts";
  }

  public static byte[] key(String accountNumber) throws NoSuchAlgorithmException {
    return MessageDigest.getInstance("SHA-256")
        .digest(accountNumber.getBytes(StandardCharsets.UTF_8));
  }
}
