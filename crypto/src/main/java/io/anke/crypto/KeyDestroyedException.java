package io.anke.crypto;

/**
 * Thrown when a key, or anything built from it, is used after {@link
 * javax.security.auth.Destroyable#destroy()}: the secret material is gone, so the operation cannot
 * run. An {@link IllegalStateException}: using a destroyed key is a programming error, not bad
 * input.
 */
public class KeyDestroyedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** {@code what} names the key, e.g. "SM4 key"; never its material. */
  public KeyDestroyedException(String what) {
    super(what + " has been destroyed; its key material is gone");
  }
}
