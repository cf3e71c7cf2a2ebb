package io.anke.crypto;

/**
 * A token that every call exporting secret key material must pass, so that such calls stand out in
 * code review and can be found with {@code grep InsecureSecretAccess}: {@link
 * io.anke.crypto.sm4.Sm4Key#toBytes}, the {@code export...} methods of {@link
 * io.anke.crypto.sm2.Sm2PrivateKey} and {@link io.anke.crypto.keyset.CleartextKeysetHandle}.
 * Holding it grants nothing by itself; it documents intent.
 */
public final class InsecureSecretAccess {
  private static final InsecureSecretAccess INSTANCE = new InsecureSecretAccess();

  private InsecureSecretAccess() {}

  /** The token. Call it only where exporting cleartext keys is truly intended. */
  public static InsecureSecretAccess get() {
    return INSTANCE;
  }
}
