package io.anke.crypto;

import java.security.GeneralSecurityException;

/**
 * Checks digital signatures made by a {@link Signer}: one interface for raw public keys ({@link
 * io.anke.crypto.sm2.Sm2Verifier}) and keysets ({@link io.anke.crypto.keyset.KeysetVerifier}). The
 * user ID and encoding expected are fixed when the verifier is made, as for the signer.
 * Implementations are thread-safe.
 */
public interface Verifier {

  /**
   * True when {@code signature} is a valid signature of {@code message}; false for any other
   * signature bytes, however malformed. A bad signature is never an exception.
   *
   * @throws GeneralSecurityException only when no answer can be given, for example when a keyset's
   *     signature names a key that was disabled or destroyed ({@link
   *     io.anke.crypto.keyset.KeyUnavailableException}); implementations that always answer declare
   *     no exception
   */
  boolean verify(byte[] message, byte[] signature) throws GeneralSecurityException;
}
