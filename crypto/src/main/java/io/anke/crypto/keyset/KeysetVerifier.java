package io.anke.crypto.keyset;

import io.anke.crypto.Verifier;
import io.anke.crypto.sm2.Sm2Verifier;
import java.util.List;

/**
 * Verifies signatures made by a {@link KeysetSigner} of the same keyset, or by any of its RAW keys.
 * Immutable and thread-safe.
 */
public final class KeysetVerifier implements Verifier {
  private final KeyRouter<Sm2Verifier> router;

  KeysetVerifier(List<KeyEntry> keys, byte[] id) {
    this.router = new KeyRouter<>(keys, k -> new Sm2Verifier(k.sm2PublicKey()).withId(id));
  }

  /**
   * True if {@code signature} is valid for {@code message} under a key of this keyset.
   *
   * @throws KeyUnavailableException if the signature names a disabled or destroyed key (and no RAW
   *     key verifies it): the answer would otherwise be a misleading "invalid"
   */
  @Override
  public boolean verify(byte[] message, byte[] signature) throws KeyUnavailableException {
    Integer id = KeyRouter.prefixedId(signature);
    if (id != null) {
      Sm2Verifier v = router.usable(id);
      if (v != null && v.verify(message, KeyRouter.body(signature))) {
        return true;
      }
    }
    for (Sm2Verifier v : router.raw()) {
      if (v.verify(message, signature)) {
        return true;
      }
    }
    router.requireNotUnavailable(id);
    return false;
  }

  @Override
  public String toString() {
    return "KeysetVerifier[" + router.size() + " keys]";
  }
}
