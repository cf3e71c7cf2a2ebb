package io.anke.crypto.provider;

import io.anke.crypto.Aead;
import io.anke.crypto.DecryptionFailedException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Provider;

/**
 * Runs in a child JVM whose environment points SOFTHSM2_CONF at a test token (the PKCS#11 module
 * reads its configuration from the environment, which a running JVM cannot change). Prints one line
 * per check for {@link Pkcs11SoftHsmTest} to assert on.
 */
public final class SoftHsmProbe {
  private SoftHsmProbe() {}

  public static void main(String[] args) throws Exception {
    Path library = Path.of(args[0]);
    try {
      Pkcs11KeyProvider.open(library, 0, "9999".toCharArray());
      System.out.println("wrong-pin: accepted");
    } catch (KeyProviderException e) {
      System.out.println("wrong-pin: " + e.getMessage());
    }
    Pkcs11KeyProvider token = Pkcs11KeyProvider.open(library, 0, "1234".toCharArray());
    token.createAesKey("kek");
    System.out.println("aliases: " + token.aliases());
    System.out.println("kind: " + token.kindOf("kek"));
    Aead kek = token.aead("kek");
    byte[] ct =
        kek.encrypt(
            "keyset".getBytes(StandardCharsets.UTF_8), "aad".getBytes(StandardCharsets.UTF_8));
    System.out.println(
        "round-trip: "
            + new String(
                kek.decrypt(ct, "aad".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
    ct[ct.length - 1] ^= 1;
    try {
      kek.decrypt(ct, "aad".getBytes(StandardCharsets.UTF_8));
      System.out.println("tamper: accepted");
    } catch (DecryptionFailedException e) {
      System.out.println("tamper: rejected");
    }
    try {
      token.sm2Key("kek");
    } catch (KeyProviderException e) {
      System.out.println("sm2: " + e.getMessage());
    }
    try {
      token.createAesKey("kek");
    } catch (KeyProviderException e) {
      System.out.println("duplicate: " + e.getMessage());
    }
    long sm = 0;
    for (Provider.Service s : token.jcaProvider().getServices()) {
      if (s.getAlgorithm().toUpperCase(java.util.Locale.ROOT).contains("SM")) {
        sm++;
      }
    }
    System.out.println("sm-services: " + sm);
    // A second login sees the persistent token key.
    System.out.println(
        "reopened: " + Pkcs11KeyProvider.open(library, 0, "1234".toCharArray()).aliases());
  }
}
