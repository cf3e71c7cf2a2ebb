package io.anke.it.orders;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;

/** Seals order records with AES-GCM: strong, but not a national algorithm. */
public final class Sealer {
  private Sealer() {}

  public static Cipher cipher() throws GeneralSecurityException {
    return Cipher.getInstance("AES/GCM/NoPadding");
  }
}
