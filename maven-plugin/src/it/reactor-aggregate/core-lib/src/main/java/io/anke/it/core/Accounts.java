package io.anke.it.core;

/** Account data access. */
public final class Accounts {
  private Accounts() {}

  public static String table() {
    return "accounts";
  }
}
