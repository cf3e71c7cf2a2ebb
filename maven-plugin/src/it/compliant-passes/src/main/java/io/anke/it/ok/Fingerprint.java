package io.anke.it.ok;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Provider;

/** Fingerprints documents with SM3 through whatever provider the application configured. */
public final class Fingerprint {
  private Fingerprint() {}

  public static byte[] of(byte[] document, Provider provider) throws GeneralSecurityException {
    return MessageDigest.getInstance("SM3", provider).digest(document);
  }
}
