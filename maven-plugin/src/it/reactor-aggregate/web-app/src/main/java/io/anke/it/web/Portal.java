package io.anke.it.web;

import io.anke.it.core.Accounts;

/** The portal front end. */
public final class Portal {
  private Portal() {}

  public static String source() {
    return Accounts.table();
  }
}
