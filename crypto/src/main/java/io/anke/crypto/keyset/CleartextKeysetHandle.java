package io.anke.crypto.keyset;

import io.anke.crypto.InsecureSecretAccess;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * Keysets in clear: for tests, migrations and key ceremonies only. Every call needs {@link
 * InsecureSecretAccess#get()}, so that a review finds each place with {@code grep
 * CleartextKeysetHandle} or {@code grep InsecureSecretAccess}. In production, use {@link
 * KeysetHandle#write(OutputStream, io.anke.crypto.Aead)} with a key-encryption key.
 */
public final class CleartextKeysetHandle {
  private CleartextKeysetHandle() {}

  /** Writes {@code keyset} with its secret keys in clear ({@code ANKE CLEARTEXT KEYSET}). */
  public static void write(KeysetHandle keyset, OutputStream out, InsecureSecretAccess access)
      throws IOException {
    Objects.requireNonNull(access, "InsecureSecretAccess");
    byte[] file = keyset.writeCleartext();
    try {
      out.write(file);
    } finally {
      Arrays.fill(file, (byte) 0);
    }
  }

  /**
   * Reads a cleartext keyset.
   *
   * @throws io.anke.crypto.CryptoFormatException if it is malformed
   */
  public static KeysetHandle read(InputStream in, InsecureSecretAccess access) throws IOException {
    Objects.requireNonNull(access, "InsecureSecretAccess");
    return KeysetHandle.readCleartext(in);
  }
}
